import type { EntityManager } from 'typeorm';
import type { StaleSince } from '@klch/shared';
import { sqlPlaceholders } from '../database/raw-sql';
import type { StatusRequestEntity } from './status-request.entity';

/**
 * For the pending requests among `rows` whose partnership has moved on from the version they were
 * made on (approval would be refused): what changed since, from the partnership's audit trail, so
 * the requester and the deciders read it in words. One query for the versions; the trail only for
 * the stale ones, which are few.
 */
export async function staleness(manager: EntityManager, rows: StatusRequestEntity[]): Promise<Map<number, StaleSince>> {
  const stale = new Map<number, StaleSince>();
  const pending = rows.filter((row) => row.state === 'pending');
  if (!pending.length) return stale;
  const ids = [...new Set(pending.map((row) => row.partnershipId))];
  const versions: Array<{ id: number | string; version: number | string }> = await manager.query(
    `SELECT id, version FROM partnerships WHERE id IN (${sqlPlaceholders(manager, ids.length).join(', ')})`,
    ids,
  );
  const versionOf = new Map(versions.map((row) => [Number(row.id), Number(row.version)]));
  for (const row of pending) {
    if (versionOf.get(row.partnershipId) === row.baseVersion) continue;
    const [p1, p2] = sqlPlaceholders(manager, 2);
    const events: Array<{ at: string; actor_name: string | null; changes: string }> = await manager.query(
      `SELECT at, actor_name, changes FROM audit_events
        WHERE entity_type = 'partnerships' AND entity_id = ${p1} AND at > ${p2} AND action IN ('update', 'archive', 'status_change')
        ORDER BY id`,
      [String(row.partnershipId), row.requestedAt],
    );
    const fields = new Set<string>();
    for (const event of events) for (const field of Object.keys(JSON.parse(event.changes) as object)) fields.add(field);
    const latest = events.at(-1);
    stale.set(row.id, { at: latest?.at ?? row.requestedAt, byName: latest?.actor_name ?? null, fields: [...fields] });
  }
  return stale;
}
