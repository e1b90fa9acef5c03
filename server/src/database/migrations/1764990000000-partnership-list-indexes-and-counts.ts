import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partnership list at 100,000 rows. Two causes made its cost grow with the table:
 * - The status index did not cover the sort, so every matching row was read and sorted for a page of
 *   25. Partial indexes over the open (not archived) rows, in the orders the lists use, let a page
 *   be read in index order and stop after 25 rows.
 * - The total counted every matching row on each page. `partnership_counts` keeps the number of
 *   partnerships per status, open and archived apart, maintained by triggers in the transaction of
 *   each write (so the seed, a restore or any future writer keeps it true as well), and the list
 *   reads its total from there when its filters are only the status (partnership-totals.ts).
 */
export class PartnershipListIndexesAndCounts1764990000000 implements MigrationInterface {
  name = 'PartnershipListIndexesAndCounts1764990000000';

  async up(runner: QueryRunner): Promise<void> {
    const open = 'WHERE archived_at IS NULL';
    await runner.query(`CREATE INDEX partnerships_open_status_updated ON partnerships (status, updated_at, id) ${open}`);
    await runner.query(`CREATE INDEX partnerships_open_status_code ON partnerships (status, code) ${open}`);
    await runner.query(`CREATE INDEX partnerships_open_updated ON partnerships (updated_at, id) ${open}`);

    await runner.query(`CREATE TABLE partnership_counts (
      status VARCHAR(24) NOT NULL,
      archived INTEGER NOT NULL CHECK (archived IN (0, 1)),
      n INTEGER NOT NULL CHECK (n >= 0),
      PRIMARY KEY (status, archived)
    )`);
    await runner.query(`INSERT INTO partnership_counts (status, archived, n)
      SELECT status, CASE WHEN archived_at IS NULL THEN 0 ELSE 1 END, COUNT(*) FROM partnerships
      GROUP BY status, CASE WHEN archived_at IS NULL THEN 0 ELSE 1 END`);

    if (runner.connection.options.type === 'postgres') await postgresTriggers(runner);
    else await sqliteTriggers(runner);
  }

  async down(): Promise<void> {
    throw new Error('This migration is not reversible: restore from a backup instead.');
  }
}

/**
 * Adds one to a (status, archived) count, creating the row on first use, or takes one away (the row
 * exists then: a plain UPDATE, since an upsert would first test its new row's n = -1 against the CHECK).
 */
const bumpSqlite = (status: string, archived: string, delta: 1 | -1) =>
  delta === 1
    ? `INSERT INTO partnership_counts (status, archived, n) VALUES (${status}, ${archived}, 1)
         ON CONFLICT (status, archived) DO UPDATE SET n = n + 1;`
    : `UPDATE partnership_counts SET n = n - 1 WHERE status = ${status} AND archived = ${archived};`;

async function sqliteTriggers(runner: QueryRunner): Promise<void> {
  const oldArchived = 'CASE WHEN OLD.archived_at IS NULL THEN 0 ELSE 1 END';
  const newArchived = 'CASE WHEN NEW.archived_at IS NULL THEN 0 ELSE 1 END';
  await runner.query(`CREATE TRIGGER partnership_counts_insert AFTER INSERT ON partnerships BEGIN
      ${bumpSqlite('NEW.status', newArchived, 1)}
    END`);
  await runner.query(`CREATE TRIGGER partnership_counts_update AFTER UPDATE OF status, archived_at ON partnerships
    WHEN OLD.status IS NOT NEW.status OR (OLD.archived_at IS NULL) <> (NEW.archived_at IS NULL) BEGIN
      ${bumpSqlite('OLD.status', oldArchived, -1)}
      ${bumpSqlite('NEW.status', newArchived, 1)}
    END`);
  await runner.query(`CREATE TRIGGER partnership_counts_delete AFTER DELETE ON partnerships BEGIN
      ${bumpSqlite('OLD.status', oldArchived, -1)}
    END`);
}

async function postgresTriggers(runner: QueryRunner): Promise<void> {
  // As bumpSqlite: an upsert to add one, a plain UPDATE to take one away.
  await runner.query(`CREATE FUNCTION partnership_counts_bump(s VARCHAR, a INTEGER, delta INTEGER) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF delta > 0 THEN
          INSERT INTO partnership_counts (status, archived, n) VALUES (s, a, delta)
          ON CONFLICT (status, archived) DO UPDATE SET n = partnership_counts.n + delta;
        ELSE
          UPDATE partnership_counts SET n = n + delta WHERE status = s AND archived = a;
        END IF;
      END $$`);
  // A status change moves one count down and another up. Two changes in opposite directions
  // (active → halted beside halted → active) would each lock one row and wait for the other's:
  // the rows are always locked in (status, archived) order, so they never deadlock (the approval,
  // which appends to the trail before it changes the status, locks them first: lockStatusCounts).
  await runner.query(`CREATE FUNCTION partnership_counts_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_archived INTEGER;
        new_archived INTEGER;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM partnership_counts_bump(NEW.status, CASE WHEN NEW.archived_at IS NULL THEN 0 ELSE 1 END, 1);
          RETURN NULL;
        END IF;
        old_archived := CASE WHEN OLD.archived_at IS NULL THEN 0 ELSE 1 END;
        IF TG_OP = 'DELETE' THEN
          PERFORM partnership_counts_bump(OLD.status, old_archived, -1);
          RETURN NULL;
        END IF;
        new_archived := CASE WHEN NEW.archived_at IS NULL THEN 0 ELSE 1 END;
        IF OLD.status = NEW.status AND old_archived = new_archived THEN
          RETURN NULL;
        END IF;
        IF (OLD.status, old_archived) < (NEW.status, new_archived) THEN
          PERFORM partnership_counts_bump(OLD.status, old_archived, -1);
          PERFORM partnership_counts_bump(NEW.status, new_archived, 1);
        ELSE
          PERFORM partnership_counts_bump(NEW.status, new_archived, 1);
          PERFORM partnership_counts_bump(OLD.status, old_archived, -1);
        END IF;
        RETURN NULL;
      END $$`);
  await runner.query(`CREATE TRIGGER partnership_counts_maintain AFTER INSERT OR DELETE OR UPDATE OF status, archived_at ON partnerships
    FOR EACH ROW EXECUTE FUNCTION partnership_counts_maintain()`);
}
