/**
 * The generator's promises: the same seed gives the same database; the audit trail is a valid
 * chain by the app's own verify; each row is what its trail says (the app's as-of view rebuilds
 * it from the events); and the bookkeeping tables agree with the rows.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { readPartnershipAsOf } from '../../server/dist/partnerships/partnership-as-of.js';
import { appServices } from '../lib/app-services.mjs';
import { appDataSource, TINY, tinyDatabases } from '../lib/test-support.mjs';
import { BENCH_USERS } from '../config.mjs';
import { notificationsPerOwner, TABLES } from './dataset.mjs';

function digest(file) {
  const db = new Database(file, { readonly: true });
  const hashes = {};
  for (const table of [...Object.keys(TABLES), 'audit_chain_head', 'sdg_targets']) {
    hashes[table] = createHash('sha256')
      .update(JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().all()))
      .digest('hex');
  }
  db.close();
  return hashes;
}

describe('the generated database', () => {
  let one;
  let same;
  let other;
  before(async () => {
    one = await tinyDatabases({ seed: 7 });
    same = await tinyDatabases({ seed: 7, postgres: false });
    other = await tinyDatabases({ seed: 8, postgres: false });
  });
  after(async () => {
    await Promise.all([one, same, other].map((databases) => databases?.drop()));
  });

  test('is the same for the same seed, table by table, and different for another seed', () => {
    assert.deepEqual(digest(same.sqlite.file), digest(one.sqlite.file));
    assert.equal(same.summary.headHash, one.summary.headHash);
    assert.notEqual(other.summary.headHash, one.summary.headHash);
    assert.notDeepEqual(digest(other.sqlite.file).partnerships, digest(one.sqlite.file).partnerships);
  });

  for (const backend of ['sqlite', 'postgres']) {
    test(`holds a chain the app's own verify accepts (${backend})`, async () => {
      const dataSource = await appDataSource(one[backend].url);
      try {
        const verdict = await appServices(dataSource).auditEvents.verify({});
        assert.deepEqual(verdict, { valid: true, count: TINY.auditEvents, headHash: one.summary.headHash });
      } finally {
        await dataSource.destroy();
      }
    });

    test(`holds partnerships as their audit trail tells them: the as-of view of now is the record (${backend})`, async () => {
      const dataSource = await appDataSource(one[backend].url);
      try {
        const { partnerships } = appServices(dataSource);
        for (let id = 1; id <= TINY.partnerships; id++) {
          const record = await partnerships.getOne(id);
          const { asOf: _asOf, ...rebuilt } = await readPartnershipAsOf(dataSource.manager, id, '2100-01-01T00:00:00.000Z');
          assert.deepEqual(rebuilt, record, `partnership ${id}`);
        }
      } finally {
        await dataSource.destroy();
      }
    });
  }

  test('keeps the maintained counts in agreement with the rows on PostgreSQL too', async () => {
    const client = new pg.Client({ connectionString: one.postgres.url });
    await client.connect();
    try {
      const rows = async (sql) => (await client.query(sql)).rows.map((row) => Object.values(row).map(String));
      assert.deepEqual(
        await rows('SELECT status, archived, n FROM partnership_counts WHERE n > 0 ORDER BY status, archived'),
        await rows(
          'SELECT status, CASE WHEN archived_at IS NULL THEN 0 ELSE 1 END AS archived, COUNT(*) AS n FROM partnerships GROUP BY 1, 2 ORDER BY 1, 2',
        ),
      );
      assert.deepEqual(
        await rows('SELECT entity_type, action, n FROM audit_event_counts WHERE n > 0 ORDER BY entity_type, action'),
        await rows('SELECT entity_type, action, COUNT(*) AS n FROM audit_events GROUP BY 1, 2 ORDER BY 1, 2'),
      );
    } finally {
      await client.end();
    }
  });

  test('has the size asked for, and bookkeeping that agrees with the rows', () => {
    const db = new Database(one.sqlite.file, { readonly: true });
    const count = (sql) => db.prepare(sql).pluck().get();
    try {
      assert.equal(count('SELECT COUNT(*) FROM partnerships'), TINY.partnerships);
      assert.equal(count('SELECT COUNT(*) FROM organisations'), TINY.organisations);
      assert.equal(count('SELECT COUNT(*) FROM milestones'), TINY.partnerships * TINY.milestonesPerPartnership);
      assert.equal(count('SELECT COUNT(*) FROM audit_events'), TINY.auditEvents);
      assert.equal(count('SELECT seq FROM audit_chain_head'), TINY.auditEvents);
      // The bell's notifications: as many for each owner, exactly a fifth unread, each about a partnership of theirs.
      const each = notificationsPerOwner(TINY);
      assert.equal(count(`SELECT COUNT(*) FROM (SELECT user_id, COUNT(*) AS n FROM notifications GROUP BY 1) WHERE n <> ${each}`), 0);
      assert.equal(count(`SELECT COUNT(*) FROM notifications WHERE user_id = ${BENCH_USERS.officer.id}`), each);
      assert.equal(count('SELECT COUNT(*) FROM notifications WHERE read_at IS NULL'), count('SELECT COUNT(*) FROM notifications') / 5);
      assert.equal(count('SELECT COUNT(*) FROM notifications n JOIN partnerships p ON p.id = n.partnership_id WHERE p.owner_id <> n.user_id'), 0);
      // 2–3 parties, the first the counterpart; 1–4 SDG targets each.
      assert.equal(
        count('SELECT COUNT(*) FROM (SELECT partnership_id, COUNT(*) AS n FROM partnership_parties GROUP BY 1) WHERE n NOT BETWEEN 2 AND 3'),
        0,
      );
      assert.equal(count("SELECT COUNT(*) FROM partnership_parties WHERE position = 0 AND role <> 'counterpart'"), 0);
      assert.equal(
        count('SELECT COUNT(*) FROM (SELECT partnership_id, COUNT(*) AS n FROM partnership_sdg_targets GROUP BY 1) WHERE n NOT BETWEEN 1 AND 4'),
        0,
      );
      assert.equal(count('SELECT COUNT(DISTINCT partnership_id) FROM partnership_sdg_targets'), TINY.partnerships);
      // Each year's code counter is the year's last code; each partnership's history starts with its status.
      assert.equal(
        count(
          `SELECT COUNT(*) FROM code_sequences s WHERE s.last_value <> (SELECT MAX(CAST(substr(code, 14) AS INTEGER)) FROM partnerships WHERE substr(code, 1, 12) = s.scope)`,
        ),
        0,
      );
      assert.equal(
        count('SELECT COUNT(*) FROM partnerships p JOIN partnership_status_history h ON h.partnership_id = p.id AND h.to_status = p.status'),
        TINY.partnerships,
      );
      // The maintained counts (kept by triggers during the load) agree with the rows they count.
      assert.deepEqual(
        db.prepare('SELECT status, archived, n FROM partnership_counts WHERE n > 0 ORDER BY status, archived').all(),
        db
          .prepare(
            'SELECT status, CASE WHEN archived_at IS NULL THEN 0 ELSE 1 END AS archived, COUNT(*) AS n FROM partnerships GROUP BY 1, 2 ORDER BY 1, 2',
          )
          .all(),
      );
      assert.deepEqual(
        db.prepare('SELECT entity_type, action, n FROM audit_event_counts WHERE n > 0 ORDER BY entity_type, action').all(),
        db.prepare('SELECT entity_type, action, COUNT(*) AS n FROM audit_events GROUP BY 1, 2 ORDER BY 1, 2').all(),
      );
      // The triggers that keep the trail append-only are back in place after the load (and the one that counts events).
      assert.equal(count("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('audit_events', 'audit_chain_head')"), 6);
      assert.throws(() => new Database(one.sqlite.file).prepare("UPDATE audit_events SET reason = 'x' WHERE id = 1").run(), /append-only/);
    } finally {
      db.close();
    }
  });
});
