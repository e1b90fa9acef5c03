import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { EntityListSpec } from './list-spec';
import type { ListResult } from './list-result';
import { type ListQuery, parseListQuery, type RawListQuery } from './parse-list-query';

/** Turns a page of rows into API records (loading what they refer to for the whole page at once). */
export type ToRecords<E, R> = (manager: EntityManager, rows: E[]) => Promise<R[]> | R[];

/** A condition every list of the resource has besides the client's filters (e.g. "not archived"). */
export type ListScope<E extends ObjectLiteral> = (qb: SelectQueryBuilder<E>, query: ListQuery) => void;

/**
 * The number of matching rows read from a count the database maintains (a table kept by triggers),
 * for the filters it covers; null when it does not cover them, and the rows are counted. So the
 * common lists do not count every matching row on each page, however long the table grows.
 */
export type MaintainedTotal = (manager: EntityManager, query: ListQuery) => Promise<number | null>;

export interface ListOptions<E extends ObjectLiteral> {
  scope?: ListScope<E>;
  maintainedTotal?: MaintainedTotal;
  /** Reads the sorted, limited page (default: TypeORM's getMany), e.g. by a raw select on a hot list. */
  readPage?: (qb: SelectQueryBuilder<E>) => Promise<E[]>;
}

/**
 * The one getList: parse the client's sort, range and filter against the spec's whitelist, count the
 * matching rows, read one sorted page, and turn it into records. Every list endpoint is this call.
 */
export async function listRecords<E extends ObjectLiteral, R>(
  manager: EntityManager,
  raw: RawListQuery,
  spec: EntityListSpec<E>,
  toRecords: ToRecords<E, R>,
  options: ListOptions<E> = {},
): Promise<ListResult<R>> {
  const query = parseListQuery(raw, spec);
  const qb = filteredQuery(manager, spec, query);
  options.scope?.(qb, query);
  const total = (await options.maintainedTotal?.(manager, query)) ?? (await qb.getCount());
  qb.orderBy(query.sort.column, query.sort.order);
  // A unique tie-breaker, so pages are stable. In the sort's own direction, so one index on
  // (sort column, tie-breaker) serves the whole ORDER BY and the first page is read, not sorted.
  if (query.sort.column !== spec.tieBreaker) qb.addOrderBy(spec.tieBreaker, query.sort.order);
  qb.offset(query.offset).limit(query.limit);
  const rows = options.readPage ? await options.readPage(qb) : await qb.getMany();
  return { rows: await toRecords(manager, rows), total, offset: query.offset };
}

/** The spec's table with the query's filters applied; parameters are always bound, never inlined. */
export function filteredQuery<E extends ObjectLiteral>(manager: EntityManager, spec: EntityListSpec<E>, query: ListQuery): SelectQueryBuilder<E> {
  const qb = manager.getRepository(spec.entity).createQueryBuilder(spec.alias);
  query.filters.forEach((filter, index) => {
    const param = `f${index}`;
    const { def, value, op } = filter;
    // An empty list matches nothing. Decided here for every filter, custom ones included: PostgreSQL
    // refuses the `IN ()` an empty list would expand to.
    if (Array.isArray(value) && value.length === 0) {
      qb.andWhere('1 = 0');
    } else if (def.kind === 'custom') {
      def.apply(qb as unknown as SelectQueryBuilder<ObjectLiteral>, value, param);
    } else if (Array.isArray(value)) {
      qb.andWhere(`${def.column} IN (:...${param})`, { [param]: value });
    } else {
      const operator = op === 'gte' ? '>=' : op === 'lte' ? '<=' : '=';
      qb.andWhere(`${def.column} ${operator} :${param}`, { [param]: value });
    }
  });
  return qb;
}
