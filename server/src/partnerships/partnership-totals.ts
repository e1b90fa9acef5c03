import type { EntityManager } from 'typeorm';
import type { ListQuery } from '../common/list-query/parse-list-query';
import { forUpdateSql } from '../database/locks';
import { sqlPlaceholders } from '../database/raw-sql';

/** The filters `partnership_counts` can answer: nothing else narrows the rows it counts. */
const COVERED = new Set(['status', 'archived', 'includeArchived']);

/**
 * The list's total from `partnership_counts` (kept by triggers, see migration
 * 1764990000000-partnership-list-indexes-and-counts) when the filters are only the status and
 * `archived`: the default list and its status tabs, at any size, without counting rows. Any other
 * filter (search, dates, parties) returns null and the rows are counted.
 */
export async function maintainedPartnershipTotal(manager: EntityManager, query: ListQuery): Promise<number | null> {
  if (!query.filters.every((filter) => COVERED.has(filter.name))) return null;
  const archivedFilter = query.filters.find((filter) => filter.name === 'archived');
  const includeArchived = !archivedFilter && query.filters.some((filter) => filter.name === 'includeArchived' && filter.value);
  const statusFilter = query.filters.find((filter) => filter.name === 'status');
  const statuses = statusFilter === undefined ? null : ([] as unknown[]).concat(statusFilter.value).map(String);
  if (statuses?.length === 0) return 0;
  // Both count rows of a status (current and archived) when the list includes the archived ones.
  const archivedValues = includeArchived ? [0, 1] : [archivedFilter?.value ? 1 : 0];
  const placeholders = sqlPlaceholders(manager, archivedValues.length + (statuses?.length ?? 0));
  const archived = placeholders.slice(0, archivedValues.length);
  const statusPlaceholders = placeholders.slice(archivedValues.length);
  const [row] = await manager.query(
    `SELECT COALESCE(SUM(n), 0) AS total FROM partnership_counts
     WHERE ${includeArchived ? `archived IN (${archived.join(', ')})` : `archived = ${archived[0]}`}${statuses ? ` AND status IN (${statusPlaceholders.join(', ')})` : ''}`,
    [...archivedValues, ...(statuses ?? [])],
  );
  return Number(row.total);
}

/**
 * Locks the open-partnership count rows of these statuses until the transaction ends, in
 * (status, archived) order, the order the counting trigger takes them in (PostgreSQL; SQLite runs
 * writes one at a time). For a write that appends to the audit trail before it changes a status (an
 * approval): every other write changes the partnership, and so its counts, before it takes the
 * chain head, and would otherwise wait on the approval's head while the approval waits on its count.
 */
export async function lockStatusCounts(manager: EntityManager, statuses: string[]): Promise<void> {
  const suffix = forUpdateSql(manager);
  if (!suffix || statuses.length === 0) return;
  const wanted = [...new Set(statuses)];
  // The rows must exist to be locked: a status no partnership had yet gets its row (n = 0) first.
  for (const status of wanted) {
    const [value] = sqlPlaceholders(manager, 1);
    await manager.query(`INSERT INTO partnership_counts (status, archived, n) VALUES (${value}, 0, 0) ON CONFLICT (status, archived) DO NOTHING`, [
      status,
    ]);
  }
  await manager.query(
    `SELECT status FROM partnership_counts WHERE archived = 0 AND status IN (${sqlPlaceholders(manager, wanted.length).join(', ')})
     ORDER BY status, archived${suffix}`,
    wanted,
  );
}
