import type { EntityListSpec } from '../common/list-query/list-spec';
import { StatusRequestEntity } from './status-request.entity';

/** Sorting and filtering of GET /api/status-requests. The main query is `status_requests r`, with no joins. */
export const STATUS_REQUEST_LIST: EntityListSpec<StatusRequestEntity> = {
  resource: 'status-requests',
  entity: StatusRequestEntity,
  alias: 'r',
  sortable: {
    id: 'r.id',
    requestedAt: 'r.requested_at',
    decidedAt: 'r.decided_at',
    state: 'r.state',
    toStatus: 'r.to_status',
    partnershipId: 'r.partnership_id',
  },
  // Oldest first: the approval queue is worked through in the order requests arrived.
  defaultSort: { field: 'requestedAt', order: 'ASC' },
  tieBreaker: 'r.id',
  filters: {
    id: { kind: 'exact', column: 'r.id', type: 'integer' },
    state: { kind: 'exact', column: 'r.state', type: 'string' },
    partnershipId: { kind: 'exact', column: 'r.partnership_id', type: 'integer' },
    requestedById: { kind: 'exact', column: 'r.requested_by_id', type: 'integer' },
    decidedById: { kind: 'exact', column: 'r.decided_by_id', type: 'integer' },
    fromStatus: { kind: 'exact', column: 'r.from_status', type: 'string' },
    toStatus: { kind: 'exact', column: 'r.to_status', type: 'string' },
    // Requests someone else made: the ones a manager may decide (the four-eyes rule), the dashboard's queue.
    notRequestedBy: {
      kind: 'custom',
      type: 'integer',
      apply: (qb, value, param) => qb.andWhere(`r.requested_by_id <> :${param}`, { [param]: value }),
    },
    requestedAt: { kind: 'range', column: 'r.requested_at', type: 'timestamp' },
    decidedAt: { kind: 'range', column: 'r.decided_at', type: 'timestamp' },
  },
};
