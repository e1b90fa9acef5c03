import type BetterSqlite3 from 'better-sqlite3';
import { SQLITE_UNICODE_LOWER } from '../common/list-query/list-spec';

/**
 * SQL functions the app's queries use on SQLite, registered on every connection it opens.
 * `unicode_lower` is JavaScript's toLowerCase, which knows every script (SQLite's LOWER knows A-Z),
 * so searches find "École", "Москва" and "Fundación" by any case, as they do on PostgreSQL.
 */
export function registerSqliteFunctions(db: Pick<BetterSqlite3.Database, 'function'>): void {
  db.function(SQLITE_UNICODE_LOWER, { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : text));
}
