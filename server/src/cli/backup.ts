import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/app-config';
import { findPostgresTool, libpqEnvironment, runTool } from './postgres-tools';
import { backupSqlite, inspectSqlite } from './sqlite-copy';

/**
 * `npm run backup [-- --to FILE]`: a consistent copy of the database of DATABASE_URL, taken while the
 * server runs and writes. SQLite: the online backup API, then an integrity check of the copy.
 * PostgreSQL: pg_dump in its custom format (one snapshot; restore it with `npm run restore`).
 * Without --to the copy goes to DATA_DIR/backups/, named by the time.
 */
const USAGE = 'Usage: npm run backup [-- --to FILE]';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { to: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const extension = config.database.kind === 'sqlite' ? 'sqlite' : 'pgdump';
  const destination = path.resolve(values.to ?? path.join(config.dataDir, 'backups', `klch-${stamp}.${extension}`));
  if (fs.existsSync(destination)) throw new Error(`${destination} exists already: a backup never overwrites a file. Name another with --to.`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });

  if (config.database.kind === 'sqlite') {
    const { pages } = await backupSqlite(config.database.file, destination);
    const { integrity, head } = inspectSqlite(destination);
    if (integrity !== 'ok') throw new Error(`The copy ${destination} fails SQLite's integrity check (${integrity}): keep the previous backup.`);
    process.stdout.write(
      `Backed up ${config.database.file} to ${destination} (${pages} pages, integrity check ok).\n` +
        `Audit chain head in the copy: seq ${head?.seq ?? 0}, hash ${head?.hash ?? '-'}.\n`,
    );
    return;
  }
  const { env, database } = libpqEnvironment(config.database.url);
  // Custom format: compressed, and pg_restore can restore it into a new database in one transaction.
  await runTool(findPostgresTool('pg_dump'), ['--format=custom', '--no-owner', '--no-privileges', `--file=${destination}`], env);
  process.stdout.write(`Backed up PostgreSQL database "${database}" on ${env.PGHOST}:${env.PGPORT} to ${destination} (pg_dump, custom format).\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? 'Configuration error' : 'Backup failed'}: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
