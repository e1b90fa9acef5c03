import type { EntityManager, EntityTarget, FindOptionsWhere, QueryDeepPartialEntity } from 'typeorm';
import { notFound, StaleVersionException } from '../common/errors/http-errors';
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
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({
      ...change.set,
      version: () => 'version + 1',
      updatedAt: transactionTime(manager),
      updatedById: change.actorId,
    } as QueryDeepPartialEntity<E>)
    .where(`id = :id AND version = :version${change.where ? ` AND ${change.where}` : ''}`, { id: change.id, version: change.version })
    .execute();
  const now = await findOrFail(manager, entity, change.id, change.notFound ?? capitalise(change.label));
  if (!result.affected) throw change.onNoRow ? await change.onNoRow(now) : await staleVersionError(manager, change.label, now);
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
