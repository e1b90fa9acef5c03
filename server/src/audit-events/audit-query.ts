import type { AuditEventRecord } from '@klch/shared';
import { AuditEventEntity } from '../audit/audit-event.entity';
import type { Assert, SameKeys } from '../common/http/same-keys';
import type { EntityListSpec } from '../common/list-query/list-spec';

/** Sorting and filtering of GET /api/audit-events (and of the export). The query is `audit_events e`. */
export const AUDIT_EVENT_LIST: EntityListSpec<AuditEventEntity> = {
  resource: 'audit-events',
  entity: AuditEventEntity,
  alias: 'e',
  sortable: { id: 'e.id', at: 'e.at' },
  defaultSort: { field: 'id', order: 'DESC' },
  tieBreaker: 'e.id',
  filters: {
    id: { kind: 'exact', column: 'e.id', type: 'integer' },
    entityType: { kind: 'exact', column: 'e.entity_type', type: 'string' },
    entityId: { kind: 'exact', column: 'e.entity_id', type: 'string' },
    actorId: { kind: 'exact', column: 'e.actor_id', type: 'integer' },
    action: { kind: 'exact', column: 'e.action', type: 'string' },
    at: { kind: 'range', column: 'e.at', type: 'timestamp' },
  },
};

/** An event as the API answers it: every column, as stored (the record is the row). */
export const toAuditEventRecords = (_manager: unknown, rows: AuditEventEntity[]): AuditEventRecord[] => rows.map((row) => ({ ...row }));

export type AuditEventRecordIsTheRow = Assert<SameKeys<AuditEventEntity, AuditEventRecord>>;
