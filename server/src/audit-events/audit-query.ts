import type BetterSqlite3 from 'better-sqlite3';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type AuditEventRecord, type AuditEventView, READ_AND_SIGN_IN_ACTIONS } from '@klch/shared';
import { AuditEventEntity } from '../audit/audit-event.entity';
import type { Assert, SameKeys } from '../common/http/same-keys';
import type { MaintainedTotal } from '../common/list-query/list-records';
import type { EntityListSpec } from '../common/list-query/list-spec';
import { namesFor, namesOf, refsOf } from './audit-names';

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
    // A partnership's whole history: its own events and those of its milestones, documents and
    // status-change requests (decisions included), also of the ones since deleted.
    partnershipId: {
      kind: 'custom',
      type: 'integer',
      apply: (qb, value, param) =>
        qb.andWhere(partnershipEventsSql(param), {
          [param]: value,
          // entity_id is text; SQLite's driver would bind the number as 5.0.
          [`${param}Text`]: String(value),
          [`${param}Deleted`]: deletedChildPattern(value),
        }),
    },
    // false: hide reads and routine sign-ins (what the views do by default); true: only those.
    reads: {
      kind: 'custom',
      type: 'boolean',
      apply: (qb, value, param) => qb.andWhere(`e.action ${value ? 'IN' : 'NOT IN'} (:...${param})`, { [param]: [...READ_AND_SIGN_IN_ACTIONS] }),
    },
  },
};

/** The child records whose events belong to their partnership's history, by table. */
const CHILD_TABLES = { milestones: 'milestones', documents: 'documents', 'status-requests': 'status_requests' } as const;

/**
 * The events of partnership `:param` and of its children. A child is found in its table while it
 * exists, and after its deletion by its delete event, whose changes name the partnership it had
 * (`"partnershipId":[4,null]`, as the event stores it): the history keeps what was deleted. Each
 * branch is a lookup in an index of audit_events (entity_type, entity_id, id).
 */
function partnershipEventsSql(param: string): string {
  const children = Object.entries(CHILD_TABLES).map(
    ([type, table]) =>
      `(e.entity_type = '${type}' AND e.entity_id IN (
         SELECT CAST(c.id AS VARCHAR(64)) FROM ${table} c WHERE c.partnership_id = :${param}
         UNION SELECT d.entity_id FROM audit_events d WHERE d.entity_type = '${type}' AND d.action = 'delete' AND d.changes LIKE :${param}Deleted))`,
  );
  return `((e.entity_type = 'partnerships' AND e.entity_id = :${param}Text) OR ${children.join(' OR ')})`;
}

/** How a child's delete event names its partnership in the stored changes JSON. */
const deletedChildPattern = (partnershipId: unknown) => `%"partnershipId":[${Number(partnershipId)},null]%`;

/**
 * Events as the API answers them: every column, as stored (the record is the row), with the names
 * of the records they name, read for the whole page in one query.
 */
export async function toAuditEventRecords(manager: EntityManager, rows: AuditEventEntity[]): Promise<AuditEventView[]> {
  if (rows.length === 0) return [];
  const refs = rows.map(refsOf);
  const names = await namesOf(manager, refs.flat());
  return rows.map((row, index) => ({ ...row, names: namesFor(refs[index], names) }));
}

export type AuditEventRecordIsTheRow = Assert<SameKeys<AuditEventEntity, AuditEventRecord>>;

/** Every column of an event, with the field of the record it is read into. */
const EVENT_COLUMNS: ReadonlyArray<readonly [string, keyof AuditEventEntity]> = [
  ['id', 'id'],
  ['at', 'at'],
  ['actor_id', 'actorId'],
  ['actor_name', 'actorName'],
  ['actor_role', 'actorRole'],
  ['action', 'action'],
  ['entity_type', 'entityType'],
  ['entity_id', 'entityId'],
  ['changes', 'changes'],
  ['reason', 'reason'],
  ['request_id', 'requestId'],
  ['prev_hash', 'prevHash'],
  ['hash', 'hash'],
];

/** An event as `readEventRows` reads it: the record's fields, `changes` still the stored JSON text. */
export type EventRow = Omit<AuditEventEntity, 'changes'> & { changes: string };

/** Selects every column of the query's events, in EVENT_COLUMNS' order, for readEventRows. */
export function selectEventRow<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return qb.select(EVENT_COLUMNS.map(([column, field]) => `${qb.alias}.${column} AS "${field}"`));
}

/**
 * The events a query made with selectEventRow reads, as stored: for the reads that walk the whole
 * trail (verify, export), where hydrating a million rows into entities took TypeORM longer than
 * everything else those reads do. On SQLite the query runs on the driver's one connection (the
 * connection TypeORM's queries run on, inside the caller's TransactionRunner read) with each row
 * an array: better-sqlite3 takes twice as long to build a row as an object with named properties.
 */
export async function readEventRows(qb: SelectQueryBuilder<ObjectLiteral>): Promise<EventRow[]> {
  if (qb.connection.options.type !== 'better-sqlite3') return qb.getRawMany<EventRow>();
  const [sql, parameters] = qb.getQueryAndParameters();
  const connection = qb.connection.driver as unknown as { databaseConnection: BetterSqlite3.Database };
  const rows = connection.databaseConnection
    .prepare(sql)
    .raw(true)
    .all(...parameters) as unknown[][];
  return rows.map(rowOfValues);
}

/** An array of EVENT_COLUMNS' values (in that order) as an EventRow: written out, three times faster than setting the fields in a loop. */
const rowOfValues = (values: unknown[]): EventRow =>
  ({
    id: values[0],
    at: values[1],
    actorId: values[2],
    actorName: values[3],
    actorRole: values[4],
    action: values[5],
    entityType: values[6],
    entityId: values[7],
    changes: values[8],
    reason: values[9],
    requestId: values[10],
    prevHash: values[11],
    hash: values[12],
  }) as EventRow;

/** The event of a row: `changes` parsed (a SyntaxError if the stored text is not JSON). Both drivers give INTEGER columns as numbers. */
export function eventOfRow(row: EventRow): AuditEventEntity {
  return { ...row, changes: JSON.parse(row.changes) as AuditEventEntity['changes'] };
}

/** The filters `audit_event_counts` (migration 1765000000000) answers a total for, by their column there. */
const COUNTED_FILTERS: Record<string, string> = { entityType: 'c.entity_type', action: 'c.action' };

/**
 * The audit log's total from `audit_event_counts`, the events per entity type and action that a
 * trigger counts as they are inserted: when the filters are entity type and action only (or none),
 * a sum of a few rows, however long the trail. Any other filter (a record's Audit tab, an actor, a
 * time range, an id) is counted from the events, through an index that serves it (same migration).
 */
export const auditEventsTotal: MaintainedTotal = async (manager, query) => {
  const counted = (filter: (typeof query.filters)[number]) =>
    filter.op === 'eq' && (Object.hasOwn(COUNTED_FILTERS, filter.name) || filter.name === 'reads');
  if (!query.filters.every(counted)) return null;
  const qb = manager.createQueryBuilder().select('COALESCE(SUM(c.n), 0)', 'n').from('audit_event_counts', 'c');
  for (const [index, filter] of query.filters.entries()) {
    // Reads hidden (the views' default) or only reads: a few rows of the counts all the same.
    if (filter.name === 'reads') {
      qb.andWhere(`c.action ${filter.value ? 'IN' : 'NOT IN'} (:...c${index})`, { [`c${index}`]: [...READ_AND_SIGN_IN_ACTIONS] });
      continue;
    }
    const values = Array.isArray(filter.value) ? filter.value : [filter.value];
    if (values.length === 0) return 0;
    qb.andWhere(`${COUNTED_FILTERS[filter.name]} IN (:...c${index})`, { [`c${index}`]: values });
  }
  const row = await qb.getRawOne<{ n: number | string }>();
  // PostgreSQL's SUM of a BIGINT is a NUMERIC, which pg gives as text.
  return Number(row?.n ?? 0);
};
