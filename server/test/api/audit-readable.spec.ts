import type { AuditEventView } from '@klch/shared';
import { READ_AND_SIGN_IN_ACTIONS } from '@klch/shared';
import { countQueries } from '../support/query-counter';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/** GET /api/audit-events as a person reads it: names beside ids, a partnership's whole history, reads set apart. */
describe(`the audit trail, readable (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let manager: string;
  let auditor: string;
  let officerId: number;
  let managerId: number;
  /** A partnership made for these tests, and another one whose events must stay out of its history. */
  let mine: number;
  let other: number;
  let counterpart: number;

  const list = (filter: Record<string, unknown>, range: [number, number] = [0, 499], token = auditor) =>
    t.list('/api/audit-events', { filter, sort: ['id', 'ASC'], range }, token);
  const events = async (filter: Record<string, unknown>): Promise<AuditEventView[]> => {
    const response = await list(filter);
    expect(response.status).toBe(200);
    return response.body;
  };
  const newPartnership = async (title: string, body: Record<string, unknown> = {}) => {
    const response = await t
      .http()
      .post('/api/partnerships')
      .set(bearer(officer))
      .send({ title, category: 'international_city', instrument: 'mou', ...body });
    expect(response.status).toBe(201);
    return response.body as { id: number; version: number };
  };

  const newMilestone = (body: Record<string, unknown>) =>
    t
      .http()
      .post('/api/milestones')
      .set(bearer(officer))
      .send({ kind: 'visit', dueOn: '2030-01-01', ...body });

  beforeAll(async () => {
    t = await startTestApp();
    [officer, manager, auditor] = await Promise.all([t.login('officer'), t.login('manager'), t.login('auditor')]);
    [officerId, managerId] = [await t.userId('officer'), await t.userId('manager')];
    counterpart = Number((await t.sql<{ id: number }>('SELECT id FROM organisations WHERE name LIKE $1', ['%Tashkent%']))[0].id);
    mine = (await newPartnership('Sister city nomination: Zhengzhou', { parties: [{ organisationId: counterpart, role: 'counterpart' }] })).id;
    other = (await newPartnership('Another partnership entirely')).id;
  });
  afterAll(() => t.close());

  describe('names beside ids', () => {
    it("names the event's record, the owner and the parties of its changes, by resource and id", async () => {
      const [created] = await events({ entityType: 'partnerships', entityId: String(mine) });
      expect(created.action).toBe('create');
      const counterpartName = (await t.sql<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [counterpart]))[0].name;
      expect(created.names).toEqual({
        [`partnerships:${mine}`]: 'Sister city nomination: Zhengzhou',
        [`users:${officerId}`]: 'Demo Officer',
        [`organisations:${counterpart}`]: counterpartName,
      });
      // The stored event is unchanged beside them: the chain still verifies.
      const verify = await t.http().get('/api/audit-events/verify').set(bearer(auditor));
      expect(verify.body).toMatchObject({ valid: true });
    });

    it('shows one event with its names too', async () => {
      const [created] = await events({ entityType: 'partnerships', entityId: String(mine) });
      const one = await t.http().get(`/api/audit-events/${created.id}`).set(bearer(auditor));
      expect(one.status).toBe(200);
      expect(one.body.names).toEqual(created.names);
    });

    it('names what an audit read filtered on (the partnership, the actor)', async () => {
      await events({ partnershipId: mine, actorId: managerId });
      const [read] = (await events({ action: 'audit_read' })).slice(-1);
      expect(JSON.parse(read.reason!)).toMatchObject({ filter: { partnershipId: mine, actorId: managerId } });
      expect(read.names).toMatchObject({ [`partnerships:${mine}`]: 'Sister city nomination: Zhengzhou', [`users:${managerId}`]: 'Demo Manager' });
    });

    it("has no name for a record since deleted (the UI falls back on the event's own values)", async () => {
      const milestone = await newMilestone({ partnershipId: other, title: 'Gone soon' });
      expect(milestone.status).toBe(201);
      expect((await t.http().delete(`/api/milestones/${milestone.body.id}`).set(bearer(manager))).status).toBe(200);
      const [created] = await events({ entityType: 'milestones', entityId: String(milestone.body.id) });
      expect(created.names[`milestones:${milestone.body.id}`]).toBeUndefined();
      expect(created.names[`partnerships:${other}`]).toBe('Another partnership entirely');
    });

    it('costs one statement for the names of a page, whether it holds one event or fifty', async () => {
      const counter = countQueries(t.dataSource);
      try {
        const page = async (range: [number, number]) => {
          const { result, queries } = await counter.during(() => list({}, range));
          expect(result.status).toBe(200);
          return queries;
        };
        const naming = (queries: Array<{ sql: string }>) => queries.filter((query) => /UNION ALL/.test(query.sql));
        const one = await page([0, 0]);
        const fifty = await page([0, 49]);
        expect(naming(one)).toHaveLength(1);
        expect(naming(fifty).map((query) => query.sql)).toEqual(naming(one).map((query) => query.sql));
      } finally {
        counter.stop();
      }
    });
  });

  describe("a partnership's whole history (partnershipId)", () => {
    it('holds its own events and those of its milestones, documents and status-change requests (decided too), not another partnership’s', async () => {
      const milestone = await newMilestone({ partnershipId: mine, title: 'Signing ceremony' });
      expect(milestone.status).toBe(201);
      const otherMilestone = await newMilestone({ partnershipId: other, title: 'Elsewhere' });
      expect(otherMilestone.status).toBe(201);
      const document = await t
        .http()
        .post('/api/documents')
        .set(bearer(officer))
        .field('partnershipId', String(mine))
        .field('category', 'signed_agreement')
        .attach('file', Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), 'signed.pdf');
      expect(document.status).toBe(201);
      const asked = await t
        .http()
        .post('/api/status-requests')
        .set(bearer(officer))
        .send({ partnershipId: mine, toStatus: 'nominated', reason: 'Ready' });
      expect(asked.status).toBe(201);
      const approved = await t.http().post(`/api/status-requests/${asked.body.id}/approve`).set(bearer(manager)).send({});
      expect(approved.status).toBe(200);

      const history = await events({ partnershipId: mine });
      const kinds = history.map((event) => `${event.entityType}:${event.action}`);
      expect(kinds).toEqual(
        expect.arrayContaining([
          'partnerships:create',
          'milestones:create',
          'documents:upload',
          'status-requests:status_request',
          'status-requests:approve',
          'partnerships:status_change',
        ]),
      );
      expect(history.some((event) => event.entityType === 'milestones' && event.entityId === String(otherMilestone.body.id))).toBe(false);
      expect(history.some((event) => event.entityType === 'partnerships' && event.entityId === String(other))).toBe(false);
      // Named as a person reads them.
      const milestoneEvent = history.find((event) => event.entityType === 'milestones')!;
      expect(milestoneEvent.names[`milestones:${milestone.body.id}`]).toBe('Signing ceremony');
      // The total agrees with the rows.
      const response = await list({ partnershipId: mine }, [0, 1]);
      expect(response.headers['content-range']).toBe(`audit-events 0-1/${history.length}`);
    });

    it('keeps the events of a milestone after it is deleted, with its delete', async () => {
      const milestone = await newMilestone({ partnershipId: mine, title: 'Cancelled visit' });
      expect(milestone.status).toBe(201);
      const id = String(milestone.body.id);
      const edited = await t
        .http()
        .put(`/api/milestones/${id}`)
        .set(bearer(officer))
        .send({ ...milestone.body, title: 'Cancelled visit (moved)' });
      expect(edited.status).toBe(200);
      expect((await t.http().delete(`/api/milestones/${id}`).set(bearer(manager))).status).toBe(200);
      const ofIt = (await events({ partnershipId: mine })).filter((event) => event.entityType === 'milestones' && event.entityId === id);
      expect(ofIt.map((event) => event.action)).toEqual(['create', 'update', 'delete']);
      // Not the other partnership's.
      expect((await events({ partnershipId: other })).some((event) => event.entityType === 'milestones' && event.entityId === id)).toBe(false);
    });

    it('answers an empty history for a partnership that does not exist, and refuses an id that is not one', async () => {
      expect(await events({ partnershipId: 999999 })).toEqual([]);
      const bad = await list({ partnershipId: 'four' });
      expect(bad.status).toBe(400);
    });
  });

  describe('reads and sign-ins set apart (reads)', () => {
    it('false leaves out reads and routine sign-ins, true selects only them, and both totals are right', async () => {
      await t.login('auditor'); // a sign-in
      await events({}); // an audit read
      const all = await events({});
      const isRead = (event: AuditEventView) => (READ_AND_SIGN_IN_ACTIONS as readonly string[]).includes(event.action);
      const hidden = await events({ reads: false });
      const only = await events({ reads: true });
      expect(hidden.some(isRead)).toBe(false);
      expect(hidden.some((event) => event.action === 'create')).toBe(true);
      expect(only.length).toBeGreaterThan(0);
      expect(only.every(isRead)).toBe(true);
      expect(only.map((event) => event.action)).toEqual(expect.arrayContaining(['login', 'audit_read']));
      // Each list reads itself after it answered: by the last one, two more reads than `all` saw.
      expect(hidden.length + only.length).toBe(all.length + 2);
      const totalOf = async (filter: Record<string, unknown>) => {
        const response = await list(filter, [0, 0]);
        return Number(/\/(\d+)$/.exec(response.headers['content-range'])![1]);
      };
      const hiddenTotal = await totalOf({ reads: false });
      expect(hiddenTotal).toBe(hidden.length);
      expect(await totalOf({ reads: false, entityType: 'partnerships' })).toBe(hidden.filter((event) => event.entityType === 'partnerships').length);
      // Failed sign-ins and refusals are not routine: they stay.
      await t.http().post('/api/auth/login').send({ username: 'officer', password: 'wrong-password-1' });
      expect((await events({ reads: false })).some((event) => event.action === 'login_failed')).toBe(true);
    });

    it('refuses a value that is not true or false', async () => {
      expect((await list({ reads: 'no' })).status).toBe(400);
    });
  });

  describe('the actors the filter picks from (GET /api/audit-events/actors)', () => {
    it('lists every account by name with its role, to auditors', async () => {
      const response = await t.http().get('/api/audit-events/actors').set(bearer(auditor));
      expect(response.status).toBe(200);
      expect(response.body).toEqual(
        expect.arrayContaining([
          { id: officerId, fullName: 'Demo Officer', role: 'officer' },
          { id: managerId, fullName: 'Demo Manager', role: 'manager' },
        ]),
      );
      const names = response.body.map((actor: { fullName: string }) => actor.fullName);
      expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it('is refused to those who may not read the trail', async () => {
      expect((await t.http().get('/api/audit-events/actors').set(bearer(officer))).status).toBe(403);
      expect((await t.http().get('/api/audit-events/actors')).status).toBe(401);
    });
  });
});
