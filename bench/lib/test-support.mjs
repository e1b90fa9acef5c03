/**
 * For the bench's own tests (`node --test bench/`): a tiny generated database on SQLite (a temp
 * file) and on PostgreSQL (a database of its own, dropped after), built exactly as the real sizes
 * are (the app's migrations, then the generator), and an in-process data source for the app's
 * services on it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { adminQuery, generateInto, migrate, postgresUrl } from '../generate/cache.mjs';
import { dataSourceOptions, ENTITIES } from './app-services.mjs';

/** Small enough to generate in a second, large enough for every kind of event and a few chain batches. */
export const TINY = { name: 'tiny', partnerships: 150, organisations: 30, milestonesPerPartnership: 3, auditEvents: 2_500, owners: 6 };

let counter = 0;

/** A migrated, generated SQLite file and/or PostgreSQL database; `drop()` removes them. */
export async function tinyDatabases({ sqlite = true, postgres = true, seed, size = TINY } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klch-bench-test-'));
  const file = path.join(dir, 'tiny.sqlite');
  const database = `klch_bench_test_${process.pid}_${Date.now()}_${counter++}`;
  const targets = {};
  if (sqlite) {
    await migrate(`sqlite:${file}`);
    targets.sqlite = file;
  }
  if (postgres) {
    await adminQuery(`CREATE DATABASE ${database}`);
    await migrate(postgresUrl(database));
    targets.postgres = postgresUrl(database);
  }
  const summary = await generateInto(size, targets, seed);
  return {
    summary,
    sqlite: sqlite ? { url: `sqlite:${file}`, file } : null,
    postgres: postgres ? { url: postgresUrl(database), database } : null,
    drop: async () => {
      if (postgres) await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A TypeORM data source as the app configures it, with a logger that keeps every statement. */
export async function appDataSource(url, statements = null) {
  const database = url.startsWith('sqlite:') ? { kind: 'sqlite', file: url.slice('sqlite:'.length) } : { kind: 'postgres', url };
  const logger = {
    logQuery: (query, parameters) => statements?.push({ query, parameters }),
    logQueryError() {},
    logQuerySlow() {},
    logSchemaBuild() {},
    logMigration() {},
    log() {},
  };
  const dataSource = new DataSource({ ...dataSourceOptions(database), entities: ENTITIES, logging: statements ? true : false, logger });
  await dataSource.initialize();
  if (statements && database.kind === 'sqlite') logRawReads(dataSource.driver.databaseConnection, statements);
  statements?.splice(0);
  return dataSource;
}

/**
 * The app reads the whole trail (verify, export) on better-sqlite3 directly, as rows of values
 * (`statement.raw(true)`, audit-events/audit-query.ts readEventRows), past TypeORM's logger: those
 * statements are logged as they run, like the rest. TypeORM's own statements never use raw mode.
 */
function logRawReads(connection, statements) {
  const prepare = connection.prepare.bind(connection);
  connection.prepare = (sql) => {
    const statement = prepare(sql);
    const raw = statement.raw.bind(statement);
    const all = statement.all.bind(statement);
    let rawRows = false;
    statement.raw = (toggle = true) => {
      rawRows = toggle;
      raw(toggle);
      return statement;
    };
    statement.all = (...parameters) => {
      if (rawRows) statements.push({ query: sql, parameters });
      return all(...parameters);
    };
    return statement;
  };
}
