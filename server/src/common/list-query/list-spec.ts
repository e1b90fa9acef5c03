import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Resource } from '@klch/shared';

export type ScalarType = 'string' | 'integer' | 'boolean' | 'date';

/**
 * How one filter field maps to SQL. `exact` takes a value or an array (IN); `range` is a date field
 * filtered with `field_gte` / `field_lte`; `custom` builds its own condition (search, joins).
 */
export type FilterDef =
  | { kind: 'exact'; column: string; type: ScalarType }
  | { kind: 'range'; column: string; type: 'date' | 'timestamp' }
  | { kind: 'custom'; type: ScalarType; many?: boolean; apply: (qb: SelectQueryBuilder<ObjectLiteral>, value: unknown, param: string) => void };

/** What a resource lets clients sort and filter by: anything else is a 400, never SQL. */
export interface ListSpec {
  resource: string;
  sortable: Record<string, string>;
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  /** A unique column appended to every sort so pages never overlap or skip rows. */
  tieBreaker: string;
  filters: Record<string, FilterDef>;
}

/**
 * A ListSpec with the table it lists: the entity, and the alias every column of the spec is written
 * with (`p.status` → alias `p`). What listRecords needs to run the whole getList.
 */
export interface EntityListSpec<E extends ObjectLiteral> extends ListSpec {
  resource: Resource;
  entity: EntityTarget<E>;
  alias: string;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/**
 * The SQL function that lower-cases text of every script on SQLite, registered on each connection
 * (database/sqlite-functions.ts): SQLite's own LOWER (and LIKE's case folding) know only A-Z, so
 * "École" would not be found by "école". PostgreSQL's LOWER folds every script already.
 */
export const SQLITE_UNICODE_LOWER = 'unicode_lower';

/** `LOWER(expression)` in the query's database, folding the case of every script (use with containsPattern). */
export function lowerSql(qb: SelectQueryBuilder<ObjectLiteral>, expression: string): string {
  return `${qb.connection.options.type === 'postgres' ? 'LOWER' : SQLITE_UNICODE_LOWER}(${expression})`;
}

/**
 * A LIKE pattern for "contains", lower-cased as lowerSql lower-cases the column, with the user's %
 * and _ taken literally (use with `ESCAPE '\\'`).
 */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
