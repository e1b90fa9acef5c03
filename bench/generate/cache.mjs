/**
 * Generated databases, cached: a SQLite file under bench/.data and a PostgreSQL database per size,
 * keyed by the seed, the size, the schema (the app's migration names) and the generator's version,
 * so a second run reuses them and a new migration regenerates them. Each run works on a copy
 * (a file copy; `CREATE DATABASE … TEMPLATE`), so every run starts from the same rows.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import argon2 from 'argon2';
import pg from 'pg';
import { MIGRATIONS } from '../lib/app.mjs';
import { DATA_DIR, MIGRATE_CLI } from '../lib/paths.mjs';
import { BENCH_PASSWORD, POSTGRES_URL, SECRETS, SEED } from '../config.mjs';
import { planDataset, writeDataset } from './dataset.mjs';
import { postgresSink, sqliteSink } from './sinks.mjs';

/** Bump when the generator writes different rows for the same seed and size. */
export const GENERATOR_VERSION = 3;

export function cacheKey(size, seed = SEED) {
  const schema = MIGRATIONS.map((migration) => migration.name);
  return createHash('sha256')
    .update(JSON.stringify({ seed, size, schema, generator: GENERATOR_VERSION }))
    .digest('hex')
    .slice(0, 10);
}

export const postgresUrl = (database) => {
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${database}`;
  return url.toString();
};

export async function adminQuery(text, values) {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** The app's own migrations (and reference data: the SDG targets), as `npm run migrate` applies them. */
export function migrate(databaseUrl) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MIGRATE_CLI], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: databaseUrl, DATA_DIR: path.join(DATA_DIR, 'app-data'), ...SECRETS },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`migrate failed (${code}): ${output}`))));
  });
}

/** The bench password's hash: argon2id as the app makes it, with a salt from the seed so the rows stay deterministic. */
export function benchPasswordHash(seed = SEED) {
  const salt = createHash('sha256').update(`bench-salt-${seed}`).digest().subarray(0, 16);
  return argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, salt });
}

/**
 * Generates `plan` into the sinks asked for: one pass over the dataset feeds all of them.
 * `targets`: `{ sqlite?: file, postgres?: url }` of databases already migrated.
 */
export async function generateInto(size, targets, seed = SEED, log = () => {}) {
  const plan = planDataset(size, seed);
  const sinks = [];
  try {
    if (targets.sqlite) sinks.push(sqliteSink(targets.sqlite));
    if (targets.postgres) sinks.push(await postgresSink(targets.postgres));
    const summary = await writeDataset(plan, sinks, await benchPasswordHash(seed), log);
    for (const sink of sinks) {
      const finishing = Date.now();
      await sink.finish();
      log(`  ${sink.kind}: indexes, triggers and checks in ${((Date.now() - finishing) / 1000).toFixed(1)} s`);
    }
    return summary;
  } catch (error) {
    for (const sink of sinks) await sink.abort();
    throw error;
  }
}

/**
 * The cached databases of a size on the backends asked for, generating what is missing (in one
 * pass when both are). Answers `{ sqlite: { file, meta }, postgres: { database, meta } }`.
 */
export async function ensureDatabases(size, backends, log = () => {}, seed = SEED) {
  const key = cacheKey(size, seed);
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, `klch-${size.name}-${key}.sqlite`);
  const database = `klch_bench_${size.name}_${key}`;
  const result = {};
  const missing = {};
  if (backends.includes('sqlite')) {
    if (fs.existsSync(file) && fs.existsSync(`${file}.json`)) result.sqlite = { file, meta: JSON.parse(fs.readFileSync(`${file}.json`, 'utf8')) };
    else missing.sqlite = true;
  }
  if (backends.includes('postgres')) {
    const found = await adminQuery('SELECT shobj_description(oid, $2) AS meta FROM pg_database WHERE datname = $1', [database, 'pg_database']);
    if (found.rows[0]?.meta) result.postgres = { database, meta: JSON.parse(found.rows[0].meta) };
    else missing.postgres = true;
  }
  if (!missing.sqlite && !missing.postgres) return result;

  const started = Date.now();
  removeStale(size, file);
  const targets = {};
  const building = `${file}.building`;
  const buildingDb = `${database}_building`;
  if (missing.sqlite) {
    fs.rmSync(building, { force: true });
    await migrate(`sqlite:${building}`);
    targets.sqlite = building;
  }
  if (missing.postgres) {
    await dropStaleDatabases(size, database);
    await adminQuery(`DROP DATABASE IF EXISTS ${buildingDb} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${buildingDb}`);
    await migrate(postgresUrl(buildingDb));
    targets.postgres = postgresUrl(buildingDb);
  }
  log(`generating ${size.name} (${Object.keys(targets).join(' + ')}): ${size.partnerships} partnerships, ${size.auditEvents} audit events…`);
  const summary = await generateInto(size, targets, seed, log);
  const meta = { key, seed, size: size.name, schema: MIGRATIONS.map((m) => m.name), ...summary, generatedIn: (Date.now() - started) / 1000 };
  // Renamed into place only when complete, so a cached database is never a half-written one.
  if (missing.sqlite) {
    fs.renameSync(building, file);
    fs.writeFileSync(`${file}.json`, JSON.stringify(meta, null, 2));
    result.sqlite = { file, meta };
  }
  if (missing.postgres) {
    await adminQuery(`ALTER DATABASE ${buildingDb} RENAME TO ${database}`);
    await adminQuery(`COMMENT ON DATABASE ${database} IS '${JSON.stringify(meta).replace(/'/g, "''")}'`);
    result.postgres = { database, meta };
  }
  log(`generated ${size.name} in ${meta.generatedIn.toFixed(1)} s`);
  return result;
}

/** Cached files of this size under an older key (an older schema or generator): they will never be read again. */
function removeStale(size, keep) {
  for (const name of fs.readdirSync(DATA_DIR)) {
    const full = path.join(DATA_DIR, name);
    if (name.startsWith(`klch-${size.name}-`) && !full.startsWith(keep)) fs.rmSync(full, { force: true });
  }
}

async function dropStaleDatabases(size, keep) {
  const { rows } = await adminQuery('SELECT datname FROM pg_database WHERE datname LIKE $1', [`klch_bench_${size.name}_%`]);
  for (const { datname } of rows) {
    if (datname !== keep && !datname.endsWith('_run')) await adminQuery(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
}

/**
 * A fresh working copy of a cached database for one run: the floor and the app share it, and
 * its edits never reach the cache. Answers the DATABASE_URL for both.
 */
export async function workingCopy(size, backend, cached) {
  if (backend === 'sqlite') {
    const file = path.join(DATA_DIR, `run-${size.name}.sqlite`);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    fs.copyFileSync(cached.file, file);
    return { url: `sqlite:${file}`, file };
  }
  const database = `klch_bench_${size.name}_run`;
  await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${database} TEMPLATE ${cached.database}`);
  return { url: postgresUrl(database), database };
}

export async function dropWorkingCopy(size, backend) {
  if (backend === 'sqlite') {
    const file = path.join(DATA_DIR, `run-${size.name}.sqlite`);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  } else {
    await adminQuery(`DROP DATABASE IF EXISTS klch_bench_${size.name}_run WITH (FORCE)`);
  }
}
