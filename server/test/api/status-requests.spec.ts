import { type ObjectLiteral, Repository } from 'typeorm';
import { AuditChainHeadEntity } from '../../src/audit/audit-chain-head.entity';
import { AuditEventEntity } from '../../src/audit/audit-event.entity';
import { eventHash, hashedContent } from '../../src/audit/event-hash';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

type Partnership = Record<string, unknown> & { id: number; version: number; status: string };
type Request = Record<string, unknown> & { id: number; state: string; partnershipId: number; baseVersion: number };

/** The audit actions this workflow writes (login events and the like are not counted as writes). */
const WRITE_ACTIONS = ['create', 'update', 'archive', 'status_request', 'approve', 'reject', 'withdraw', 'status_change'];

describe(`status-change requests: maker–checker approval (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let manager: string;
  let manager2: string;
  let auditor: string;
  let admin: string;
  const ids: Record<string, number> = {};
  let tokyoOrgId: number;

  beforeAll(async () => {
    t = await startTestApp();
    [officer, manager, manager2, auditor, admin] = await Promise.all(
      ['officer', 'manager', 'manager2', 'auditor', 'admin'].map((username) => t.login(username)),
    );
    for (const row of await t.sql<{ id: number; username: string }>('SELECT id, username FROM users')) ids[row.username] = Number(row.id);
    tokyoOrgId = await t.idOf('organisations', 'name', 'Tokyo Metropolitan Government');
  });
  afterAll(() => t.close());

  // --- helpers -------------------------------------------------------------------------------

  const count = (table: string, where?: string, params?: unknown[]) => t.count(table, where, params);
  /** Everything a workflow write could leave behind. */
  const footprint = async () => ({
    requests: await count('status_requests'),
    pending: await count('status_requests', 'WHERE state = $1', ['pending']),
    history: await count('partnership_status_history'),
    writes: await count('audit_events', `WHERE action IN (${WRITE_ACTIONS.map((_, i) => `$${i + 1}`).join(', ')})`, WRITE_ACTIONS),
    events: await count('audit_events'),
  });

  const createPartnership = async (title: string): Promise<Partnership> => {
    const response = await t
      .http()
      .post('/api/partnerships')
      .set(bearer(officer))
      .send({ title, category: 'international_city', instrument: 'mou', parties: [{ organisationId: tokyoOrgId, role: 'counterpart' }] });
    expect(response.status).toBe(201);
    return response.body;
  };
  const getPartnership = async (id: number): Promise<Partnership> => {
    const response = await t.http().get(`/api/partnerships/${id}`).set(bearer(officer));
    expect(response.status).toBe(200);
    return response.body;
  };
  const request = (body: Record<string, unknown>, token = officer) => t.http().post('/api/status-requests').set(bearer(token)).send(body);
  const approve = (id: number, token = manager, body: Record<string, unknown> = {}) =>
    t.http().post(`/api/status-requests/${id}/approve`).set(bearer(token)).send(body);
  const reject = (id: number, body: Record<string, unknown>, token = manager) =>
    t.http().post(`/api/status-requests/${id}/reject`).set(bearer(token)).send(body);
  const withdraw = (id: number, token = officer) => t.http().post(`/api/status-requests/${id}/withdraw`).set(bearer(token));
  const history = (id: number, token = officer) => t.http().get(`/api/partnerships/${id}/status-history`).set(bearer(token));
  const list = (query: { sort?: unknown; range?: unknown; filter?: unknown } = {}, token = manager) => t.list('/api/status-requests', query, token);
  /** The write events about one record (refused accesses are counted separately). */
  const eventsOf = async (entityType: string, entityId: number) =>
    (await t.dataSource.getRepository(AuditEventEntity).find({ where: { entityType, entityId: String(entityId) }, order: { id: 'ASC' } })).filter(
      (event) => event.action !== 'access_denied',
    );
  const refusalsOf = (entityId: number) =>
    t.dataSource.getRepository(AuditEventEntity).find({
      where: { entityType: 'status-requests', entityId: String(entityId), action: 'access_denied' },
      order: { id: 'ASC' },
    });

  /** Moves a partnership along by request and approval (officer asks, manager decides). */
  const move = async (id: number, toStatus: string, extra: Record<string, unknown> = {}): Promise<Partnership> => {
    const asked = await request({ partnershipId: id, toStatus, ...extra });
    expect(asked.status).toBe(201);
    const decided = await approve(asked.body.id);
    expect(decided.status).toBe(200);
    return getPartnership(id);
  };
  /** A fresh partnership that is active (draft → proposed → under negotiation → active). */
  const activePartnership = async (title: string): Promise<Partnership> => {
    const created = await createPartnership(title);
    await move(created.id, 'proposed');
    await move(created.id, 'under_negotiation');
    return move(created.id, 'active', { signedOn: '2025-03-01' });
  };
  const seeded = async (fragment: string): Promise<Partnership> =>
    getPartnership(Number((await t.sql<{ id: number }>('SELECT id FROM partnerships WHERE title LIKE $1', [`%${fragment}%`]))[0].id));

  const verifyChain = async () => {
    const events = await t.dataSource.getRepository(AuditEventEntity).find({ order: { id: 'ASC' } });
    const problems: string[] = [];
    let prev = '0'.repeat(64);
    events.forEach((event, index) => {
      if (event.id !== index + 1) problems.push(`event at position ${index + 1} has id ${event.id}`);
      if (event.prevHash !== prev) problems.push(`event ${event.id}: prev_hash does not link`);
      const { hash, ...rest } = event;
      if (eventHash(event.prevHash, hashedContent(rest)) !== hash) problems.push(`event ${event.id}: hash does not match`);
      prev = hash;
    });
    expect(problems).toEqual([]);
    expect(await t.dataSource.getRepository(AuditChainHeadEntity).findOneByOrFail({ id: 1 })).toEqual({ id: 1, seq: events.length, hash: prev });
  };

  // --- history from creation ------------------------------------------------------------------

  describe('status history starts at creation', () => {
    it("has the seed's Shenzhen halted for COVID-19 and Zhengzhou nominated", async () => {
      const shenzhen = await seeded('Shenzhen');
      const shenzhenHistory = await history(shenzhen.id, auditor);
      expect(shenzhenHistory.status).toBe(200);
      expect(shenzhenHistory.body).toEqual([
        expect.objectContaining({
          partnershipId: shenzhen.id,
          fromStatus: null,
          toStatus: 'halted',
          reason: 'COVID-19 outbreak',
          requestId: null,
          decidedById: null,
          decidedAt: shenzhen.createdAt,
        }),
      ]);
      const zhengzhou = await seeded('Zhengzhou');
      expect((await history(zhengzhou.id)).body).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'nominated' })]);
    });

    it("records a new partnership's draft status, by its creator, in the creating transaction", async () => {
      const created = await createPartnership('History from creation');
      const response = await history(created.id);
      expect(response.status).toBe(200);
      expect(response.body).toEqual([
        {
          id: expect.any(Number),
          partnershipId: created.id,
          fromStatus: null,
          toStatus: 'draft',
          reason: null,
          effectiveDate: null,
          requestId: null,
          requestedById: null,
          requestedByName: null,
          requestedAt: null,
          decidedById: ids.officer,
          decidedByName: 'Demo Officer',
          decidedAt: created.createdAt,
          comment: null,
        },
      ]);
    });

    it('answers 404 for an unknown partnership, 400 for a bad id, 401 without a session', async () => {
      expect((await history(999999)).status).toBe(404);
      expect((await history(999999)).body.message).toMatch(/does not exist/);
      expect((await t.http().get('/api/partnerships/abc/status-history').set(bearer(officer))).status).toBe(400);
      expect((await t.http().get('/api/partnerships/1/status-history')).status).toBe(401);
    });
  });

  // --- the happy path ---------------------------------------------------------------------------

  describe('an officer asks active → halted, a manager approves', () => {
    let partnership: Partnership;
    let made: Request;

    beforeAll(async () => {
      partnership = await activePartnership('Happy path partnership');
    });

    it('creates a pending request that records the status and version, and leaves the partnership unchanged', async () => {
      const before = await footprint();
      const response = await request({
        partnershipId: partnership.id,
        toStatus: 'halted',
        reason: 'COVID-19 outbreak',
        nextReviewOn: '2026-06-30',
        effectiveDate: '2026-01-15',
      });
      expect(response.status).toBe(201);
      made = response.body;
      expect(made).toEqual({
        id: expect.any(Number),
        partnershipId: partnership.id,
        fromStatus: 'active',
        toStatus: 'halted',
        reason: 'COVID-19 outbreak',
        effectiveDate: '2026-01-15',
        signedOn: null,
        nextReviewOn: '2026-06-30',
        state: 'pending',
        baseVersion: partnership.version,
        requestedById: ids.officer,
        requestedByName: 'Demo Officer',
        requestedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        decidedById: null,
        decidedByName: null,
        decidedAt: null,
        comment: null,
        staleSince: null,
      });
      expect(await getPartnership(partnership.id)).toEqual(partnership);
      const after = await footprint();
      expect(after).toEqual({
        ...before,
        requests: before.requests + 1,
        pending: before.pending + 1,
        writes: before.writes + 1,
        events: before.events + 1,
      });

      const [event] = (await eventsOf('status-requests', made.id)) as AuditEventEntity[];
      expect(event).toMatchObject({ action: 'status_request', actorId: ids.officer, reason: 'COVID-19 outbreak' });
      expect(event.changes).toMatchObject({ state: [null, 'pending'], toStatus: [null, 'halted'], baseVersion: [null, partnership.version] });
    });

    it('shows the request in the approval queue and by id', async () => {
      const queue = await list({ filter: { state: 'pending', partnershipId: partnership.id } });
      expect(queue.status).toBe(200);
      expect(queue.headers['content-range']).toBe('status-requests 0-0/1');
      expect(queue.body).toEqual([made]);
      const one = await t.http().get(`/api/status-requests/${made.id}`).set(bearer(auditor));
      expect(one.status).toBe(200);
      expect(one.body).toEqual(made);
    });

    it('applies the status, its history row and two audit events at once when another manager approves', async () => {
      const before = await footprint();
      const response = await approve(made.id, manager, { comment: 'Agreed: pause until the review.' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: made.id,
        state: 'approved',
        decidedById: ids.manager,
        decidedByName: 'Demo Manager',
        decidedAt: expect.any(String),
        comment: 'Agreed: pause until the review.',
      });

      const after = await getPartnership(partnership.id);
      expect(after).toEqual({
        ...partnership,
        status: 'halted',
        statusReason: 'COVID-19 outbreak',
        nextReviewOn: '2026-06-30',
        version: partnership.version + 1,
        updatedAt: response.body.decidedAt,
        updatedById: ids.manager,
      });

      const rows = (await history(partnership.id)).body;
      expect(rows.map((row: { toStatus: string }) => row.toStatus)).toEqual(['draft', 'proposed', 'under_negotiation', 'active', 'halted']);
      expect(rows[rows.length - 1]).toEqual({
        id: expect.any(Number),
        partnershipId: partnership.id,
        fromStatus: 'active',
        toStatus: 'halted',
        reason: 'COVID-19 outbreak',
        effectiveDate: '2026-01-15',
        requestId: made.id,
        requestedById: ids.officer,
        requestedByName: 'Demo Officer',
        requestedAt: made.requestedAt,
        decidedById: ids.manager,
        decidedByName: 'Demo Manager',
        decidedAt: response.body.decidedAt,
        comment: 'Agreed: pause until the review.',
      });

      expect(await footprint()).toEqual({
        ...before,
        pending: before.pending - 1,
        history: before.history + 1,
        writes: before.writes + 2,
        events: before.events + 2,
      });
      const requestEvents = await eventsOf('status-requests', made.id);
      expect(requestEvents.map((event) => event.action)).toEqual(['status_request', 'approve']);
      expect(requestEvents[1]).toMatchObject({ actorId: ids.manager, reason: 'Agreed: pause until the review.' });
      expect(requestEvents[1].changes).toEqual({
        state: ['pending', 'approved'],
        decidedById: [null, ids.manager],
        decidedAt: [null, response.body.decidedAt],
        comment: [null, 'Agreed: pause until the review.'],
      });
      const partnershipEvents = await eventsOf('partnerships', partnership.id);
      const last = partnershipEvents[partnershipEvents.length - 1];
      expect(last).toMatchObject({ action: 'status_change', actorId: ids.manager, reason: 'COVID-19 outbreak' });
      // Every field of the partnership that changed, so its past can be rebuilt from the trail.
      expect(last.changes).toEqual({
        status: ['active', 'halted'],
        statusReason: [null, 'COVID-19 outbreak'],
        nextReviewOn: [null, '2026-06-30'],
      });
      await verifyChain();

      // The as-of view rebuilds the record from those events: halted now, active while the request waited.
      const asOf = (when: string) => t.http().get(`/api/partnerships/${partnership.id}`).query({ asOf: when }).set(bearer(auditor));
      const { createdAt: _c, updatedAt: _u, ...live } = after;
      expect((await asOf('2999-01-01T00:00:00Z')).body).toMatchObject(live);
      expect((await asOf(made.requestedAt as string)).body).toMatchObject({
        status: 'active',
        statusReason: null,
        nextReviewOn: null,
        version: partnership.version,
      });
    });

    it('goes back to active with a new signed date, clearing the halt reason', async () => {
      const before = await getPartnership(partnership.id);
      const after = await move(partnership.id, 'active', { signedOn: '2026-07-01' });
      expect(after).toMatchObject({
        status: 'active',
        statusReason: null,
        signedOn: '2026-07-01',
        nextReviewOn: '2026-06-30',
        version: before.version + 1,
      });
      const events = await eventsOf('partnerships', partnership.id);
      expect(events[events.length - 1].changes).toEqual({
        status: ['halted', 'active'],
        statusReason: ['COVID-19 outbreak', null],
        signedOn: ['2025-03-01', '2026-07-01'],
      });
    });
  });

  // --- list -----------------------------------------------------------------------------------

  describe('the list', () => {
    it('sorts oldest first by default, filters and pages in the react-admin dialect', async () => {
      const all = await list({ range: [0, 99] });
      expect(all.status).toBe(200);
      const times = (all.body as Request[]).map((row) => row.requestedAt as string);
      expect(times).toEqual([...times].sort());
      expect(all.headers['content-range']).toMatch(/^status-requests 0-\d+\/\d+$/);

      const newest = await list({ sort: ['requestedAt', 'DESC'], range: [0, 0] });
      expect(newest.body[0].id).toBe(all.body[all.body.length - 1].id);

      const approved = await list({ filter: { state: ['approved', 'rejected'], requestedById: ids.officer, toStatus: 'halted' }, range: [0, 99] });
      expect(approved.status).toBe(200);
      expect(approved.body.length).toBeGreaterThan(0);
      for (const row of approved.body as Request[])
        expect(row).toMatchObject({ requestedById: ids.officer, toStatus: 'halted', requestedByName: 'Demo Officer' });

      const some = (all.body as Request[]).slice(0, 2).map((row) => row.id);
      expect((await list({ filter: { id: some } })).body.map((row: Request) => row.id)).toEqual(some);
      expect((await list({ filter: { requestedAt_gte: '2999-01-01' } })).body).toEqual([]);
      expect((await list({ filter: { requestedAt_lte: '2999-01-01' }, range: [0, 99] })).body).toHaveLength(all.body.length);
      expect((await list({ sort: ['decidedAt', 'ASC'] })).status).toBe(200);
      expect((await list({ sort: ['id', 'DESC'] })).body[0].id).toBe(Math.max(...(all.body as Request[]).map((row) => row.id)));
    });

    it('is open to every role, and refuses unknown sorts and filters with 400', async () => {
      for (const token of [officer, manager, auditor, admin]) expect((await list({}, token)).status).toBe(200);
      expect((await list({ sort: ['reason', 'ASC'] })).status).toBe(400);
      expect((await list({ filter: { comment: 'x' } })).status).toBe(400);
      expect((await t.http().get('/api/status-requests/999999').set(bearer(officer))).status).toBe(404);
    });
  });

  // --- refusals of a request ----------------------------------------------------------------------

  describe('refused requests write nothing', () => {
    it('refuses a target the lifecycle does not allow, naming the allowed ones (422)', async () => {
      const shenzhen = await seeded('Shenzhen');
      const before = await footprint();
      const wrong = await request({ partnershipId: shenzhen.id, toStatus: 'completed' });
      expect(wrong.status).toBe(422);
      expect(wrong.body.message).toMatch(/From Halted a partnership can go to: Active, Terminated\./);
      expect(wrong.body.errors.toStatus).toMatch(/Active, Terminated/);

      const draft = await createPartnership('Draft cannot jump to active');
      const before2 = await footprint();
      const jump = await request({ partnershipId: draft.id, toStatus: 'active', signedOn: '2025-01-01' });
      expect(jump.status).toBe(422);
      expect(jump.body.message).toMatch(/From Draft a partnership can go to: Proposed, Nominated\./);
      const same = await request({ partnershipId: draft.id, toStatus: 'draft' });
      expect(same.status).toBe(422);
      expect(await footprint()).toEqual(before2);
      expect(before2.requests).toBe(before.requests);
    });

    it('refuses a request without what its target needs (422 with errors per field)', async () => {
      const shenzhen = await seeded('Shenzhen');
      const active = await seeded('Tashkent');
      const before = await footprint();

      const halted = await request({ partnershipId: active.id, toStatus: 'halted' });
      expect(halted.status).toBe(422);
      expect(Object.keys(halted.body.errors).sort()).toEqual(['nextReviewOn', 'reason']);
      expect(halted.body.message).toMatch(/Halted needs/);

      const blankReason = await request({ partnershipId: active.id, toStatus: 'halted', reason: '   ', nextReviewOn: '2026-01-01' });
      expect(blankReason.status).toBe(422);
      expect(Object.keys(blankReason.body.errors)).toEqual(['reason']);

      const noSignedDate = await request({ partnershipId: shenzhen.id, toStatus: 'active', reason: 'Talks resumed' });
      expect(noSignedDate.status).toBe(422);
      expect(Object.keys(noSignedDate.body.errors)).toEqual(['signedOn']);

      const terminated = await request({ partnershipId: active.id, toStatus: 'terminated' });
      expect(terminated.status).toBe(422);
      expect(Object.keys(terminated.body.errors)).toEqual(['reason']);

      const misplaced = await request({ partnershipId: active.id, toStatus: 'completed', signedOn: '2025-01-01', nextReviewOn: '2026-01-01' });
      expect(misplaced.status).toBe(422);
      expect(Object.keys(misplaced.body.errors).sort()).toEqual(['nextReviewOn', 'signedOn']);

      expect(await footprint()).toEqual(before);
    });

    it('refuses an unknown or archived partnership (422), a malformed body (400) and the read-only roles (403)', async () => {
      const archived = await createPartnership('Archived before any request');
      expect((await t.http().delete(`/api/partnerships/${archived.id}`).set(bearer(manager))).status).toBe(200);
      const tashkent = await seeded('Tashkent');
      const before = await footprint();

      const unknown = await request({ partnershipId: 999999, toStatus: 'proposed' });
      expect(unknown.status).toBe(422);
      expect(unknown.body.errors.partnershipId).toBeDefined();
      const gone = await request({ partnershipId: archived.id, toStatus: 'proposed' });
      expect(gone.status).toBe(422);
      expect(gone.body.message).toMatch(/archived/);

      const malformed = [
        await request({}),
        await request({ partnershipId: tashkent.id, toStatus: 'flying' }),
        await request({ partnershipId: 'one', toStatus: 'completed' }),
        await request({ partnershipId: tashkent.id, toStatus: 'completed', effectiveDate: '2025-02-30' }),
        await request({ partnershipId: tashkent.id, toStatus: 'completed', state: 'approved' }),
      ];
      expect(malformed.map((response) => response.status)).toEqual([400, 400, 400, 400, 400]);
      expect(malformed[0].body.errors).toHaveProperty('partnershipId');
      expect(malformed[0].body.errors).toHaveProperty('toStatus');

      for (const token of [auditor, admin]) {
        const refused = await request({ partnershipId: tashkent.id, toStatus: 'completed' }, token);
        expect(refused.status).toBe(403);
      }
      const after = await footprint();
      expect({ ...after, events: 0 }).toEqual({ ...before, events: 0 });
    });

    it('allows one open request per partnership (409), and a new one once it is closed', async () => {
      const partnership = await createPartnership('One open request at a time');
      const first = await request({ partnershipId: partnership.id, toStatus: 'proposed' });
      expect(first.status).toBe(201);
      const before = await footprint();
      const second = await request({ partnershipId: partnership.id, toStatus: 'nominated' }, manager);
      expect(second.status).toBe(409);
      expect(second.body.message).toMatch(/already has a pending status-change request/);
      expect(second.body.message).toMatch(/Demo Officer/);
      expect(await footprint()).toEqual(before);

      expect((await withdraw(first.body.id)).status).toBe(200);
      expect((await request({ partnershipId: partnership.id, toStatus: 'nominated' }, manager)).status).toBe(201);
    });

    it("maps the database's one-pending index to the same 409 when the check misses a concurrent request", async () => {
      const partnership = await createPartnership('Race the check cannot see');
      expect((await request({ partnershipId: partnership.id, toStatus: 'proposed' })).status).toBe(201);
      // Make the service's own check blind, as if the other request had not committed yet.
      const original = Repository.prototype.findOne;
      const spy = jest.spyOn(Repository.prototype, 'findOne').mockImplementation(function (this: Repository<ObjectLiteral>, options) {
        const where = (options as { where?: { state?: string } }).where;
        if (this.metadata.tableName === 'status_requests' && where?.state === 'pending') return Promise.resolve(null);
        return original.call(this, options);
      });
      try {
        const before = await footprint();
        const second = await request({ partnershipId: partnership.id, toStatus: 'nominated' }, manager);
        expect(second.status).toBe(409);
        expect(second.body.message).toMatch(/already has a pending status-change request/);
        expect(await footprint()).toEqual(before);
      } finally {
        spy.mockRestore();
      }
    });

    it('gives concurrent requests for one partnership exactly one 201, the rest a clean 409', async () => {
      const partnership = await createPartnership('Racing requests');
      const responses = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          request({ partnershipId: partnership.id, toStatus: i % 2 ? 'proposed' : 'nominated' }, i % 2 ? officer : manager),
        ),
      );
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
      for (const refused of responses.filter((response) => response.status === 409)) {
        expect(refused.body.message).toMatch(/already has a pending status-change request/);
      }
      expect(await count('status_requests', 'WHERE partnership_id = $1', [partnership.id])).toBe(1);
    });
  });

  // --- deciding -----------------------------------------------------------------------------------

  describe('who may decide', () => {
    it('refuses officers, auditors and admins (403), and the requester even when a manager (four-eyes)', async () => {
      const partnership = await createPartnership('Four eyes');
      const byManager = await request({ partnershipId: partnership.id, toStatus: 'proposed', reason: 'Concept note received' }, manager);
      expect(byManager.status).toBe(201);
      const before = await footprint();

      for (const token of [officer, auditor, admin]) {
        expect((await approve(byManager.body.id, token)).status).toBe(403);
        expect((await reject(byManager.body.id, { comment: 'No' }, token)).status).toBe(403);
      }
      const own = await approve(byManager.body.id, manager);
      expect(own.status).toBe(403);
      expect(own.body.message).toMatch(/you cannot approve or reject it/i);
      expect(own.body.message).toMatch(/four-eyes/);
      const ownReject = await reject(byManager.body.id, { comment: 'Changed my mind' }, manager);
      expect(ownReject.status).toBe(403);
      // Each refusal is one access_denied event, the four-eyes ones included; nothing else is written.
      const refusals = await refusalsOf(byManager.body.id);
      expect(refusals).toHaveLength(8);
      expect(refusals.slice(-2)).toEqual([
        expect.objectContaining({
          actorId: ids.manager,
          reason: expect.stringMatching(/^POST \/api\/status-requests\/\d+\/approve: You made this request yourself/),
        }),
        expect.objectContaining({ actorId: ids.manager, reason: expect.stringMatching(/^POST \/api\/status-requests\/\d+\/reject: /) }),
      ]);

      const after = await footprint();
      expect({ ...after, events: 0 }).toEqual({ ...before, events: 0 });
      expect((await t.http().get(`/api/status-requests/${byManager.body.id}`).set(bearer(officer))).body.state).toBe('pending');
      expect((await getPartnership(partnership.id)).status).toBe('draft');

      const other = await approve(byManager.body.id, manager2);
      expect(other.status).toBe(200);
      expect(other.body).toMatchObject({
        state: 'approved',
        requestedById: ids.manager,
        decidedById: ids.manager2,
        decidedByName: 'Demo Manager Two',
      });
      expect((await getPartnership(partnership.id)).status).toBe('proposed');
    });

    it('refuses approval as stale (409) when the partnership was edited after the request, and keeps it pending', async () => {
      const partnership = await createPartnership('Edited while waiting');
      const made = await request({ partnershipId: partnership.id, toStatus: 'nominated' });
      expect(made.status).toBe(201);
      const edited = await t
        .http()
        .put(`/api/partnerships/${partnership.id}`)
        .set(bearer(officer))
        .send({ ...partnership, summary: 'Now with a summary' });
      expect(edited.status).toBe(200);

      const before = await footprint();
      const stale = await approve(made.body.id, manager);
      expect(stale.status).toBe(409);
      expect(stale.body.message).toMatch(/The partnership changed since this request was made; review it again/);
      expect(stale.body.message).toMatch(/Demo Officer/);
      expect(stale.body.current).toMatchObject({ version: partnership.version + 1, updatedBy: 'Demo Officer' });
      expect(await footprint()).toEqual(before);
      expect((await t.http().get(`/api/status-requests/${made.body.id}`).set(bearer(manager))).body.state).toBe('pending');
      expect(await getPartnership(partnership.id)).toMatchObject({ status: 'draft', version: partnership.version + 1 });

      // It can still be rejected (that changes nothing on the partnership) and then asked for anew.
      expect((await reject(made.body.id, { comment: 'Stale: please ask again' })).status).toBe(200);
      expect((await move(partnership.id, 'nominated')).status).toBe('nominated');
    });

    it('treats a decision as final (409 naming who decided and when)', async () => {
      const partnership = await createPartnership('Decided once');
      const made = await request({ partnershipId: partnership.id, toStatus: 'proposed' });
      const approved = await approve(made.body.id, manager);
      expect(approved.status).toBe(200);
      const before = await footprint();

      const again = await approve(made.body.id, manager2);
      expect(again.status).toBe(409);
      expect(again.body.message).toMatch(/already approved by Demo Manager at \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(MYT\)/);
      expect((await reject(made.body.id, { comment: 'Too late' }, manager2)).status).toBe(409);
      const late = await withdraw(made.body.id);
      expect(late.status).toBe(409);
      expect(late.body.message).toMatch(/already approved by Demo Manager/);
      expect(await footprint()).toEqual(before);
    });

    it('needs a comment to reject (400), and a rejection leaves the partnership as it was', async () => {
      const partnership = await activePartnership('Rejected halt');
      const made = await request({ partnershipId: partnership.id, toStatus: 'halted', reason: 'Budget freeze', nextReviewOn: '2026-12-31' });
      const before = await footprint();
      for (const body of [{}, { comment: '' }, { comment: '   ' }, { comment: 42 }]) {
        const refused = await reject(made.body.id, body);
        expect(refused.status).toBe(400);
        expect(refused.body.errors).toHaveProperty('comment');
      }
      expect(await footprint()).toEqual(before);

      const rejected = await reject(made.body.id, { comment: 'The budget is confirmed after all.' });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({
        state: 'rejected',
        decidedById: ids.manager,
        decidedByName: 'Demo Manager',
        comment: 'The budget is confirmed after all.',
      });
      expect(await getPartnership(partnership.id)).toEqual(partnership);
      expect(await footprint()).toEqual({ ...before, pending: before.pending - 1, writes: before.writes + 1, events: before.events + 1 });
      const events = await eventsOf('status-requests', made.body.id);
      expect(events.map((event) => event.action)).toEqual(['status_request', 'reject']);
      expect(events[1]).toMatchObject({ reason: 'The budget is confirmed after all.' });
      expect(events[1].changes).toMatchObject({ state: ['pending', 'rejected'] });
      expect((await history(partnership.id)).body.map((row: { toStatus: string }) => row.toStatus)).toEqual([
        'draft',
        'proposed',
        'under_negotiation',
        'active',
      ]);
    });

    it('approves without a body at all (the comment is optional)', async () => {
      const partnership = await createPartnership('Approved without comment');
      const made = await request({ partnershipId: partnership.id, toStatus: 'proposed' });
      const response = await t.http().post(`/api/status-requests/${made.body.id}/approve`).set(bearer(manager));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ state: 'approved', comment: null });
    });

    it('lets exactly one of ten concurrent approvals through, the rest 409, with one history row', async () => {
      const partnership = await createPartnership('Ten approvers at once');
      const made = await request({ partnershipId: partnership.id, toStatus: 'nominated', reason: 'UCLG ASPAC nomination' });
      expect(made.status).toBe(201);
      const historyBefore = await count('partnership_status_history', 'WHERE partnership_id = $1', [partnership.id]);

      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) => approve(made.body.id, i % 2 ? manager : manager2, { comment: `approver ${i}` })),
      );
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(9);
      for (const refused of responses.filter((response) => response.status === 409)) expect(refused.body.message).toMatch(/already approved by/);

      expect(await count('partnership_status_history', 'WHERE partnership_id = $1', [partnership.id])).toBe(historyBefore + 1);
      expect(await count('partnership_status_history', 'WHERE request_id = $1', [made.body.id])).toBe(1);
      expect(await getPartnership(partnership.id)).toMatchObject({ status: 'nominated', version: partnership.version + 1 });
      expect((await eventsOf('status-requests', made.body.id)).map((event) => event.action)).toEqual(['status_request', 'approve']);
      expect((await eventsOf('partnerships', partnership.id)).map((event) => event.action)).toEqual(['create', 'status_change']);
      await verifyChain();
    });

    it('lets an approval and an edit of its partnership race without a deadlock: one of them wins, the other is refused (409)', async () => {
      for (let round = 0; round < 8; round++) {
        const partnership = await createPartnership(`Approval races an edit, round ${round}`);
        const made = await request({ partnershipId: partnership.id, toStatus: 'proposed' });
        expect(made.status).toBe(201);
        const [approved, edited] = await Promise.all([
          approve(made.body.id),
          t
            .http()
            .put(`/api/partnerships/${partnership.id}`)
            .set(bearer(officer))
            .send({ version: partnership.version, title: `Edited, round ${round}` }),
        ]);
        // Never a 500 (a deadlock PostgreSQL broke by failing one of them), and never both.
        expect([approved.status, edited.status].sort()).toEqual([200, 409]);
        const now = await getPartnership(partnership.id);
        expect(now).toMatchObject(
          approved.status === 200 ? { status: 'proposed', title: partnership.title } : { status: 'draft', title: `Edited, round ${round}` },
        );
        expect(now.version).toBe(partnership.version + 1);
      }
      await verifyChain();
    });
  });

  // --- withdrawing ----------------------------------------------------------------------------------

  describe('withdrawing', () => {
    it('is for the requester only (403 for anyone else), and is audited', async () => {
      const partnership = await createPartnership('Withdrawn request');
      const made = await request({ partnershipId: partnership.id, toStatus: 'proposed' });
      const before = await footprint();

      const byOther = await withdraw(made.body.id, manager);
      expect(byOther.status).toBe(403);
      expect(byOther.body.message).toMatch(/Only the person who made this request \(Demo Officer\)/);
      for (const token of [auditor, admin]) expect((await withdraw(made.body.id, token)).status).toBe(403);
      expect((await refusalsOf(made.body.id)).map((event) => event.actorId)).toEqual([ids.manager, ids.auditor, ids.admin]);
      expect((await withdraw(999999)).status).toBe(404);
      const after = await footprint();
      expect({ ...after, events: 0 }).toEqual({ ...before, events: 0 });

      const withdrawn = await withdraw(made.body.id);
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toMatchObject({ state: 'withdrawn', decidedById: null, decidedAt: expect.any(String) });
      const events = await eventsOf('status-requests', made.body.id);
      expect(events.map((event) => event.action)).toEqual(['status_request', 'withdraw']);
      expect(events[1].changes).toEqual({ state: ['pending', 'withdrawn'], decidedAt: [null, withdrawn.body.decidedAt] });
      expect(await getPartnership(partnership.id)).toEqual(partnership);

      const twice = await withdraw(made.body.id);
      expect(twice.status).toBe(409);
      expect(twice.body.message).toMatch(/already withdrawn by Demo Officer/);
      expect((await approve(made.body.id, manager)).status).toBe(409);
    });
  });
});
