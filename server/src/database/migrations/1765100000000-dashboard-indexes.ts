import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's attention groups at 100,000 partnerships and 300,000 milestones. Each group is a
 * count and a first page of a list (dashboard.service.ts); without these, each read its whole table:
 * - review due (`next_review_on <= today`, open rows, in review-date order): an index over the open
 *   rows in that order, which also answers the count from the index alone;
 * - overdue milestones (due, neither done nor cancelled): the count from an index over the open
 *   milestones' due dates, and the page in the list's own order (`COALESCE(due_on, '9999-12-31')`,
 *   undated last) from an index on that expression, so the first rows are read, not sorted;
 * - expiring and expired (active, `expires_on` in a range, in expiry order): an index on status and
 *   expiry over the open rows;
 * - dormant (nothing since a date): each candidate's milestones looked up by partnership and time;
 * - the counts by category (an index over the open rows' categories) and by SDG target and country,
 *   which leave out the few archived partnerships by their ids (an index holding only those).
 * The WHERE of each index is written as the queries write it: a partial index is used only when
 * the query's condition contains the index's.
 */
export class DashboardIndexes1765100000000 implements MigrationInterface {
  name = 'DashboardIndexes1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    const open = 'WHERE archived_at IS NULL';
    const unfinished = "WHERE status NOT IN ('done', 'cancelled')";
    await runner.query(`CREATE INDEX partnerships_open_review ON partnerships (next_review_on, id) ${open}`);
    await runner.query(`CREATE INDEX partnerships_open_status_expiry ON partnerships (status, expires_on, id) ${open}`);
    await runner.query(`CREATE INDEX partnerships_open_category ON partnerships (category) ${open}`);
    await runner.query('CREATE INDEX partnerships_archived ON partnerships (id) WHERE archived_at IS NOT NULL');
    await runner.query('CREATE INDEX milestones_partnership_updated ON milestones (partnership_id, updated_at)');
    await runner.query(`CREATE INDEX milestones_unfinished_due ON milestones (due_on) ${unfinished}`);
    await runner.query(`CREATE INDEX milestones_unfinished_due_order ON milestones ((COALESCE(due_on, '9999-12-31')), id) ${unfinished}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const index of [
      'milestones_unfinished_due_order',
      'milestones_unfinished_due',
      'milestones_partnership_updated',
      'partnerships_archived',
      'partnerships_open_category',
      'partnerships_open_status_expiry',
      'partnerships_open_review',
    ])
      await runner.query(`DROP INDEX ${index}`);
  }
}
