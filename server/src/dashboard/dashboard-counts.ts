import type { EntityManager } from 'typeorm';
import type { CountRow, DashboardRecord } from '@klch/shared';

type Counts = Pick<DashboardRecord, 'byStatus' | 'byCategory' | 'byCountry' | 'bySdgTarget'>;

/**
 * The register in numbers, every open (not archived) partnership counted by the database: by
 * status (from `partnership_counts`, which triggers keep), by category, by the countries of its
 * parties (a partnership with partners in two countries counts in both), and by SDG target.
 * Largest first, then by key (sorted here: the databases' collations order text differently).
 */
export async function dashboardCounts(manager: EntityManager): Promise<Counts> {
  const rows = async (sql: string): Promise<CountRow[]> =>
    ((await manager.query(sql)) as Array<{ key: string; count: number | string }>)
      .map((row) => ({ key: row.key, count: Number(row.count) }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    byStatus: await rows(`SELECT status AS key, n AS count FROM partnership_counts WHERE archived = 0 AND n > 0`),
    byCategory: await rows(`SELECT category AS key, COUNT(*) AS count FROM partnerships WHERE archived_at IS NULL GROUP BY category`),
    // The archived partnerships are few: left out by their ids (partnerships_archived), not by
    // looking up the partnership of each of hundreds of thousands of links.
    byCountry: await rows(
      `SELECT o.country AS key, COUNT(DISTINCT pp.partnership_id) AS count
         FROM partnership_parties pp
         JOIN organisations o ON o.id = pp.organisation_id
        WHERE pp.partnership_id NOT IN (SELECT id FROM partnerships WHERE archived_at IS NOT NULL)
        GROUP BY o.country`,
    ),
    bySdgTarget: await rows(
      `SELECT pt.target_code AS key, COUNT(*) AS count
         FROM partnership_sdg_targets pt
        WHERE pt.partnership_id NOT IN (SELECT id FROM partnerships WHERE archived_at IS NOT NULL)
        GROUP BY pt.target_code`,
    ),
  };
}
