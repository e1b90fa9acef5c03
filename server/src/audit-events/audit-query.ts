import type BetterSqlite3 from 'better-sqlite3';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuditEventRecord } from '@klch/shared';
import { AuditEventEntity } from '../audit/audit-event.entity';
import type { Assert, SameKeys } from '../common/http/same-keys';
import type { MaintainedTotal } from '../common/list-query/list-records';
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
  if (!query.filters.every((filter) => filter.op === 'eq' && Object.hasOwn(COUNTED_FILTERS, filter.name))) return null;
  const qb = manager.createQueryBuilder().select('COALESCE(SUM(c.n), 0)', 'n').from('audit_event_counts', 'c');
  for (const [index, filter] of query.filters.entries()) {
    const values = Array.isArray(filter.value) ? filter.value : [filter.value];
    if (values.length === 0) return 0;
    qb.andWhere(`${COUNTED_FILTERS[filter.name]} IN (:...c${index})`, { [`c${index}`]: values });
  }
  const row = await qb.getRawOne<{ n: number | string }>();
  // PostgreSQL's SUM of a BIGINT is a NUMERIC, which pg gives as text.
  return Number(row?.n ?? 0);
};
