import type { EntityManager } from 'typeorm';
import type { CalendarEntry, CalendarKind, MilestoneStatus, PartnershipStatus } from '@klch/shared';
import { sqlPlaceholders } from '../database/raw-sql';

export interface CalendarFilter {
  from: string;
  to: string;
  kinds: readonly CalendarKind[];
  partnershipId?: number;
  ownerId?: number;
}

interface EntryRow {
  kind: CalendarKind;
  on_date: string;
  partnership_id: number | string;
  code: string;
  title: string;
  title_ms: string | null;
  status: PartnershipStatus;
  milestone_id: number | string | null;
  milestone_title: string | null;
  milestone_status: MilestoneStatus | null;
  owner_id: number | string | null;
  owner_name: string | null;
}

/** On a day, the partnership's own dates before its milestones (a stable order on both databases: no text collation in it). */
const KIND_ORDER: Record<CalendarKind, number> = { expiry: 0, review: 1, milestone: 2 };

/**
 * The entries of a range, computed by the database in one statement: a UNION ALL of one SELECT per
 * kind asked for, each a date range on an indexed column —
 * - expiry: `partnerships_expires_on`; review: `partnerships_open_review` (open rows, by review date);
 * - milestone: `milestones_due_on`, each joined to its partnership by id.
 * What is left out, and why:
 * - archived partnerships, and so their milestones: archiving takes a record out of the register
 *   (the dashboard and the list leave them out too), and the indexes over open rows say the same;
 * - cancelled milestones: they will not happen, and a calendar shows what will or did. Done ones
 *   stay (the page greys them): what was delivered this month is worth seeing beside what is due.
 * Partnerships of every other status stay, with the status in the entry: a halted partnership's
 * review date is the one most easily forgotten (as on the dashboard).
 * A milestone's owner is its own, or else its partnership's: who answers for it.
 * The NULLs are typed: PostgreSQL settles a UNION's column types branch by branch, and an untyped
 * NULL of two partnership branches would be text against the milestones' integer id.
 * Hand-written SQL (the page is opened often, and it is one statement per filter combination);
 * dates cast to text (PostgreSQL's driver would make a Date of a DATE); numbers bound only against
 * INTEGER columns. At most `limit` rows, the earliest first.
 */
export async function calendarEntries(manager: EntityManager, filter: CalendarFilter, limit: number): Promise<CalendarEntry[]> {
  const parameters: unknown[] = [];
  const bind = (value: unknown) => {
    parameters.push(value);
    return sqlPlaceholders(manager, 1, parameters.length - 1)[0];
  };
  const selects: string[] = [];
  const partnershipDate = (kind: 'expiry' | 'review', column: string) => {
    const where = [`p.archived_at IS NULL`, `p.${column} >= ${bind(filter.from)}`, `p.${column} <= ${bind(filter.to)}`];
    if (filter.partnershipId !== undefined) where.push(`p.id = ${bind(filter.partnershipId)}`);
    if (filter.ownerId !== undefined) where.push(`p.owner_id = ${bind(filter.ownerId)}`);
    return `SELECT '${kind}' AS kind, ${KIND_ORDER[kind]} AS kind_order, CAST(p.${column} AS TEXT) AS on_date,
              p.id AS partnership_id, p.code AS code, p.title AS title, p.title_ms AS title_ms, p.status AS status,
              CAST(NULL AS INTEGER) AS milestone_id, CAST(NULL AS TEXT) AS milestone_title, CAST(NULL AS TEXT) AS milestone_status,
              p.owner_id AS owner_id, u.full_name AS owner_name
         FROM partnerships p
         LEFT JOIN users u ON u.id = p.owner_id
        WHERE ${where.join(' AND ')}`;
  };
  if (filter.kinds.includes('expiry')) selects.push(partnershipDate('expiry', 'expires_on'));
  if (filter.kinds.includes('review')) selects.push(partnershipDate('review', 'next_review_on'));
  if (filter.kinds.includes('milestone')) {
    const where = [`m.due_on >= ${bind(filter.from)}`, `m.due_on <= ${bind(filter.to)}`, `m.status <> 'cancelled'`, `p.archived_at IS NULL`];
    if (filter.partnershipId !== undefined) where.push(`m.partnership_id = ${bind(filter.partnershipId)}`);
    if (filter.ownerId !== undefined)
      where.push(`(m.owner_id = ${bind(filter.ownerId)} OR (m.owner_id IS NULL AND p.owner_id = ${bind(filter.ownerId)}))`);
    selects.push(`SELECT 'milestone' AS kind, ${KIND_ORDER.milestone} AS kind_order, CAST(m.due_on AS TEXT) AS on_date,
              p.id AS partnership_id, p.code AS code, p.title AS title, p.title_ms AS title_ms, p.status AS status,
              m.id AS milestone_id, m.title AS milestone_title, m.status AS milestone_status,
              COALESCE(m.owner_id, p.owner_id) AS owner_id, u.full_name AS owner_name
         FROM milestones m
         JOIN partnerships p ON p.id = m.partnership_id
         LEFT JOIN users u ON u.id = COALESCE(m.owner_id, p.owner_id)
        WHERE ${where.join(' AND ')}`);
  }
  if (!selects.length) return [];
  const rows: EntryRow[] = await manager.query(
    `${selects.join('\n UNION ALL\n')}
      ORDER BY on_date, kind_order, partnership_id, milestone_id
      LIMIT ${Math.trunc(limit)}`,
    parameters,
  );
  return rows.map(entryOf);
}

function entryOf(row: EntryRow): CalendarEntry {
  const partnershipId = Number(row.partnership_id);
  const milestoneId = row.milestone_id === null ? null : Number(row.milestone_id);
  return {
    key: `${row.kind}-${milestoneId ?? partnershipId}`,
    kind: row.kind,
    date: row.on_date,
    partnershipId,
    code: row.code,
    title: row.title,
    titleMs: row.title_ms,
    status: row.status,
    milestoneId,
    milestoneTitle: row.milestone_title,
    milestoneStatus: row.milestone_status,
    ownerId: row.owner_id === null ? null : Number(row.owner_id),
    ownerName: row.owner_name,
  };
}
