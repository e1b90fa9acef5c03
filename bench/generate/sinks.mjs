/**
 * Where generated rows go: a SQLite file (better-sqlite3 prepared statements in one transaction)
 * or a PostgreSQL database (batches of `INSERT … SELECT FROM unnest(arrays)`, each committed).
 * Both start from a database the app's own migrations created, and keep every trigger of it
 * working except the two that allow an audit event only at the head of the chain
 * (1764900000000-audit-inserts-only-at-the-head): the events are inserted in seq order without
 * moving the head a million times, then the head is set once and the triggers are restored
 * exactly as the migration made them (SQLite: dropped and re-created from their stored SQL;
 * PostgreSQL: disabled and enabled). Any trigger a later migration adds (a maintained count,
 * say) does its work during the load.
 */
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import pg from 'pg';
import { TABLES } from './dataset.mjs';

/** The triggers of the audit-inserts-only-at-the-head migration, per table. */
const HEAD_TRIGGERS = {
  sqlite: ['audit_events_insert_next_only', 'audit_chain_head_moves_on', 'audit_chain_head_never_deleted'],
  postgres: [
    ['audit_events', 'audit_events_insert_next_only'],
    ['audit_chain_head', 'audit_chain_head_moves_on'],
  ],
};

/** The SQLite load itself, synchronous: run in a worker thread by sqliteSink (sqlite-worker.mjs). */
export function sqliteLoad(file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // Durability is pointless while loading a file that is renamed into place only when complete.
  db.pragma('synchronous = OFF');
  // Checked once at the end (foreign_key_check) instead of on each of two million inserts.
  db.pragma('foreign_keys = OFF');
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${HEAD_TRIGGERS.sqlite.map(() => '?').join(', ')})`)
    .all(...HEAD_TRIGGERS.sqlite);
  if (triggers.length !== HEAD_TRIGGERS.sqlite.length) throw new Error(`expected the ${HEAD_TRIGGERS.sqlite.join(', ')} triggers in ${file}`);
  for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
  // Secondary indexes are built once after the load (from their stored SQL, so exactly as the
  // migrations define them) rather than grown row by row: several times faster for a million events.
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${LOADED.map(() => '?').join(', ')})`)
    .all(...LOADED);
  for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);
  db.exec('BEGIN');
  const statements = new Map();
  return {
    rows(table, columns, rows) {
      let insert = statements.get(table);
      if (!insert) {
        insert = db.prepare(`INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        statements.set(table, insert);
      }
      const booleans = columns.flatMap((column, index) => (column.type === 'bool' ? [index] : []));
      for (const row of rows) {
        // SQLite stores booleans as 1 and 0 (as TypeORM writes them); the row may be another sink's too, so it is copied.
        insert.run(booleans.length ? row.map((value, index) => (booleans.includes(index) ? (value ? 1 : 0) : value)) : row);
      }
    },
    head(seq, hash) {
      db.prepare('UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1').run(seq, hash);
    },
    finish() {
      for (const index of indexes) db.exec(index.sql);
      db.exec('COMMIT');
      for (const trigger of triggers) db.exec(trigger.sql);
      const broken = db.prepare('PRAGMA foreign_key_check').all();
      if (broken.length) throw new Error(`generated rows break ${broken.length} foreign key(s), e.g. ${JSON.stringify(broken[0])}`);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
    abort() {
      if (db.open) db.close();
    },
  };
}

/**
 * A SQLite file filled from a worker thread, so its inserts and index builds run beside the
 * generator (on the other core) instead of after each batch. At most a few batches wait in the
 * worker's queue: the generator is held back rather than buffering a million events.
 */
export function sqliteSink(file) {
  const worker = new Worker(new URL('./sqlite-worker.mjs', import.meta.url), { workerData: { file } });
  const pending = new Map();
  let next = 0;
  let failure = null;
  const fail = (error) => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(failure);
    pending.clear();
  };
  worker.on('message', ({ id, error }) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (error) fail(new Error(error));
    else waiting?.resolve();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => code !== 0 && fail(new Error(`the SQLite loader exited (${code})`)));
  const send = (message) =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });
  const queued = [];
  return {
    kind: 'sqlite',
    async rows(table, columns, rows) {
      queued.push(send({ kind: 'rows', table, columns, rows }));
      if (queued.length > 3) await queued.shift();
    },
    async head(seq, hash) {
      queued.push(send({ kind: 'head', seq, hash }));
    },
    async finish() {
      await Promise.all(queued.splice(0));
      await send({ kind: 'finish' });
      await worker.terminate();
    },
    async abort() {
      await Promise.allSettled(queued.splice(0));
      await send({ kind: 'abort' }).catch(() => undefined);
      await worker.terminate();
    },
  };
}

/** The tables the generator fills (besides the one row of audit_chain_head). */
const LOADED = Object.keys(TABLES);

const PG_ARRAY_TYPES = { int: 'int[]', text: 'text[]', bool: 'boolean[]', date: 'date[]' };

export async function postgresSink(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Each batch commits on its own, not the whole load in one transaction: a maintained count's
  // trigger updates the same few rows once per inserted row, and within one transaction every
  // update walks the chain of that row's earlier versions (none can be pruned before the commit),
  // which made a million events take hours. The database is renamed into place only when complete,
  // so a load that fails half-way is never used.
  for (const [table, trigger] of HEAD_TRIGGERS.postgres) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
  // As on SQLite: secondary indexes (not those of a primary key or unique constraint) built after the load.
  const { rows: indexes } = await client.query(
    `SELECT indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename = ANY($1)
        AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u', 'x'))`,
    [LOADED],
  );
  for (const index of indexes) await client.query(`DROP INDEX ${index.indexname}`);
  // At most two batches in flight: the generator works on the next while PostgreSQL stores this one.
  const inFlight = [];
  const send = async (text, values) => {
    inFlight.push(client.query(text, values));
    if (inFlight.length >= 2) await inFlight.shift();
  };
  return {
    kind: 'postgres',
    async rows(table, columns, rows) {
      const arrays = columns.map((_, index) => rows.map((row) => row[index]));
      const text = `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')})
        SELECT * FROM unnest(${columns.map((column, index) => `$${index + 1}::${PG_ARRAY_TYPES[column.type]}`).join(', ')})`;
      await send(text, arrays);
    },
    async head(seq, hash) {
      await send('UPDATE audit_chain_head SET seq = $1, hash = $2 WHERE id = 1', [seq, hash]);
    },
    async finish() {
      await Promise.all(inFlight.splice(0));
      for (const index of indexes) await client.query(index.indexdef);
      for (const [table, trigger] of HEAD_TRIGGERS.postgres) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
      // Explicit ids were inserted: each SERIAL's sequence continues after the largest.
      const serials = await client.query(
        `SELECT table_name, column_name, pg_get_serial_sequence(table_name, column_name) AS seq
           FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
      );
      for (const { table_name: table, column_name: column, seq } of serials.rows) {
        await client.query(`SELECT setval($1, COALESCE((SELECT MAX(${column}) FROM ${table}), 0) + 1, false)`, [seq]);
      }
      // What autovacuum would do after a bulk load, done now so every run starts from the same
      // state: statistics for the planner and the visibility map for index-only scans.
      await client.query('VACUUM ANALYZE');
      await client.end();
    },
    abort() {
      return client.end().catch(() => undefined);
    },
  };
}
