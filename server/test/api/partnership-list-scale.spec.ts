import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';
import { countQueries, type QueryCounter, selectsFrom } from '../support/query-counter';

/**
 * The partnership list and a get at any size: a fixed number of queries per page and per record
 * (no N+1), and the list's total read from `partnership_counts`, which the database's triggers keep
 * equal to the rows it counts through every kind of write.
 */
describe(`partnership list at scale (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let manager: string;
  let organisations: number[];
  let counter: QueryCounter;
  /** The statements the app sends while `work` runs. */
  const statementsOf = async (work: () => Promise<unknown>) => {
    const { queries } = await counter.during(work);
    return { count: queries.length, statements: queries.map((query) => query.sql) };
  };

  const create = async (title: string, parties: number, targets: string[]) => {
    const response = await t
      .http()
      .post('/api/partnerships')
      .set(bearer(officer))
      .send({
        title,
        category: 'international_city',
        instrument: 'mou',
        parties: organisations.slice(0, parties).map((organisationId) => ({ organisationId, role: 'counterpart' })),
        sdgTargets: targets,
      });
    expect(response.status).toBe(201);
    return response.body as { id: number; version: number };
  };
  const list = (filter: Record<string, unknown>, range: [number, number]) =>
    t.list('/api/partnerships', { filter, range, sort: ['updatedAt', 'DESC'] }, officer);
  const totalOf = (response: { headers: Record<string, string> }) => Number(response.headers['content-range'].split('/')[1]);
  const countRows = (where: string, params: unknown[] = []) => t.count('partnerships', `WHERE ${where}`, params);

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.login('officer');
    manager = await t.login('manager');
    counter = countQueries(t.dataSource);
    organisations = (await t.sql<{ id: number }>('SELECT id FROM organisations ORDER BY id')).map((row) => Number(row.id));
    for (let i = 0; i < 30; i++) await create(`Scale test partnership ${i}`, 1 + (i % 4), ['17.16', '11.3', '6.1'].slice(0, 1 + (i % 3)));
  });
  afterAll(async () => {
    counter.stop();
    await t.close();
  });

  it('reads a list page in the same number of queries for 2 rows as for 30', async () => {
    for (const filter of [{}, { status: 'draft' }, { q: 'scale test' }, { status: ['draft', 'active'] }]) {
      const small = await statementsOf(async () => expect((await list(filter, [0, 1])).status).toBe(200));
      const large = await statementsOf(async () => {
        const response = await list(filter, [0, 29]);
        expect(response.status).toBe(200);
        expect(response.body.length).toBeGreaterThan(2);
      });
      expect({ filter, count: large.count }).toEqual({ filter, count: small.count });
    }
  });

  it('reads a partnership in the same number of queries with one party and target as with four and three', async () => {
    const few = await create('Few links', 1, ['17.16']);
    const many = await create('Many links', 4, ['17.16', '11.3', '6.1']);
    const get = (id: number) =>
      statementsOf(async () => expect((await t.http().get(`/api/partnerships/${id}`).set(bearer(officer))).status).toBe(200));
    expect((await get(many.id)).count).toBe((await get(few.id)).count);
  });

  it("checks an edit's parties and owner only when it changes them: a deactivated owner does not block a new title", async () => {
    const admin = await t.login('admin');
    const made = await t
      .http()
      .post('/api/users')
      .set(bearer(admin))
      .send({ username: 'leaving-officer', fullName: 'Leaving Officer', role: 'officer', password: 'Tropical-monsoon-season-2026' });
    expect(made.status).toBe(201);
    const created = await create('Owned by a leaving officer', 2, ['17.16']);
    const put = (record: Record<string, unknown>) => t.http().put(`/api/partnerships/${created.id}`).set(bearer(officer)).send(record);
    let record = (await put({ ...(await t.http().get(`/api/partnerships/${created.id}`).set(bearer(officer))).body, ownerId: made.body.id })).body;
    expect(record.ownerId).toBe(made.body.id);
    expect((await t.http().delete(`/api/users/${made.body.id}`).set(bearer(admin))).status).toBe(200);

    // The whole record sent back with a new title: no read of organisations or of the owner's account.
    const edit = await counter.during(() => put({ ...record, title: 'Owned by a leaving officer (renamed)' }));
    expect(edit.result.status).toBe(200);
    record = edit.result.body;
    expect(selectsFrom(edit.queries, 'organisations')).toHaveLength(0);
    expect(selectsFrom(edit.queries, 'users').filter((query) => /\bactive\b/.test(query.sql))).toHaveLength(0);

    // A party that does not exist, or choosing the deactivated owner again, is still checked and refused.
    const officerId = (await t.sql<{ id: number }>("SELECT id FROM users WHERE username = 'officer'"))[0].id;
    const withParty = await counter.during(() =>
      put({ ...record, ownerId: Number(officerId), parties: [...record.parties, { organisationId: 999_999, role: 'counterpart' }] }),
    );
    expect(withParty.result.status).toBe(422);
    expect(Object.keys(withParty.result.body.errors)).toEqual(['parties.2.organisationId']);
    expect(selectsFrom(withParty.queries, 'organisations')).toHaveLength(1);
    const handedOver = await put({ ...record, ownerId: Number(officerId) });
    expect(handedOver.status).toBe(200);
    const back = await put({ ...handedOver.body, ownerId: made.body.id });
    expect(back.status).toBe(422);
    expect(Object.keys(back.body.errors)).toEqual(['ownerId']);
  });

  it('answers the total of a status list from partnership_counts, not by counting rows', async () => {
    const drafts = await countRows("status = 'draft' AND archived_at IS NULL");
    let total = -1;
    const counted = await statementsOf(async () => (total = totalOf(await list({ status: 'draft' }, [0, 9]))));
    expect(total).toBe(drafts);
    expect(counted.statements.some((statement) => /partnership_counts/.test(statement))).toBe(true);
    expect(counted.statements.some((statement) => /COUNT\(/i.test(statement))).toBe(false);
    // Filters the counts do not cover still count the rows.
    const searched = await statementsOf(async () => expect(totalOf(await list({ q: 'scale test' }, [0, 9]))).toBe(30));
    expect(searched.statements.some((statement) => /COUNT\(/i.test(statement))).toBe(true);
  });

  it('keeps every total equal to the rows it counts through creates, status changes and archiving', async () => {
    const target = await create('Soon active, then archived', 1, ['17.16']);
    // Proposed, then approved: a status change through the workflow moves one count down and another up.
    const asked = await t
      .http()
      .post('/api/status-requests')
      .set(bearer(officer))
      .send({ partnershipId: target.id, toStatus: 'proposed', reason: 'Ready' });
    expect(asked.status).toBe(201);
    expect((await t.http().post(`/api/status-requests/${asked.body.id}/approve`).set(bearer(manager)).send({})).status).toBe(200);
    expect((await t.http().delete(`/api/partnerships/${target.id}`).set(bearer(manager))).status).toBe(200);

    const statuses = (await t.sql<{ status: string }>('SELECT DISTINCT status FROM partnerships')).map((row) => row.status);
    expect(statuses.length).toBeGreaterThan(1);
    for (const status of statuses) {
      expect({ status, total: totalOf(await list({ status }, [0, 0])) }).toEqual({
        status,
        total: await countRows('status = $1 AND archived_at IS NULL', [status]),
      });
      expect({ status, archived: totalOf(await list({ status, archived: true }, [0, 0])) }).toEqual({
        status,
        archived: await countRows('status = $1 AND archived_at IS NOT NULL', [status]),
      });
    }
    expect(totalOf(await list({}, [0, 0]))).toBe(await countRows('archived_at IS NULL'));
    expect(totalOf(await list({ archived: true }, [0, 0]))).toBe(await countRows('archived_at IS NOT NULL'));
    expect(totalOf(await list({ status: [] }, [0, 0]))).toBe(0);
    // Writes outside the app keep them true as well (the triggers are the database's, not the app's).
    await t.sql("UPDATE partnerships SET status = 'halted' WHERE id = $1", [target.id]);
    expect(totalOf(await list({ status: 'halted', archived: true }, [0, 0]))).toBe(await countRows("status = 'halted' AND archived_at IS NOT NULL"));
  });

  it('takes the count rows in one order: approvals racing creates and archives all succeed (no deadlock) and the counts stay true', async () => {
    const drafts = [];
    for (let i = 0; i < 12; i++) drafts.push(await create(`Race draft ${i}`, 1, ['17.16']));
    const asked = [];
    for (const draft of drafts) {
      const response = await t
        .http()
        .post('/api/status-requests')
        .set(bearer(officer))
        .send({ partnershipId: draft.id, toStatus: 'proposed', reason: 'Ready' });
      expect(response.status).toBe(201);
      asked.push(response.body.id as number);
    }
    const doomed = [];
    for (let i = 0; i < 6; i++) doomed.push(await create(`Race archive ${i}`, 1, ['17.16']));
    // An approval appends its decision, then changes the status (a draft count down, a proposed one up);
    // a create adds to the draft count, then appends; an archive moves a draft count to archived.
    const answers = await Promise.all([
      ...asked.map((id) => t.http().post(`/api/status-requests/${id}/approve`).set(bearer(manager)).send({})),
      ...Array.from({ length: 12 }, (_, i) =>
        t
          .http()
          .post('/api/partnerships')
          .set(bearer(officer))
          .send({ title: `Race create ${i}`, category: 'international_city', instrument: 'mou' }),
      ),
      ...doomed.map((draft) => t.http().delete(`/api/partnerships/${draft.id}`).set(bearer(manager))),
    ]);
    expect(answers.map((answer) => answer.status).filter((status) => status >= 300)).toEqual([]);
    for (const status of ['draft', 'proposed']) {
      expect({ status, total: totalOf(await list({ status }, [0, 0])) }).toEqual({
        status,
        total: await countRows('status = $1 AND archived_at IS NULL', [status]),
      });
    }
    expect(totalOf(await list({ archived: true }, [0, 0]))).toBe(await countRows('archived_at IS NOT NULL'));
  });
});
