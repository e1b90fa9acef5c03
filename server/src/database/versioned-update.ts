import type { EntityManager, EntityTarget, FindOptionsWhere, QueryDeepPartialEntity } from 'typeorm';
import { notFound, StaleVersionException } from '../common/errors/http-errors';
import { changedRows, sqlPlaceholders } from './raw-sql';
import { transactionTime } from './transaction-time';
import { userNames } from './user-names';
import { capitalise } from '../common/errors/record-label';

/** The bookkeeping columns every versioned record has. */
export interface VersionedRow {
  id: number;
  version: number;
  updatedAt: string;
  updatedById: number | null;
}

export interface VersionedChange<E> {
  /** What the 409 calls the record: "partnership", "user account". */
  label: string;
  /** What the 404 calls it, when the row is gone: "User". Default: the label, capitalised. */
  notFound?: string;
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
  const now = change.read
    ? await change.read(manager, change.id)
    : await findOrFail(manager, entity, change.id, change.notFound ?? capitalise(change.label));
  if (!changed) throw change.onNoRow ? await change.onNoRow(now) : await staleVersionError(manager, change.label, now);
  return now;
}

/** Before any work: the caller must have read the version the record has now (409 otherwise). */
export async function checkVersion(manager: EntityManager, label: string, current: VersionedRow, version: number): Promise<void> {
  if (version !== current.version) throw await staleVersionError(manager, label, current);
}

/** The 409 for a record someone else changed, naming who and when (read from the record as it is now). */
export async function staleVersionError(manager: EntityManager, label: string, current: VersionedRow): Promise<StaleVersionException> {
  const nameOf = await userNames(manager, [current.updatedById]);
  return new StaleVersionException(label, { version: current.version, updatedAt: current.updatedAt, updatedBy: nameOf(current.updatedById) });
}

/** A record by id, or the 404 "Partnership 7 does not exist." */
export async function findOrFail<E extends { id: number }>(manager: EntityManager, entity: EntityTarget<E>, id: number, label: string): Promise<E> {
  const row = await manager.getRepository(entity).findOne({ where: { id } as FindOptionsWhere<E> });
  if (!row) throw notFound(`${label} ${id} does not exist.`);
  return row;
}
