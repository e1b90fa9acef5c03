/**
 * The floor's database access, one shape for both databases: a request's work is a generator
 * that yields statements (`yield db.all(sql, params)`) and gets their rows back. On SQLite the
 * generator is driven synchronously by better-sqlite3 (cached prepared statements), so a request
 * runs start to finish without interleaving another — what the app's write queue achieves on its
 * one connection. On PostgreSQL it is driven asynchronously over a pg Pool of 10, like the app's;
 * `begin` takes a client of its own until `commit` or `rollback`.
 *
 * The connection settings are the app's (server/src/database/data-source-options.ts): WAL,
 * synchronous=FULL, foreign keys, a 5 s busy timeout, and the `unicode_lower` function.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { forDialect } from './app-queries.mjs';

/** What a statement asks for: every row, the first row, or the number of rows changed. */
export const op = {
  all: (sql, params = []) => ({ kind: 'all', sql, params }),
  /** Every row, each as an array of its columns in order (for a long walk: no object per row). */
  rows: (sql, params = []) => ({ kind: 'rows', sql, params }),
  get: (sql, params = []) => ({ kind: 'get', sql, params }),
  run: (sql, params = []) => ({ kind: 'run', sql, params }),
  begin: { kind: 'begin' },
  commit: { kind: 'commit' },
  rollback: { kind: 'rollback' },
};

export function openDatabase(url, { trace } = {}) {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, ''), trace);
  return openPostgres(url, trace);
}

function openSqlite(file, trace) {
  const db = new Database(file);
  db.function('unicode_lower', { deterministic: true }, (text) => (typeof text === 'string' ? text.toLowerCase() : text));
  db.pragma('journal_mode = wal');
  db.pragma('synchronous = 2');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const statements = new Map();
  const prepared = (sql, raw = false) => {
    const key = raw ? `raw:${sql}` : sql;
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare(forDialect(sql, 'sqlite'));
      if (raw) statement.raw(true);
      statements.set(key, statement);
    }
    return statement;
  };
  const execute = (step) => {
    trace?.(step);
    switch (step.kind) {
      case 'all':
        return prepared(step.sql).all(step.params);
      case 'rows':
        return prepared(step.sql, true).all(step.params);
      case 'get':
        return prepared(step.sql).get(step.params);
      case 'run':
        return { changes: prepared(step.sql).run(step.params).changes };
      case 'begin':
        db.exec('BEGIN');
        return undefined;
      case 'commit':
        db.exec('COMMIT');
        return undefined;
      case 'rollback':
        if (db.inTransaction) db.exec('ROLLBACK');
        return undefined;
    }
    throw new Error(`unknown step ${step.kind}`);
  };
  return {
    dialect: 'sqlite',
    /** Runs a request's work to the end, synchronously; its result or its error. */
    run(work) {
      const steps = work();
      let next = steps.next();
      while (!next.done) {
        let result;
        try {
          result = execute(next.value);
        } catch (error) {
          next = steps.throw(error);
          continue;
        }
        next = steps.next(result);
      }
      return next.value;
    },
    close: () => db.close(),
  };
}

function openPostgres(url, trace) {
  // DATE as the text it is (TypeORM answers 'YYYY-MM-DD' too), not a JavaScript Date at local midnight.
  pg.types.setTypeParser(1082, (text) => text);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const texts = new Map();
  const textOf = (sql) => {
    let text = texts.get(sql);
    if (!text) {
      text = forDialect(sql, 'postgres');
      texts.set(sql, text);
    }
    return text;
  };
  const query = async (client, step) => {
    // Named statements: PostgreSQL parses and plans each text once per connection.
    const text = textOf(step.sql);
    const raw = step.kind === 'rows';
    const result = await client.query({ name: `s${names(text)}${raw ? 'r' : ''}`, text, values: step.params, ...(raw ? { rowMode: 'array' } : {}) });
    if (step.kind === 'all' || raw) return result.rows;
    if (step.kind === 'get') return result.rows[0];
    return { changes: result.rowCount };
  };
  const nameIds = new Map();
  const names = (text) => {
    let id = nameIds.get(text);
    if (id === undefined) nameIds.set(text, (id = nameIds.size));
    return id;
  };
  return {
    dialect: 'postgres',
    async run(work) {
      const steps = work();
      let client = null;
      let next = steps.next();
      try {
        while (!next.done) {
          const step = next.value;
          trace?.(step);
          let result;
          try {
            if (step.kind === 'begin') {
              client = await pool.connect();
              await client.query('BEGIN');
            } else if (step.kind === 'commit' || step.kind === 'rollback') {
              if (client) {
                await client.query(step.kind === 'commit' ? 'COMMIT' : 'ROLLBACK');
                client.release();
                client = null;
              }
            } else {
              result = await query(client ?? pool, step);
            }
          } catch (error) {
            next = steps.throw(error);
            continue;
          }
          next = steps.next(result);
        }
        return next.value;
      } finally {
        // Work that ended without commit or rollback (a bug) must not keep its transaction open.
        if (client) {
          await client.query('ROLLBACK').catch(() => undefined);
          client.release();
        }
      }
    },
    close: () => pool.end(),
  };
}
