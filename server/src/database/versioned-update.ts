import type { EntityManager, EntityTarget, FindOptionsWhere, QueryDeepPartialEntity } from 'typeorm';
import type { Resource } from '@klch/shared';
import { type ConflictingChange, recordNotFound, StaleVersionException } from '../common/errors/http-errors';
import { fieldRef, msg } from '../common/i18n/message';
import { changedRows, sqlPlaceholders } from './raw-sql';
import { transactionTime } from './transaction-time';
import { userNames } from './user-names';

/** The bookkeeping columns every versioned record has. */
export interface VersionedRow {
  id: number;
  version: number;
  updatedAt: string;
  updatedById: number | null;
}

export interface VersionedChange<E> {
  /** The kind of record, as the audit trail names it (`partnerships`): the 409 and the 404 word it in the reader's language. */
  label: Resource;
  /** The kind the 404 names when the row is gone, if not the label's. */
  notFound?: Resource;
  id: number;
  /** The version the caller read: the row changes only while it still has it. */
  version: number;
  /** The changed columns; query-builder expressions are allowed (`() => 'token_version + 1'`). */
  set: QueryDeepPartialEntity<E>;
  actorId: number | null;
  /** A further condition the row must still meet, in SQL over its columns (`archived_at IS NULL`). */
  where?: string;
  /** The error when no row changed, given the row as it is now. Default: the stale-version 409. */
  onNoRow?: (now: E) => Error | Promise<Error>;
  /** Reads the row after the UPDATE, or throws its 404 (a feature's hand-written reader on a hot path). Default: findOrFail. */
  read?: (manager: EntityManager, id: number) => Promise<E>;
}

/**
 * The one optimistic update of the app: `UPDATE … SET …, version = version + 1, updated_at, updated_by_id
 * WHERE id = ? AND version = ?`. The database decides, so of two concurrent writers of one version
 * exactly one changes the row; the other changed nothing and gets a 409 that names who saved the
 * record and when (re-read after the failed UPDATE, so it names the winner). Answers the row as saved.
 */
export async function versionedUpdate<E extends VersionedRow>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  change: VersionedChange<E>,
): Promise<E> {
  const metadata = manager.connection.getMetadata(entity);
  const assignments: string[] = [];
  const parameters: unknown[] = [];
  const columns = { ...change.set, updatedAt: transactionTime(manager), updatedById: change.actorId } as Record<string, unknown>;
  const quote = (name: string) => manager.connection.driver.escape(name);
  for (const [property, value] of Object.entries(columns)) {
    if (value === undefined) continue; // not set, as the query builder leaves it
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.tableName} has no column for "${property}"`);
    if (typeof value === 'function') {
      assignments.push(`${quote(column.databaseName)} = ${(value as () => string)()}`);
    } else {
      // As TypeORM would store it (simple-json as text, booleans as SQLite's 0/1).
      parameters.push(manager.connection.driver.preparePersistentValue(value, column));
      assignments.push(`${quote(column.databaseName)} = ${sqlPlaceholders(manager, 1, parameters.length - 1)[0]}`);
    }
  }
  const [id, version] = sqlPlaceholders(manager, 2, parameters.length);
  // Bound parameters, not the query builder: its SQLite driver writes the id and version into the
  // SQL text, a new statement to prepare for every record and version (see raw-sql.ts).
  const changed = await changedRows(
    manager,
    `UPDATE ${quote(metadata.tableName)} SET ${assignments.join(', ')}, version = version + 1
     WHERE id = ${id} AND version = ${version}${change.where ? ` AND ${change.where}` : ''}`,
    [...parameters, change.id, change.version],
  );
  const now = change.read ? await change.read(manager, change.id) : await findOrFail(manager, entity, change.id, change.notFound ?? change.label);
  if (!changed) throw change.onNoRow ? await change.onNoRow(now) : await staleVersionError(manager, change.label, now, change.version);
  return now;
}

/** Before any work: the caller must have read the version the record has now (409 otherwise). */
export async function checkVersion(manager: EntityManager, label: Resource, current: VersionedRow, version: number): Promise<void> {
  if (version !== current.version) throw await staleVersionError(manager, label, current, version);
}

/** More versions behind than this and the 409 names no fields: the caller should simply reload. */
const MAX_VERSIONS_BEHIND = 20;

/**
 * The 409 for a record someone else changed, naming who and when (read from the record as it is
 * now) and, when the caller says which version they read, what changed since: each version is one
 * audited write, so the record's last `current.version - readVersion` events hold those changes.
 */
export async function staleVersionError(
  manager: EntityManager,
  label: Resource,
  current: VersionedRow,
  readVersion?: number,
): Promise<StaleVersionException> {
  const nameOf = await userNames(manager, [current.updatedById]);
  const changes = readVersion === undefined ? [] : await changesSince(manager, label, current, readVersion);
  return new StaleVersionException(
    label,
    { version: current.version, updatedAt: current.updatedAt, updatedBy: nameOf(current.updatedById) },
    changes,
  );
}

async function changesSince(manager: EntityManager, label: Resource, current: VersionedRow, readVersion: number): Promise<ConflictingChange[]> {
  const behind = current.version - readVersion;
  if (!Number.isInteger(behind) || behind < 1 || behind > MAX_VERSIONS_BEHIND) return [];
  // The audit trail's table by SQL: this layer sits below the audit feature (which owns the entity).
  const [type, id] = sqlPlaceholders(manager, 2);
  const events: Array<{ changes: string | null }> = await manager.query(
    `SELECT changes FROM audit_events WHERE entity_type = ${type} AND entity_id = ${id} ORDER BY id DESC LIMIT ${behind}`,
    [label, String(current.id)],
  );
  // Newest first: the first event that names a field holds its value now.
  const theirs = new Map<string, unknown>();
  for (const event of events) {
    const changes = (event.changes ? JSON.parse(event.changes) : {}) as Record<string, [unknown, unknown]>;
    for (const [field, [, after]] of Object.entries(changes)) if (!theirs.has(field)) theirs.set(field, after);
  }
  return [...theirs].map(([field, value]) => ({ field, label: msg('field.label', { field: fieldRef(field) }), theirs: value }));
}

/** A record by id, or the 404 "Partnership 7 does not exist." in the reader's language. */
export async function findOrFail<E extends { id: number }>(manager: EntityManager, entity: EntityTarget<E>, id: number, label: Resource): Promise<E> {
  const row = await manager.getRepository(entity).findOne({ where: { id } as FindOptionsWhere<E> });
  if (!row) throw recordNotFound(label, id);
  return row;
}
