import type { EntityManager } from 'typeorm';
import type { ListQuery } from '../common/list-query/parse-list-query';
import { sqlPlaceholders } from '../database/raw-sql';

/** The filters `partnership_counts` can answer: nothing else narrows the rows it counts. */
const COVERED = new Set(['status', 'archived']);

/**
 * The list's total from `partnership_counts` (kept by triggers, see migration
 * 1764990000000-partnership-list-indexes-and-counts) when the filters are only the status and
 * `archived`: the default list and its status tabs, at any size, without counting rows. Any other
 * filter (search, dates, parties) returns null and the rows are counted.
 */
export async function maintainedPartnershipTotal(manager: EntityManager, query: ListQuery): Promise<number | null> {
  if (!query.filters.every((filter) => COVERED.has(filter.name))) return null;
  const archivedFilter = query.filters.find((filter) => filter.name === 'archived');
  const statusFilter = query.filters.find((filter) => filter.name === 'status');
  const statuses = statusFilter === undefined ? null : ([] as unknown[]).concat(statusFilter.value).map(String);
  if (statuses?.length === 0) return 0;
  const [archived, ...statusPlaceholders] = sqlPlaceholders(manager, 1 + (statuses?.length ?? 0));
  const [row] = await manager.query(
    `SELECT COALESCE(SUM(n), 0) AS total FROM partnership_counts
     WHERE archived = ${archived}${statuses ? ` AND status IN (${statusPlaceholders.join(', ')})` : ''}`,
    [archivedFilter?.value ? 1 : 0, ...(statuses ?? [])],
  );
  return Number(row.total);
}
