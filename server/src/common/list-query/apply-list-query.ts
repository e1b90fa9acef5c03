import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListResult } from './list-result';
import type { ListQuery } from './parse-list-query';

/** Adds a parsed list query's filters to a query builder; parameters are always bound, never inlined. */
export function applyFilters<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery): SelectQueryBuilder<T> {
  query.filters.forEach((filter, index) => {
    const param = `f${index}`;
    const { def, value, op } = filter;
    if (def.kind === 'custom') {
      def.apply(qb as unknown as SelectQueryBuilder<ObjectLiteral>, value, param);
    } else if (Array.isArray(value)) {
      if (value.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere(`${def.column} IN (:...${param})`, { [param]: value });
    } else {
      const operator = op === 'gte' ? '>=' : op === 'lte' ? '<=' : '=';
      qb.andWhere(`${def.column} ${operator} :${param}`, { [param]: value });
    }
  });
  return qb;
}

/** Sort (with a unique tie-breaker so pages are stable) and page. */
export function applySortAndPage<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, tieBreaker: string): SelectQueryBuilder<T> {
  qb.orderBy(query.sort.column, query.sort.order);
  if (query.sort.column !== tieBreaker) qb.addOrderBy(tieBreaker, 'ASC');
  return qb.offset(query.offset).limit(query.limit);
}

/** Counts the filtered rows, then reads one sorted page of them: the two queries of every getList. */
export async function fetchPage<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, tieBreaker: string): Promise<ListResult<T>> {
  const total = await qb.getCount();
  const rows = await applySortAndPage(qb, query, tieBreaker).getMany();
  return { rows, total, offset: query.offset };
}

/** `Content-Range: partnerships 0-24/319`, as ra-data-simple-rest reads it. */
export function contentRange(resource: string, offset: number, count: number, total: number): string {
  return count === 0 ? `${resource} */${total}` : `${resource} ${offset}-${offset + count - 1}/${total}`;
}

/** A LIKE pattern for "contains", with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
