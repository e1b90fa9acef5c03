import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The database locks the app takes, all of them here. On SQLite there is nothing to take: the write
 * queue (write-queue.ts) already runs every transaction alone. On PostgreSQL each lock is held until
 * its transaction ends, and each has one owner:
 *
 * - `audit_chain_head` (the one row): AuditService.append, so concurrent appenders never fork the chain.
 * - the active admins' rows in `users`: the last-admin rule (UsersService), so two admins demoting each
 *   other at once cannot both see "another admin remains".
 * - a `login_throttle` row: reserveGuess (auth), so of concurrent guesses at one name at most the
 *   lockout threshold get past it to the password check.
 * - a `status_requests` row: deciding or withdrawing it (StatusRequestsService), so of N concurrent
 *   deciders the first decides and the others read its outcome ("already approved by …").
 * - the decider's row in `users`: deciding a status request (StatusRequestsService), so the role and
 *   the admin past it is judged by cannot change until the decision commits. FOR NO KEY UPDATE, so an
 *   edit of the same partnership can still write the notification that names the decider (its
 *   foreign key takes KEY SHARE): with FOR UPDATE the two waited on each other in a circle.
 * - a `partnerships` row: approving a status change (StatusRequestsService), before its first audit
 *   append; every other write of a partnership locks it by its UPDATE.
 * - `partnership_counts` rows: the counting trigger, in (status, archived) order, on every insert,
 *   status change and archive of a partnership; an approval locks the two it will move before its
 *   first audit append (lockStatusCounts).
 * - a document content (advisory lock keyed by its SHA-256, no row to lock yet): DocumentStorage, so a
 *   file is never removed while a row that needs it commits.
 * - the start-up (a session advisory lock, held across several transactions): prepareDatabase and the
 *   CLI's migrate, so instances started together on a new database migrate and seed it once, one
 *   after the other, instead of both creating the same tables.
 *
 * The order, so two transactions never wait on each other in a circle (a deadlock, which PostgreSQL
 * breaks by failing one): a status request, then its decider, then its partnership, then its
 * counts, then the audit chain head. The
 * head is always taken last: append to the trail after the change it records.
 */
const isPostgres = (manager: Pick<EntityManager, 'connection'>) => manager.connection.options.type === 'postgres';

/** `SELECT … FOR UPDATE` on PostgreSQL: the rows read stay locked until the transaction ends. */
export function forUpdate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return isPostgres(qb) ? qb.setLock('pessimistic_write') : qb;
}

/**
 * `SELECT … FOR NO KEY UPDATE` on PostgreSQL: the rows stay locked against other changes until the
 * transaction ends (an UPDATE waits), but a row that refers to them may still be inserted (its
 * foreign-key check takes KEY SHARE, which FOR UPDATE would block). For a row that other writes
 * point at while it is locked: the decider's account, whom a concurrent edit's notification names.
 */
export function forNoKeyUpdate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return isPostgres(qb) ? qb.setLock('for_no_key_update') : qb;
}

/** ` FOR UPDATE` on PostgreSQL, to end a hand-written SELECT with: as forUpdate, for raw SQL. */
export function forUpdateSql(manager: Pick<EntityManager, 'connection'>): string {
  return isPostgres(manager) ? ' FOR UPDATE' : '';
}

/** The key spaces of the advisory locks (PostgreSQL's two-int form: one space per kind of thing). */
const LOCK_SPACES = {
  documentContent: 0x646f63, // "doc"
  startup: 0x737475, // "stu"
} as const;

/** A transaction-scoped advisory lock on a key that has no row (yet) to lock. */
export async function lockKey(manager: EntityManager, space: keyof typeof LOCK_SPACES, key: string): Promise<void> {
  if (isPostgres(manager)) await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_SPACES[space], key]);
}

/**
 * Runs work that spans several transactions (migrations, then the demo data) while holding a
 * session advisory lock on PostgreSQL, on a connection of its own; other processes wait for it.
 */
export async function whileLocked<T>(dataSource: DataSource, space: keyof typeof LOCK_SPACES, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'postgres') return work();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1, 0)', [LOCK_SPACES[space]]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1, 0)', [LOCK_SPACES[space]]);
    }
  } finally {
    await runner.release();
  }
}
