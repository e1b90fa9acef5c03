/**
 * The floor's database access, one shape for both databases: a request's work is a generator
 * that yields statements (`yield db.all(sql, params)`) and gets their rows back. On SQLite the
 * generator is driven synchronously by better-sqlite3 (cached prepared statements), so a request
 * runs start to finish without interleaving another — what the app's write queue achieves on its
 * one connection. On PostgreSQL it is driven asynchronously over a pg Pool of 10, like the app's;
 * `begin` takes a client of its own until `commit` or `rollback`.
 *
 * `send` starts a read of rows of values (arrays, not objects) and `receive` waits for its rows:
 * what the app's verify does, asking for the next batch before it hashes this one. On SQLite the
 * read runs at `send`; on PostgreSQL it runs while the work goes on.
 *
 * The SQLite connection is set up by the app's own prepareDatabase (server/src/database/
 * data-source-options.ts), so its settings are the app's, always: the `unicode_lower` function, WAL,
 * synchronous=FULL, foreign keys, a 5 s busy timeout (then foreign keys again, as TypeORM's driver
 * does).
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { dataSourceOptions } from '../lib/app.mjs';
import { forDialect } from './app-queries.mjs';

/** What a statement asks for: every row, the first row, or the number of rows changed. */
export const op = {
  all: (sql, params = []) => ({ kind: 'all', sql, params }),
  get: (sql, params = []) => ({ kind: 'get', sql, params }),
  run: (sql, params = []) => ({ kind: 'run', sql, params }),
  /** Starts a read of rows of values; `receive` answers them. */
  send: (sql, params = []) => ({ kind: 'send', sql, params }),
  receive: (pending) => ({ kind: 'receive', pending }),
  begin: { kind: 'begin' },
  commit: { kind: 'commit' },
  rollback: { kind: 'rollback' },
};

export function openDatabase(url, { trace } = {}) {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, ''), trace);
  return openPostgres(url, trace);
}

function openSqlite(file, trace) {
  // As TypeORM's better-sqlite3 driver opens it: a 5 s timeout, the app's prepareDatabase, foreign keys on.
  const db = new Database(file, { timeout: 5000 });
  dataSourceOptions({ kind: 'sqlite', file }).prepareDatabase(db);
  db.pragma('foreign_keys = ON');
  const statements = new Map();
  const prepared = (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(forDialect(sql, 'sqlite'));
      statements.set(sql, statement);
    }
    return statement;
  };
  const rawStatements = new Map();
  const preparedRaw = (sql) => {
    let statement = rawStatements.get(sql);
    if (!statement) {
      statement = db.prepare(forDialect(sql, 'sqlite')).raw(true);
      rawStatements.set(sql, statement);
    }
    return statement;
  };
  const execute = (step) => {
    if (step.kind !== 'receive') trace?.(step);
    switch (step.kind) {
      case 'send':
        return { rows: preparedRaw(step.sql).all(step.params) };
      case 'receive':
        return step.pending.rows;
      case 'all':
        return prepared(step.sql).all(step.params);
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
  const query = async (client, step, rowMode) => {
    // Named statements: PostgreSQL parses and plans each text once per connection.
    const text = textOf(step.sql);
    const result = await client.query({ name: `s${names(text)}`, text, values: step.params, rowMode });
    if (step.kind === 'all' || step.kind === 'send') return result.rows;
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
          if (step.kind !== 'receive') trace?.(step);
          let result;
          try {
            if (step.kind === 'send') {
              const rows = query(client ?? pool, step, 'array');
              rows.catch(() => undefined); // a read asked for ahead and never received (the work stopped) is not an error
              result = { rows };
            } else if (step.kind === 'receive') {
              result = await step.pending.rows;
            } else if (step.kind === 'begin') {
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
