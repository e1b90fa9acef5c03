import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { AuditChainVerifier } from '../audit-events/audit-chain-verifier';
import { ConfigError, type DatabaseConfig, loadConfig } from '../config/app-config';
import { withAppContext } from './app-context';
import { findPostgresTool, libpqEnvironment, runTool } from './postgres-tools';
import { inspectSqlite } from './sqlite-copy';

/**
 * `npm run restore -- --from FILE [--force]`: puts a backup made by `npm run backup` in the place
 * DATABASE_URL names, then verifies the restored audit chain. It refuses to replace a database that
 * exists (or holds tables) unless given --force, and never runs against a server that is using it
 * on purpose: stop the server first.
 */
const USAGE = 'Usage: npm run restore -- --from BACKUP_FILE [--force]   (restores into DATABASE_URL; --force replaces what is there)';

async function main(): Promise<boolean> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.help || !values.from) {
    process.stdout.write(`${USAGE}\n`);
    return Boolean(values.help);
  }
  const source = path.resolve(values.from);
  if (!fs.existsSync(source)) throw new Error(`${source} does not exist.`);
  const { database } = loadConfig();
  const said =
    database.kind === 'sqlite'
      ? restoreSqlite(source, database.file, Boolean(values.force))
      : await restorePostgres(source, database, Boolean(values.force));
  process.stdout.write(`${said}\n`);
  return true;
}

function restoreSqlite(source: string, target: string, force: boolean): string {
  const { integrity } = inspectSqlite(source);
  if (integrity !== 'ok') throw new Error(`${source} fails SQLite's integrity check (${integrity}): nothing was restored.`);
  const existed = fs.existsSync(target);
  if (existed && !force) {
    throw new Error(
      `${target} exists: restoring would replace it. Stop the server that uses it, keep a copy if in doubt (npm run backup), then run again with --force.`,
    );
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Copied beside the target and renamed over it: the target is either the old database or the whole backup, never half of one.
  const incoming = `${target}.restoring`;
  fs.copyFileSync(source, incoming);
  for (const leftover of [`${target}-wal`, `${target}-shm`]) fs.rmSync(leftover, { force: true });
  fs.renameSync(incoming, target);
  return `Restored ${source} into ${target}${existed ? ' (the database that was there is replaced)' : ''}.`;
}

async function restorePostgres(source: string, database: Extract<DatabaseConfig, { kind: 'postgres' }>, force: boolean): Promise<string> {
  const { env, database: name } = libpqEnvironment(database.url);
  const tables = await tablesIn(database.url);
  if (tables === null) {
    const maintenance = new URL(database.url);
    maintenance.pathname = '/postgres';
    await query(maintenance.toString(), `CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } else if (tables > 0 && !force) {
    throw new Error(
      `Database "${name}" already holds ${tables} tables: restoring would replace them. Stop the servers that use it, keep a copy if in doubt (npm run backup), then run again with --force.`,
    );
  }
  const clean = tables !== null && tables > 0 ? ['--clean', '--if-exists'] : [];
  // One transaction: a restore that fails part-way leaves the database as it was.
  await runTool(
    findPostgresTool('pg_restore'),
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', ...clean, `--dbname=${name}`, source],
    env,
  );
  return `Restored ${source} into PostgreSQL database "${name}" on ${env.PGHOST}:${env.PGPORT}${tables === null ? ' (created it)' : clean.length ? ' (its previous tables are replaced)' : ''}.`;
}

/** How many tables the database has, or null when it does not exist. */
async function tablesIn(url: string): Promise<number | null> {
  try {
    const rows = await query(url, "SELECT COUNT(*) AS n FROM pg_tables WHERE schemaname = 'public'");
    return Number(rows[0].n);
  } catch (error) {
    if ((error as { code?: string }).code === '3D000') return null; // invalid_catalog_name: no such database
    throw error;
  }
}

async function query(url: string, text: string): Promise<Array<Record<string, unknown>>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

main().then(
  async (restored) => {
    if (!restored) {
      process.exitCode = 1;
      return;
    }
    // The restored trail is checked the way GET /api/audit-events/verify checks it.
    await withAppContext(async (app) => {
      const result = await app.get(AuditChainVerifier).verify();
      if (!result.valid) throw new Error(`restored, but its audit chain does not verify: event ${result.firstBadSeq}: ${result.reason}`);
      process.stdout.write(
        `Audit chain verified: ${result.count} events, head seq ${result.count}, hash ${result.headHash}.\n` +
          'Compare with the last signed head you exported (GET /api/audit-events/head): with the server started on this copy, ' +
          'GET /api/audit-events/verify?seq=…&hash=…&signature=… must say valid.\n',
      );
    });
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? 'Configuration error' : 'Restore refused'}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
