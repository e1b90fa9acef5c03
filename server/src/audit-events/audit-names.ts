import type { EntityManager } from 'typeorm';
import { AUDIT_ID_FIELDS, type AuditNames } from '@klch/shared';
import { sqlPlaceholders } from '../database/raw-sql';

/** A record an event names: its resource (as the API names it) and id. */
type Ref = readonly [resource: NamedResource, id: number];

/** Where each named resource's display name is read: its table and the column people know it by. */
const NAME_SOURCES = {
  partnerships: 'SELECT id, title AS name FROM partnerships',
  organisations: 'SELECT id, name FROM organisations',
  users: 'SELECT id, full_name AS name FROM users',
  milestones: 'SELECT id, title AS name FROM milestones',
  documents: 'SELECT id, file_name AS name FROM documents',
  // A request has no name of its own: it is known by the partnership it is about.
  'status-requests': 'SELECT r.id AS id, p.title AS name FROM status_requests r JOIN partnerships p ON p.id = r.partnership_id',
} as const;
type NamedResource = keyof typeof NAME_SOURCES;
const NAMED = Object.keys(NAME_SOURCES) as NamedResource[];

const ID_FIELDS: Record<string, NamedResource> = AUDIT_ID_FIELDS;

const isNamed = (resource: string): resource is NamedResource => Object.hasOwn(NAME_SOURCES, resource);

/** An id as the tables store it (every named table has integer ids), or null for anything else. */
function idOf(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  return /^\d{1,10}$/.test(text) ? Number(text) : null;
}

/** Every record one event names: its own, the ids in its changes (parties included), and those of an audit read's filter. */
export function refsOf(event: { entityType: string; entityId: string | null; changes: unknown; reason: string | null; action: string }): Ref[] {
  const refs: Ref[] = [];
  const add = (resource: string, value: unknown) => {
    const id = idOf(value);
    if (id !== null && isNamed(resource)) refs.push([resource, id]);
  };
  add(event.entityType, event.entityId);
  const changes = event.changes && typeof event.changes === 'object' ? (event.changes as Record<string, unknown>) : {};
  for (const [field, pair] of Object.entries(changes)) {
    for (const value of Array.isArray(pair) ? pair : []) {
      if (ID_FIELDS[field]) add(ID_FIELDS[field], value);
      // Parties: [{ organisationId, role }, …].
      if (field === 'parties' && Array.isArray(value)) for (const party of value) add('organisations', party?.organisationId);
    }
  }
  if (event.action === 'audit_read' && event.reason) {
    const filter = readFilter(event.reason);
    for (const [field, value] of Object.entries(filter)) if (ID_FIELDS[field]) add(ID_FIELDS[field], value);
    if (typeof filter.entityType === 'string') add(filter.entityType, filter.entityId);
  }
  return refs;
}

/** The filter an audit read recorded in its reason (`{"filter":…}`), or none if the text is not that. */
function readFilter(reason: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(reason);
    const filter = parsed && typeof parsed === 'object' ? (parsed as { filter?: unknown }).filter : undefined;
    return filter && typeof filter === 'object' && !Array.isArray(filter) ? (filter as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The names of every record a page of events names, in one statement (a UNION ALL over the named
 * tables), whatever the page holds: the audit log is read often and its pages are long. The ids go
 * in as one array per table, so the statement's text is always the same (one prepared statement,
 * and a page of 50 costs what a page of 1 does).
 */
export async function namesOf(manager: EntityManager, refs: readonly Ref[]): Promise<AuditNames> {
  const wanted = new Map<NamedResource, Set<number>>(NAMED.map((resource) => [resource, new Set<number>()]));
  for (const [resource, id] of refs) wanted.get(resource)!.add(id);
  const postgres = manager.connection.options.type === 'postgres';
  const placeholders = sqlPlaceholders(manager, NAMED.length);
  const sql = NAMED.map((resource, index) => {
    const ids = postgres ? `n.id = ANY(CAST(${placeholders[index]} AS integer[]))` : `n.id IN (SELECT value FROM json_each(${placeholders[index]}))`;
    return `SELECT '${resource}' AS kind, n.id AS id, n.name AS name FROM (${NAME_SOURCES[resource]}) n WHERE ${ids}`;
  }).join(' UNION ALL ');
  const parameters = NAMED.map((resource) => {
    const ids = [...wanted.get(resource)!];
    return postgres ? ids : JSON.stringify(ids);
  });
  const rows: Array<{ kind: string; id: number | string; name: string | null }> = await manager.query(sql, parameters);
  const names: AuditNames = {};
  for (const row of rows) if (row.name) names[`${row.kind}:${Number(row.id)}`] = row.name;
  return names;
}

/** The names one event needs, out of a page's. */
export function namesFor(refs: readonly Ref[], all: AuditNames): AuditNames {
  const names: AuditNames = {};
  for (const [resource, id] of refs) {
    const key = `${resource}:${id}`;
    if (all[key] !== undefined) names[key] = all[key];
  }
  return names;
}
