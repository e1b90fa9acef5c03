import type { EntityManager } from 'typeorm';

/**
 * Hand-written SQL through TypeORM's connection, for the hot paths (every request's sign-in check,
 * every audit append, the partnership list and get). Why not the query builder there: its cost, and
 * on SQLite it writes numbers into the SQL text, so `WHERE id = 7` and `WHERE id = 8` are two
 * statements to prepare, and they push the hot statements out of the driver's statement cache.
 * Bound parameters keep one prepared statement per query. (better-sqlite3 binds a JavaScript number
 * as REAL: compare and store numbers only in INTEGER columns, where SQLite turns them back.)
 */

/**
 * `count` bind placeholders in the manager's dialect (PostgreSQL numbers them, `$1 … $n`; SQLite
 * takes `?`). `from` is the number of parameters bound before them.
 */
export const sqlPlaceholders = (manager: EntityManager, count: number, from = 0): string[] =>
  Array.from({ length: count }, (_, index) => (manager.connection.options.type === 'postgres' ? `$${from + index + 1}` : '?'));

/**
 * Runs an INSERT, UPDATE or DELETE in the manager's transaction and answers how many rows it
 * changed (the drivers answer a plain `manager.query` in different shapes).
 */
export async function changedRows(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  if (!manager.queryRunner) throw new Error('changedRows runs inside a transaction (TransactionRunner.write)');
  const result = await manager.queryRunner.query(sql, parameters, true);
  return result.affected ?? 0;
}
