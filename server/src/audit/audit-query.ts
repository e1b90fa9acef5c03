import type { AuditEventRecord } from '@klch/shared';
import type { ListSpec } from '../common/list-query/list-spec';
import type { AuditEventEntity } from './audit-event.entity';

/** Sorting and filtering of GET /api/audit-events (and of the export). The query is `audit_events e`. */
export const AUDIT_EVENT_LIST: ListSpec = {
  resource: 'audit-events',
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

export function toAuditEventRecord(row: AuditEventEntity): AuditEventRecord {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actorId,
    actorName: row.actorName,
    actorRole: row.actorRole,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    changes: row.changes,
    reason: row.reason,
    requestId: row.requestId,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}
