import type { AuditAction, Resource } from '@klch/shared';
import { AuditService } from '../../src/audit/audit.service';
import { AuditTrailAtScale1765000000000 } from '../../src/database/migrations/1765000000000-audit-trail-at-scale';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { countQueries, type QueryCounter, type RecordedQuery, selectsFrom } from '../support/query-counter';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/**
 * What keeps the audit log fast however long the trail grows (the figures are in the benchmarks):
 * totals from the counts a trigger keeps, each filter's newest page read from an index, and a page
 * costing the same few queries whatever its size.
 */
describe(`the audit log at scale: maintained totals, indexes, queries per page (${DB_KIND})`, () => {
  let t: TestApp;
  let auditor: string;
  let officer: string;
  let counter: QueryCounter;
  let partnershipId: number;

  beforeAll(async () => {
    t = await startTestApp();
    [auditor, officer] = await Promise.all([t.login('auditor'), t.login('officer')]);
    counter = countQueries(t.dataSource);
    // Events of several kinds besides the demo data's creations: an update, a refused write, reads of the trail.
    partnershipId = Number((await t.sql<{ id: number }>('SELECT MIN(id) AS id FROM partnerships'))[0].id);
    const [partnership] = await t.sql<{ version: number }>('SELECT version FROM partnerships WHERE id = $1', [partnershipId]);
    const update = await t
      .http()
      .put(`/api/partnerships/${partnershipId}`)
      .set(bearer(officer))
      .send({ version: partnership.version, title: 'Renamed for the audit counts' });
    expect(update.status).toBe(200);
    expect((await t.http().put(`/api/partnerships/${partnershipId}`).set(bearer(auditor)).send({ version: 1 })).status).toBe(403);
    expect((await list({})).status).toBe(200);
    await appendNotes(3);
  });
  afterAll(async () => {
    counter.stop();
    await t.close();
  });

  const list = (filter: Record<string, unknown>, range: [number, number] = [0, 9]) =>
    t.list('/api/audit-events', { filter, range, sort: ['id', 'DESC'] }, auditor);
  /** The total a list answers in Content-Range (`audit-events 0-9/123`). */
  const totalOf = async (filter: Record<string, unknown>) => {
    const response = await list(filter);
    expect(response.status).toBe(200);
    return Number(/\/(\d+)$/.exec(String(response.headers['content-range']))![1]);
  };
  /** COUNT(*) of the events matching `where`: what the total must be. */
  const counted = (where: string, params: unknown[] = []) => t.count('audit_events', where ? `WHERE ${where}` : '', params);
  /** Events of a test-only kind through the app's own append (queue, lock, chain, triggers). */
  const appendNotes = async (n: number, entityType = 'test-notes', entityId?: string) => {
    await t.app.get(TransactionRunner).write(async (manager) => {
      for (let i = 0; i < n; i++) {
        await t.app
          .get(AuditService)
          .append(
            manager,
            { id: null, name: 'system', role: null, requestId: null },
            { action: 'note' as AuditAction, entityType: entityType as Resource, entityId: entityId ?? String(i) },
          );
      }
    });
  };
  const maintainedCounts = async () =>
    (await t.sql<{ entity_type: string; action: string; n: number | string }>('SELECT entity_type, action, n FROM audit_event_counts'))
      .map((row) => `${row.entity_type}/${row.action}: ${Number(row.n)}`)
      .sort();
  const groupCounts = async () =>
    (
      await t.sql<{ entity_type: string; action: string; n: number | string }>(
        'SELECT entity_type, action, COUNT(*) AS n FROM audit_events GROUP BY entity_type, action',
      )
    )
      .map((row) => `${row.entity_type}/${row.action}: ${Number(row.n)}`)
      .sort();

  /** Every filter the maintained counts answer, with the condition that counts the same events. */
  const COVERED: Array<[Record<string, unknown>, string, unknown[]]> = [
    [{}, '', []],
    [{ entityType: 'partnerships' }, 'entity_type = $1', ['partnerships']],
    [{ entityType: 'audit-events' }, 'entity_type = $1', ['audit-events']],
    [{ action: 'create' }, 'action = $1', ['create']],
    [{ action: ['update', 'access_denied'] }, 'action IN ($1, $2)', ['update', 'access_denied']],
    [
      { entityType: ['partnerships', 'test-notes'], action: ['update', 'note'] },
      'entity_type IN ($1, $2) AND action IN ($3, $4)',
      ['partnerships', 'test-notes', 'update', 'note'],
    ],
    [{ entityType: 'partnerships', action: 'login' }, 'entity_type = $1 AND action = $2', ['partnerships', 'login']],
    [{ entityType: [] }, '1 = 0', []],
  ];

  it('keeps one count per entity type and action equal to the events, through appends of several kinds', async () => {
    expect(await maintainedCounts()).toEqual(await groupCounts());
    await appendNotes(2, 'test-other-notes');
    expect((await list({ entityType: 'users' })).status).toBe(200);
    expect(await maintainedCounts()).toEqual(await groupCounts());
    expect(await maintainedCounts()).toEqual(expect.arrayContaining(['test-other-notes/note: 2', 'test-notes/note: 3']));
  });

  it.each(COVERED)('answers the total for %j equal to counting the events', async (filter, where, params) => {
    // Counted first: the list appends its own audit_read after reading.
    const expected = await counted(where, params);
    expect(await totalOf(filter)).toBe(expected);
  });

  it('reads those totals from the maintained counts; the other filters count the events', async () => {
    // Off by 1000 on purpose: a total that follows the counts table is read from it.
    await t.sql("UPDATE audit_event_counts SET n = n + 1000 WHERE entity_type = 'partnerships' AND action = 'update'");
    try {
      expect(await totalOf({ entityType: 'partnerships' })).toBe((await counted('entity_type = $1', ['partnerships'])) + 1000);
      expect(await totalOf({ action: 'update' })).toBe((await counted('action = $1', ['update'])) + 1000);
      const all = await counted('');
      expect(await totalOf({})).toBe(all + 1000);
      const uncovered: Array<[Record<string, unknown>, string, unknown[]]> = [
        [
          { entityType: 'partnerships', entityId: String(partnershipId) },
          'entity_type = $1 AND entity_id = $2',
          ['partnerships', String(partnershipId)],
        ],
        [
          { entityType: 'partnerships', actorId: await t.userId('officer') },
          'entity_type = $1 AND actor_id = $2',
          ['partnerships', await t.userId('officer')],
        ],
        [{ action: 'update', at_gte: '2000-01-01' }, 'action = $1', ['update']],
        [{ entityType: 'partnerships', id: [1, 2, 3] }, 'entity_type = $1 AND id IN (1, 2, 3)', ['partnerships']],
      ];
      for (const [filter, where, params] of uncovered) expect(await totalOf(filter)).toBe(await counted(where, params));
    } finally {
      await t.sql("UPDATE audit_event_counts SET n = n - 1000 WHERE entity_type = 'partnerships' AND action = 'update'");
    }
  });

  it('starts the counts from the events already stored when the migration runs on a trail that has some', async () => {
    const migration = new AuditTrailAtScale1765000000000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await appendNotes(4, 'test-before-the-counts');
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await maintainedCounts()).toEqual(expect.arrayContaining(['test-before-the-counts/note: 4']));
    expect(await maintainedCounts()).toEqual(await groupCounts());
    await appendNotes(1, 'test-before-the-counts');
    expect(await maintainedCounts()).toEqual(await groupCounts());
    expect(await totalOf({ entityType: 'test-before-the-counts' })).toBe(5);
  });

  /** The statements one list request sends, and its answer. */
  const listQueries = async (filter: Record<string, unknown>, range: [number, number]) => {
    const { result, queries } = await counter.during(() => list(filter, range));
    expect(result.status).toBe(200);
    return { response: result, queries };
  };

  describe('each filter of the log reads its newest page from an index, in the order it is asked for', () => {
    /** The plan of a recorded statement, one line per step, on the database it was sent to. */
    const planOf = async (query: RecordedQuery): Promise<string[]> => {
      if (DB_KIND === 'sqlite') {
        return (await t.dataSource.query(`EXPLAIN QUERY PLAN ${query.sql}`, query.parameters)).map((row: { detail: string }) => row.detail);
      }
      // A test database is a few hundred rows, which PostgreSQL would rather read whole and sort: with
      // both off, a plan still sorts or scans only when no index can serve the query.
      const runner = t.dataSource.createQueryRunner();
      try {
        await runner.query('SET enable_seqscan = off');
        await runner.query('SET enable_sort = off');
        return (await runner.query(`EXPLAIN ${query.sql}`, query.parameters)).map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN']);
      } finally {
        await runner.query('RESET enable_seqscan');
        await runner.query('RESET enable_sort');
        await runner.release();
      }
    };
    const sorts = (plan: string[]) => plan.some((line) => (DB_KIND === 'sqlite' ? /TEMP B-TREE/.test(line) : /\bSort\b|Seq Scan/.test(line)));

    it.each([
      [{ entityType: 'partnerships' }, 'audit_events_type_id'],
      [{ entityType: 'partnerships', entityId: '1' }, 'audit_events_entity_id'],
      [{ actorId: 1 }, 'audit_events_actor_id'],
      [{ action: 'update' }, 'audit_events_action_id'],
    ])('%j: page and count through %s, nothing sorted', async (filter, index) => {
      const { queries } = await listQueries(filter, [0, 24]);
      const reads = selectsFrom(queries, 'audit_events');
      expect(reads.length).toBeGreaterThanOrEqual(1);
      for (const read of reads) {
        const plan = await planOf(read);
        expect({ sql: read.sql, plan, sorts: sorts(plan) }).toEqual({
          sql: read.sql,
          plan: expect.arrayContaining([expect.stringContaining(index)]),
          sorts: false,
        });
      }
    });

    it('sorted by time, newest first: read from the (at, id) index', async () => {
      const { queries } = await counter.during(() => t.list('/api/audit-events', { sort: ['at', 'DESC'], range: [0, 24] }, auditor));
      const page = selectsFrom(queries, 'audit_events').find((query) => /ORDER BY/.test(query.sql))!;
      const plan = await planOf(page);
      expect(plan).toEqual(expect.arrayContaining([expect.stringContaining('audit_events_at_id')]));
      expect(sorts(plan)).toBe(false);
    });
  });

  describe('a page costs the same queries whatever its size (no query per event)', () => {
    it.each([
      ['the audit log', { entityType: 'partnerships' }],
      ["a record's Audit tab", { entityType: 'partnerships', entityId: 'tab' }],
      ['the audit log, unfiltered', {}],
    ])('%s', async (_name, filter) => {
      await appendNotes(60, 'partnerships', 'tab');
      await list(filter); // the first request of a session may do its own bookkeeping (last seen)
      const one = await listQueries(filter, [0, 0]);
      const fifty = await listQueries(filter, [0, 49]);
      expect(fifty.response.body).toHaveLength(50);
      // The same statements, but for the values the driver inlines (a LIMIT, the new event's id).
      const shape = (queries: RecordedQuery[]) => queries.map((query) => query.sql.replace(/\b\d+\b/g, 'n'));
      expect(shape(fifty.queries)).toEqual(shape(one.queries));
      // The read (a total, a page) and its own audit_read append (head, event, head again, in a transaction).
      expect(fifty.queries.length).toBeLessThanOrEqual(12);
    });
  });
});
