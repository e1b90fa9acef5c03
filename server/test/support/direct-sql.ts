import Database from 'better-sqlite3';
import { Client } from 'pg';
import type { ScratchDatabase } from './server-process';

export interface DirectSql {
  /** Rows of a query, placeholders written as $1, $2 on both databases. */
  query: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
}

/**
 * The database of a server process, opened beside it (SQLite in WAL mode allows readers next to the
 * writer): the process tests check what was stored, not what the server says it stored.
 */
export async function openDirect(database: Pick<ScratchDatabase, 'kind' | 'url' | 'file'>): Promise<DirectSql> {
  if (database.kind === 'sqlite') {
    const db = new Database(database.file!);
    db.pragma('busy_timeout = 5000');
    return {
      query: async <T>(text: string, params: unknown[] = []) => db.prepare(text.replace(/\$\d+/g, '?')).all(...params) as T[],
      close: async () => void db.close(),
    };
  }
  const client = new Client({ connectionString: database.url });
  await client.connect();
  return {
    query: async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as T[],
    close: () => client.end(),
  };
}

/** `PRAGMA integrity_check` of a SQLite file: 'ok', or the problems it lists. */
export function sqliteIntegrity(file: string): string {
  const db = new Database(file, { fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check).join('; ');
  } finally {
    db.close();
  }
}
