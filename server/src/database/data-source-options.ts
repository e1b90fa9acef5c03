import * as fs from 'node:fs';
import * as path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config';
import { MIGRATIONS } from './migrations';
import { registerSqliteFunctions } from './sqlite-functions';

/** SQLite settings the app depends on; checked after connecting (see sqlite-pragmas.ts). */
export const SQLITE_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL: a committed write survives a power cut
  foreign_keys: 1,
  busy_timeout: 5000,
} as const;

export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: false,
  } as const;
  if (database.kind === 'postgres') {
    return { ...common, type: 'postgres', url: database.url, extra: { max: 10 } };
  }
  fs.mkdirSync(path.dirname(database.file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.file,
    prepareDatabase: (db: BetterSqlite3.Database) => {
      registerSqliteFunctions(db);
      db.pragma(`journal_mode = ${SQLITE_PRAGMAS.journal_mode}`);
      db.pragma(`synchronous = ${SQLITE_PRAGMAS.synchronous}`);
      db.pragma(`foreign_keys = ON`);
      db.pragma(`busy_timeout = ${SQLITE_PRAGMAS.busy_timeout}`);
    },
  };
}
