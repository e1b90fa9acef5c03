import type { EntityManager } from 'typeorm';
import { ACTIVITY_ACTIONS, ACTIVITY_RESOURCES, type ActivityItem, type PartnershipStatus, RECENT_ITEMS_SHOWN } from '@klch/shared';
import { SYSTEM_ACTOR } from '../audit/actor';
import { sqlPlaceholders } from '../database/raw-sql';

interface EventRow {
  id: number | string;
  at: string;
  actor_id: number | string | null;
  actor_name: string | null;
  action: ActivityItem['action'];
  entity_type: ActivityItem['entityType'];
  entity_id: string | null;
  changes: string;
}

/** Rows of `SELECT id, <columns> FROM table WHERE id IN (…)`, by id. */
async function byId<T extends { id: number | string }>(
  manager: EntityManager,
  table: string,
  columns: string,
  ids: number[],
): Promise<Map<number, T>> {
  const wanted = [...new Set(ids)].filter((id) => Number.isSafeInteger(id));
  if (!wanted.length) return new Map();
  const rows: T[] = await manager.query(
    `SELECT id, ${columns} FROM ${table} WHERE id IN (${sqlPlaceholders(manager, wanted.length).join(', ')})`,
    wanted,
  );
  return new Map(rows.map((row) => [Number(row.id), row]));
}

/** The value a change set a field to, or had before a removal. */
const changed = (changes: Record<string, [unknown, unknown]>, field: string): string | null => {
  const pair = changes[field];
  const value = pair ? (pair[1] ?? pair[0]) : null;
  return typeof value === 'string' ? value : null;
};

/**
 * The latest changes to the register, from the audit trail (it has every one, in order), each with
 * the partnership it concerns named by its title, so the feed reads "Demo Manager approved Halted
 * for Proposed city partnership with Shenzhen". One query for the events, one per kind of record
 * they name. An approval's own status change is left out: the approval already says it.
 */
export async function recentActivity(manager: EntityManager): Promise<ActivityItem[]> {
  const actions = sqlPlaceholders(manager, ACTIVITY_ACTIONS.length);
  const types = sqlPlaceholders(manager, ACTIVITY_RESOURCES.length, ACTIVITY_ACTIONS.length);
  const events: EventRow[] = await manager.query(
    `SELECT id, at, actor_id, actor_name, action, entity_type, entity_id, changes FROM audit_events
      WHERE action IN (${actions.join(', ')}) AND entity_type IN (${types.join(', ')})
      ORDER BY id DESC LIMIT ${RECENT_ITEMS_SHOWN}`,
    [...ACTIVITY_ACTIONS, ...ACTIVITY_RESOURCES],
  );
  const idsOf = (type: string) => events.filter((event) => event.entity_type === type).map((event) => Number(event.entity_id));
  const requests = await byId<{ id: number; partnership_id: number | string; to_status: PartnershipStatus }>(
    manager,
    'status_requests',
    'partnership_id, to_status',
    idsOf('status-requests'),
  );
  const milestones = await byId<{ id: number; partnership_id: number | string; title: string }>(
    manager,
    'milestones',
    'partnership_id, title',
    idsOf('milestones'),
  );
  const documents = await byId<{ id: number; partnership_id: number | string; file_name: string }>(
    manager,
    'documents',
    'partnership_id, file_name',
    idsOf('documents'),
  );
  const organisations = await byId<{ id: number; name: string }>(manager, 'organisations', 'name', idsOf('organisations'));

  const items = events.map((event) => {
    const id = Number(event.entity_id);
    const changes = JSON.parse(event.changes) as Record<string, [unknown, unknown]>;
    let partnershipId: number | null = null;
    let detail: string | null = null;
    let toStatus: PartnershipStatus | null = null;
    switch (event.entity_type) {
      case 'partnerships':
        partnershipId = id;
        break;
      case 'status-requests':
        partnershipId = requests.has(id) ? Number(requests.get(id)!.partnership_id) : null;
        toStatus = requests.get(id)?.to_status ?? null;
        break;
      case 'milestones':
        // A deleted milestone is gone from its table; its event still has its title and partnership.
        partnershipId = milestones.has(id) ? Number(milestones.get(id)!.partnership_id) : Number(changes.partnershipId?.[0] ?? NaN) || null;
        detail = milestones.get(id)?.title ?? changed(changes, 'title');
        break;
      case 'documents':
        partnershipId = documents.has(id) ? Number(documents.get(id)!.partnership_id) : Number(changes.partnershipId?.[0] ?? NaN) || null;
        detail = documents.get(id)?.file_name ?? changed(changes, 'fileName');
        break;
      case 'organisations':
        detail = organisations.get(id)?.name ?? changed(changes, 'name');
        break;
    }
    return { event, partnershipId, detail, toStatus };
  });
  const partnerships = await byId<{ id: number; code: string; title: string; title_ms: string | null }>(
    manager,
    'partnerships',
    'code, title, title_ms',
    items.flatMap((item) => (item.partnershipId === null ? [] : [item.partnershipId])),
  );
  return items.map(({ event, partnershipId, detail, toStatus }) => {
    const partnership = partnershipId === null ? undefined : partnerships.get(partnershipId);
    return {
      id: Number(event.id),
      at: event.at,
      // The app itself (the demo data, migrations) has no account: null, which the feed words as "the system".
      actorName: event.actor_id === null && event.actor_name === SYSTEM_ACTOR.name ? null : event.actor_name,
      action: event.action,
      entityType: event.entity_type,
      partnershipId: partnership ? partnershipId : null,
      code: partnership?.code ?? null,
      title: partnership?.title ?? null,
      titleMs: partnership?.title_ms ?? null,
      detail,
      toStatus,
    };
  });
}
