import type { EntityManager } from 'typeorm';
import { type AuditTrailStatus, RECENT_ITEMS_SHOWN } from '@klch/shared';

/**
 * The auditor's view of the trail at a glance: its head (length, last write), its latest export,
 * and the latest refused accesses. Verifying the whole chain reads every event (seconds at a million),
 * so the dashboard offers it as an action rather than running it on every visit.
 */
export async function auditTrailStatus(manager: EntityManager): Promise<AuditTrailStatus> {
  const [head] = await manager.query(
    'SELECT h.seq AS seq, e.at AS at FROM audit_chain_head h LEFT JOIN audit_events e ON e.id = h.seq WHERE h.id = 1',
  );
  const [exported] = await manager.query(`SELECT at, actor_name FROM audit_events WHERE action = 'audit_export' ORDER BY id DESC LIMIT 1`);
  const refusals: Array<{ id: number | string; at: string; actor_name: string | null; entity_type: string; reason: string | null }> =
    await manager.query(
      `SELECT id, at, actor_name, entity_type, reason FROM audit_events WHERE action = 'access_denied' ORDER BY id DESC LIMIT ${RECENT_ITEMS_SHOWN}`,
    );
  return {
    head: { seq: Number(head?.seq ?? 0), at: head?.at ?? null },
    lastExport: exported ? { at: exported.at, actorName: exported.actor_name } : null,
    refusals: refusals.map((row) => ({ id: Number(row.id), at: row.at, actorName: row.actor_name, entityType: row.entity_type, reason: row.reason })),
  };
}
