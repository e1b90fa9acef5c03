import type { EntityListSpec } from '../common/list-query/list-spec';
import { NotificationEntity } from './notification.entity';

/** Sorting and filtering of GET /api/notifications, always within the signed-in user's own (the service's scope). */
export const NOTIFICATION_LIST: EntityListSpec<NotificationEntity> = {
  resource: 'notifications',
  entity: NotificationEntity,
  alias: 'n',
  sortable: { id: 'n.id', createdAt: 'n.created_at', kind: 'n.kind' },
  // Newest first: what just happened is what a person opens the bell for.
  defaultSort: { field: 'id', order: 'DESC' },
  tieBreaker: 'n.id',
  filters: {
    id: { kind: 'exact', column: 'n.id', type: 'integer' },
    kind: { kind: 'exact', column: 'n.kind', type: 'string' },
    partnershipId: { kind: 'exact', column: 'n.partnership_id', type: 'integer' },
    // `{"unread": true}`: the bell's list and count; `false`: the ones already read.
    unread: {
      kind: 'custom',
      type: 'boolean',
      apply: (qb, value) => qb.andWhere(value ? 'n.read_at IS NULL' : 'n.read_at IS NOT NULL'),
    },
    createdAt: { kind: 'range', column: 'n.created_at', type: 'timestamp' },
  },
};
