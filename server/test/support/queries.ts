import request from 'supertest';
import type { DataSource } from 'typeorm';

/**
 * The reads every API spec needs besides the API itself: rows counted, ids looked up, a record's
 * audit events, a list asked for in react-admin's dialect. Raw SQL on purpose: a test checks what
 * the database holds, not what the app says it holds.
 */

export type Sql = <T = Record<string, unknown>>(query: string, params?: unknown[]) => Promise<T[]>;

/** Rows of a raw SQL query, with placeholders written as $1, $2 on both databases. */
export function sqlOn(dataSource: DataSource): Sql {
  const sqlite = dataSource.options.type !== 'postgres';
  return (query, params = []) => dataSource.query(sqlite ? query.replace(/\$\d+/g, '?') : query, params);
}

/** One audit event as the specs look at it (`changes` is the stored JSON text). */
export interface EventRow {
  id: number;
  action: string;
  changes: string;
  actor_id: number | null;
  actor_name: string | null;
  reason: string | null;
}

export interface Queries {
  /** `SELECT COUNT(*) FROM table [where]`, as a number. */
  count: (table: string, where?: string, params?: unknown[]) => Promise<number>;
  /** The id of the one row of `table` whose `column` equals `value` (throws if there is none). */
  idOf: (table: string, column: string, value: unknown) => Promise<number>;
  /** A demo user's id. */
  userId: (username: string) => Promise<number>;
  /** The audit events of one record, oldest first. */
  eventsOf: (entityType: string, entityId: number | string) => Promise<EventRow[]>;
  /** GET a list the way ra-data-simple-rest asks: sort, range and filter as JSON (a string is sent as it is). */
  list: (path: string, query: { sort?: unknown; range?: unknown; filter?: unknown }, token: string) => request.Test;
}

export function queriesOn(sql: Sql, http: () => ReturnType<typeof request>): Queries {
  const count: Queries['count'] = async (table, where = '', params = []) =>
    Number((await sql<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table} ${where}`, params))[0].n);
  const idOf: Queries['idOf'] = async (table, column, value) => {
    const [row] = await sql<{ id: number | string }>(`SELECT id FROM ${table} WHERE ${column} = $1`, [value]);
    if (!row) throw new Error(`no ${table} row with ${column} = ${String(value)}`);
    return Number(row.id);
  };
  return {
    count,
    idOf,
    userId: (username) => idOf('users', 'username', username),
    eventsOf: (entityType, entityId) =>
      sql<EventRow>(
        'SELECT id, action, changes, actor_id, actor_name, reason FROM audit_events WHERE entity_type = $1 AND entity_id = $2 ORDER BY id',
        [entityType, String(entityId)],
      ),
    list: (path, query, token) => {
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries(query))
        if (value !== undefined) params[key] = typeof value === 'string' ? value : JSON.stringify(value);
      return http()
        .get(path)
        .query(params)
        .set({ Authorization: `Bearer ${token}` });
    },
  };
}
