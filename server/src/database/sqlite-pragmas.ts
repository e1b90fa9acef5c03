import type { DataSource } from 'typeorm';
import { SQLITE_PRAGMAS } from './data-source-options';

/**
 * Reads the pragmas back after connecting: a driver or option change that silently dropped one
 * (foreign keys off, a non-durable journal) would otherwise go unnoticed until data is lost.
 */
export async function checkSqlitePragmas(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const read = async (name: string) => {
    const rows: Array<Record<string, unknown>> = await dataSource.query(`PRAGMA ${name}`);
    const row = rows[0] ?? {};
    return row[name] ?? row.timeout ?? Object.values(row)[0];
  };
  const problems: string[] = [];
  const journal = String(await read('journal_mode')).toLowerCase();
  if (journal !== SQLITE_PRAGMAS.journal_mode) problems.push(`journal_mode is ${journal}, expected wal`);
  if (Number(await read('synchronous')) !== SQLITE_PRAGMAS.synchronous) problems.push('synchronous is not FULL');
  if (Number(await read('foreign_keys')) !== SQLITE_PRAGMAS.foreign_keys) problems.push('foreign_keys is off');
  if (Number(await read('busy_timeout')) < SQLITE_PRAGMAS.busy_timeout) problems.push('busy_timeout is below 5000 ms');
  if (problems.length) throw new Error(`SQLite is not set up safely: ${problems.join('; ')}`);
}
