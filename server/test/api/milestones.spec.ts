import { addDays, todayInKualaLumpur } from '../../src/database/timestamps';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

type Row = Record<string, unknown> & { id: number; title: string; version: number; status: string; overdue: boolean };

/** A date `offset` days from today in Kuala Lumpur, the calendar the app reckons "overdue" by. */
const day = (offset: number) => addDays(todayInKualaLumpur(), offset);

describe(`milestones API (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let manager: string;
  let auditor: string;
  let admin: string;
  let officerId: number;
  let managerId: number;
  let auditorId: number;
  /** Two seeded partnerships: milestones are added to them as each test needs. */
  let tokyo: number;
  let tashkent: number;
  /** A fresh partnership per test that needs an empty one. */
  const newPartnership = async (title: string): Promise<number> => {
    const response = await t.http().post('/api/partnerships').set(bearer(officer)).send({ title, category: 'international_city', instrument: 'mou' });
    expect(response.status).toBe(201);
    return response.body.id as number;
  };

  beforeAll(async () => {
    t = await startTestApp();
    [officer, manager, auditor, admin] = await Promise.all([t.login('officer'), t.login('manager'), t.login('auditor'), t.login('admin')]);
    [officerId, managerId, auditorId] = [await t.userId('officer'), await t.userId('manager'), await t.userId('auditor')];
    const partnershipId = async (fragment: string) =>
      Number((await t.sql<{ id: number }>('SELECT id FROM partnerships WHERE title LIKE $1', [`%${fragment}%`]))[0].id);
    tokyo = await partnershipId('Tokyo');
    tashkent = await partnershipId('Tashkent');
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>, token = officer) => t.http().post('/api/milestones').set(bearer(token)).send(body);
  const put = (id: number, body: Record<string, unknown>, token = officer) => t.http().put(`/api/milestones/${id}`).set(bearer(token)).send(body);
  const getOne = async (id: number, token = officer): Promise<Row> => {
    const response = await t.http().get(`/api/milestones/${id}`).set(bearer(token));
    expect(response.status).toBe(200);
    return response.body;
  };
  const list = (query: { sort?: unknown; range?: unknown; filter?: unknown } = {}, token = officer) => t.list('/api/milestones', query, token);
  const made = async (body: Record<string, unknown>, token = officer): Promise<Row> => {
    const response = await create(body, token);
    expect(response.status).toBe(201);
    return response.body;
  };
  const eventsOf = async (id: number) =>
    (await t.eventsOf('milestones', id)).map((event) => ({
      action: event.action,
      actorId: Number(event.actor_id),
      changes: JSON.parse(event.changes) as Record<string, [unknown, unknown]>,
    }));

  describe('create', () => {
    it('adds a planned milestone owned by its creator, with overdue derived, audited with its fields', async () => {
      const response = await create({ partnershipId: tokyo, title: '  Study visit to Tokyo  ', kind: 'visit', dueOn: day(30) });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(Number),
        partnershipId: tokyo,
        title: 'Study visit to Tokyo',
        kind: 'visit',
        dueOn: day(30),
        completedOn: null,
        status: 'planned',
        overdue: false,
        ownerId: officerId,
        ownerName: 'Demo Officer',
        notes: null,
        completedById: null,
        completedByName: null,
        completedAt: null,
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        createdById: officerId,
        updatedById: officerId,
      });
      expect(await getOne(response.body.id, auditor)).toEqual(response.body);

      const events = await eventsOf(response.body.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: 'create', actorId: officerId });
      expect(events[0].changes).toMatchObject({
        partnershipId: [null, tokyo],
        title: [null, 'Study visit to Tokyo'],
        status: [null, 'planned'],
        ownerId: [null, officerId],
      });
      // Derived fields are not history.
      expect(Object.keys(events[0].changes)).not.toEqual(expect.arrayContaining(['overdue']));
      expect(events[0].changes.ownerName).toBeUndefined();
    });

    it('refuses a body that does not pass validation (400, field by field), unknown fields included, and writes nothing', async () => {
      const before = await t.sql('SELECT id FROM milestones');
      const cases: Array<[Record<string, unknown>, string[]]> = [
        [{ partnershipId: tokyo }, ['title', 'kind']],
        [{ partnershipId: tokyo, title: '   ', kind: 'visit' }, ['title']],
        [{ partnershipId: tokyo, title: 'x', kind: 'party' }, ['kind']],
        [{ partnershipId: tokyo, title: 'x', kind: 'visit', status: 'overdue' }, ['status']],
        [{ partnershipId: tokyo, title: 'x', kind: 'visit', dueOn: '2025-02-30' }, ['dueOn']],
        [{ partnershipId: tokyo, title: 'x', kind: 'visit', dueOn: '30/06/2025' }, ['dueOn']],
        [{ partnershipId: 'Tokyo', title: 'x', kind: 'visit' }, ['partnershipId']],
        [{ title: 'x', kind: 'visit' }, ['partnershipId']],
        [{ partnershipId: tokyo, title: 'x', kind: 'visit', overdue: true }, ['overdue']],
        [{ partnershipId: tokyo, title: 'x'.repeat(301), kind: 'visit' }, ['title']],
      ];
      for (const [body, fields] of cases) {
        const response = await create(body);
        expect({ body, status: response.status }).toEqual({ body, status: 400 });
        expect(Object.keys(response.body.errors).sort()).toEqual([...fields].sort());
        expect(response.body.message).toMatch(/Please correct/);
      }
      expect(await t.sql('SELECT id FROM milestones')).toEqual(before);
    });

    it('refuses an unknown or archived partnership (422 on partnershipId)', async () => {
      const unknown = await create({ partnershipId: 999_999, title: 'Visit', kind: 'visit' });
      expect(unknown.status).toBe(422);
      expect(unknown.body.errors).toEqual({ partnershipId: 'partnership 999999 does not exist' });

      const archivedId = await newPartnership('Short-lived MoU');
      expect((await t.http().delete(`/api/partnerships/${archivedId}`).set(bearer(manager))).status).toBe(200);
      const archived = await create({ partnershipId: archivedId, title: 'Visit', kind: 'visit' });
      expect(archived.status).toBe(422);
      expect(archived.body.message).toMatch(/archived/);
      expect(archived.body.errors).toEqual({ partnershipId: 'the partnership is archived' });
      expect(await t.sql('SELECT id FROM milestones WHERE partnership_id = $1', [archivedId])).toEqual([]);
    });

    it('takes an owner who is an active officer or manager, refuses anyone else (422)', async () => {
      expect((await made({ partnershipId: tashkent, title: 'Owned by the manager', kind: 'report', ownerId: managerId })).ownerName).toBe(
        'Demo Manager',
      );
      expect((await made({ partnershipId: tashkent, title: 'Unowned', kind: 'report', ownerId: null })).ownerId).toBeNull();
      for (const ownerId of [auditorId, 999_999]) {
        const response = await create({ partnershipId: tashkent, title: 'Owned by the auditor', kind: 'report', ownerId });
        expect(response.status).toBe(422);
        expect(response.body.errors).toEqual({ ownerId: 'the owner must be an active officer or manager' });
      }
    });
  });

  describe('list (react-admin getList / getManyReference)', () => {
    let partnership: number;
    let other: number;
    const ids: Record<string, number> = {};

    beforeAll(async () => {
      partnership = await newPartnership('Milestone list partnership');
      other = await newPartnership('Another partnership');
      const rows: Array<[string, Record<string, unknown>]> = [
        ['late', { title: 'Alpha report', kind: 'report', dueOn: day(-1) }],
        ['lateButDone', { title: 'Bravo signing', kind: 'signing', dueOn: day(-1), status: 'done' }],
        ['lateButCancelled', { title: 'Charlie event', kind: 'event', dueOn: day(-10), status: 'cancelled' }],
        ['lateInProgress', { title: 'Delta pilot', kind: 'pilot', dueOn: day(-3), status: 'in_progress', ownerId: managerId }],
        ['dueToday', { title: 'Echo workshop', kind: 'workshop', dueOn: day(0) }],
        ['future', { title: 'Foxtrot training', kind: 'training', dueOn: day(40) }],
        ['undated', { title: 'Golf study', kind: 'study' }],
      ];
      for (const [key, body] of rows) ids[key] = (await made({ partnershipId: partnership, ...body })).id;
      ids.elsewhere = (await made({ partnershipId: other, title: 'Hotel review', kind: 'review', dueOn: day(-5) })).id;
    });

    const idsOf = (body: Row[]) => body.map((row) => row.id);

    it("gives one partnership's milestones (getManyReference), by due date with undated last, and Content-Range", async () => {
      const response = await list({ filter: { partnershipId: partnership }, sort: ['dueOn', 'ASC'], range: [0, 24] });
      expect(response.status).toBe(200);
      expect(response.headers['content-range']).toBe('milestones 0-6/7');
      expect(idsOf(response.body)).toEqual([
        ids.lateButCancelled,
        ids.lateInProgress,
        ids.late,
        ids.lateButDone,
        ids.dueToday,
        ids.future,
        ids.undated,
      ]);
      // The default sort is the same.
      expect(idsOf((await list({ filter: { partnershipId: partnership } })).body)).toEqual(idsOf(response.body));

      const page = await list({ filter: { partnershipId: partnership }, range: [2, 3] });
      expect(page.headers['content-range']).toBe('milestones 2-3/7');
      expect(idsOf(page.body)).toEqual([ids.late, ids.lateButDone]);

      const byTitle = await list({ filter: { partnershipId: [partnership, other] }, sort: ['title', 'DESC'] });
      expect(byTitle.body.map((row: Row) => row.title)).toEqual([
        'Hotel review',
        'Golf study',
        'Foxtrot training',
        'Echo workshop',
        'Delta pilot',
        'Charlie event',
        'Bravo signing',
        'Alpha report',
      ]);
    });

    it('derives overdue in every answer: due before today and neither done nor cancelled', async () => {
      const overdue = Object.fromEntries(
        ((await list({ filter: { partnershipId: partnership } })).body as Row[]).map((row) => [row.id, row.overdue]),
      );
      expect(overdue).toEqual({
        [ids.late]: true,
        [ids.lateInProgress]: true,
        [ids.lateButDone]: false,
        [ids.lateButCancelled]: false,
        [ids.dueToday]: false,
        [ids.future]: false,
        [ids.undated]: false,
      });
      expect((await getOne(ids.late)).overdue).toBe(true);
      expect((await getOne(ids.lateButDone)).overdue).toBe(false);
    });

    it('filters overdue in SQL, and overdue:false is exactly the rest', async () => {
      const yes = await list({ filter: { partnershipId: partnership, overdue: true } });
      expect(yes.status).toBe(200);
      expect(idsOf(yes.body).sort()).toEqual([ids.late, ids.lateInProgress].sort());
      expect(yes.headers['content-range']).toBe('milestones 0-1/2');
      const no = await list({ filter: { partnershipId: partnership, overdue: false } });
      expect(idsOf(no.body).sort()).toEqual([ids.lateButDone, ids.lateButCancelled, ids.dueToday, ids.future, ids.undated].sort());
      // Across partnerships too (the string form react-admin may send works as well).
      const everywhere = idsOf((await list({ filter: { overdue: 'true' }, range: [0, 99] })).body);
      expect(everywhere).toEqual(expect.arrayContaining([ids.late, ids.lateInProgress, ids.elsewhere]));
      expect(everywhere).not.toContain(ids.lateButDone);
    });

    it('filters by status (one or several), kind, owner, due-date range and id', async () => {
      const ofPartnership = (filter: Record<string, unknown>) =>
        list({ filter: { partnershipId: partnership, ...filter } }).then((r) => idsOf(r.body).sort());
      expect(await ofPartnership({ status: 'done' })).toEqual([ids.lateButDone]);
      expect(await ofPartnership({ status: ['done', 'cancelled'] })).toEqual([ids.lateButDone, ids.lateButCancelled].sort());
      expect(await ofPartnership({ kind: 'workshop' })).toEqual([ids.dueToday]);
      expect(await ofPartnership({ ownerId: managerId })).toEqual([ids.lateInProgress]);
      expect(await ofPartnership({ dueOn_gte: day(-3), dueOn_lte: day(0) })).toEqual(
        [ids.late, ids.lateButDone, ids.lateInProgress, ids.dueToday].sort(),
      );
      expect(await ofPartnership({ id: [ids.future, ids.elsewhere] })).toEqual([ids.future]);
    });

    it('refuses sorting or filtering by anything else (400), and answers auditors', async () => {
      for (const query of [
        { sort: ['secret', 'ASC'] },
        { filter: { notes: 'x' } },
        { filter: { overdue: 'maybe' } },
        { filter: { dueOn_gte: 'soon' } },
      ]) {
        const response = await list(query);
        expect(response.status).toBe(400);
        expect(typeof response.body.message).toBe('string');
      }
      const asAuditor = await list({ filter: { partnershipId: partnership } }, auditor);
      expect(asAuditor.status).toBe(200);
      expect(asAuditor.body).toHaveLength(7);
    });
  });

  describe('completion', () => {
    it('records who completed a milestone and when, keeps it while done, clears it when it leaves done', async () => {
      const start = new Date().toISOString();
      const milestone = await made({ partnershipId: tashkent, title: 'Sign the MoU', kind: 'signing', dueOn: day(-2) });
      expect(milestone.overdue).toBe(true);

      const done = await put(milestone.id, { ...milestone, status: 'done' }, manager);
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({
        status: 'done',
        overdue: false,
        completedById: managerId,
        completedByName: 'Demo Manager',
        completedOn: day(0),
        version: 2,
      });
      expect(done.body.completedAt >= start && done.body.completedAt <= new Date().toISOString()).toBe(true);

      // Still done, the date corrected by someone else: who and when stay those of the completion.
      const corrected = await put(milestone.id, {
        ...done.body,
        completedOn: day(-1),
        completedById: officerId,
        completedAt: '2000-01-01T00:00:00.000Z',
      });
      expect(corrected.status).toBe(200);
      expect(corrected.body).toMatchObject({
        completedOn: day(-1),
        completedById: managerId,
        completedAt: done.body.completedAt,
        updatedById: officerId,
      });

      const reopened = await put(milestone.id, { ...corrected.body, status: 'in_progress' });
      expect(reopened.body).toMatchObject({
        status: 'in_progress',
        completedOn: null,
        completedById: null,
        completedByName: null,
        completedAt: null,
        overdue: true,
      });

      const events = await eventsOf(milestone.id);
      expect(events.map((event) => event.action)).toEqual(['create', 'update', 'update', 'update']);
      expect(events[1]).toMatchObject({
        actorId: managerId,
        changes: {
          status: ['planned', 'done'],
          completedOn: [null, day(0)],
          completedById: [null, managerId],
          completedAt: [null, done.body.completedAt],
        },
      });
      expect(events[2].changes).toEqual({ completedOn: [day(0), day(-1)] });
      expect(events[3].changes).toEqual({
        status: ['done', 'in_progress'],
        completedOn: [day(-1), null],
        completedById: [managerId, null],
        completedAt: [done.body.completedAt, null],
      });
    });

    it('completes at creation too, with the completion date given', async () => {
      const milestone = await made(
        { partnershipId: tashkent, title: 'Workshop held', kind: 'workshop', status: 'done', completedOn: '2025-03-14' },
        manager,
      );
      expect(milestone).toMatchObject({ status: 'done', completedOn: '2025-03-14', completedById: managerId, completedAt: expect.any(String) });
      // A completion date on a milestone that is not done is not kept.
      const planned = await made({ partnershipId: tashkent, title: 'Not yet', kind: 'workshop', completedOn: '2025-03-14' });
      expect(planned.completedOn).toBeNull();
    });
  });

  describe('update', () => {
    it('saves the whole record as react-admin sends it back: read-only fields ignored, version bumped, audited', async () => {
      const milestone = await made({ partnershipId: tokyo, title: 'Energy audit', kind: 'study', notes: 'draft' });
      const response = await put(milestone.id, {
        ...milestone,
        title: 'Energy audit of city hall',
        notes: null,
        // Server-owned: accepted and ignored.
        id: 424242,
        overdue: true,
        createdAt: '2000-01-01T00:00:00.000Z',
        createdById: managerId,
        completedById: managerId,
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: milestone.id,
        title: 'Energy audit of city hall',
        notes: null,
        version: 2,
        overdue: false,
        createdAt: milestone.createdAt,
        createdById: officerId,
        completedById: null,
      });
      const events = await eventsOf(milestone.id);
      expect(events.at(-1)).toMatchObject({
        action: 'update',
        changes: { title: ['Energy audit', 'Energy audit of city hall'], notes: ['draft', null] },
      });
    });

    it('changes nothing (no version, no event) when nothing changed', async () => {
      const milestone = await made({ partnershipId: tokyo, title: 'Nothing to change', kind: 'event' });
      const response = await put(milestone.id, { ...milestone });
      expect(response.status).toBe(200);
      expect(response.body.version).toBe(1);
      expect(await eventsOf(milestone.id)).toHaveLength(1);
    });

    it('refuses a stale version (409) saying who changed it and when', async () => {
      const milestone = await made({ partnershipId: tokyo, title: 'Contested', kind: 'event' });
      expect((await put(milestone.id, { ...milestone, title: 'Contested (manager)' }, manager)).status).toBe(200);
      const stale = await put(milestone.id, { ...milestone, title: 'Contested (officer)' });
      expect(stale.status).toBe(409);
      expect(stale.body.message).toMatch(/changed by Demo Manager at \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(MYT\)/);
      expect(stale.body.current).toMatchObject({ version: 2, updatedBy: 'Demo Manager' });
      expect((await getOne(milestone.id)).title).toBe('Contested (manager)');
    });

    it('refuses bad input (400): no version, unknown fields, bad values', async () => {
      const milestone = await made({ partnershipId: tokyo, title: 'Validated', kind: 'event' });
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ title: 'No version' }, 'version'],
        [{ version: 1, colour: 'red' }, 'colour'],
        [{ version: 1, status: 'finished' }, 'status'],
        [{ version: 1, title: '' }, 'title'],
        [{ version: 1, dueOn: 'tomorrow' }, 'dueOn'],
        [{ version: 1, kind: null }, 'kind'],
        [{ version: 1, title: null }, 'title'],
        [{ version: 1, status: null }, 'status'],
        [{ version: 1, partnershipId: null }, 'partnershipId'],
      ];
      for (const [body, field] of cases) {
        const response = await put(milestone.id, body);
        expect({ body, status: response.status }).toEqual({ body, status: 400 });
        expect(Object.keys(response.body.errors)).toContain(field);
      }
      expect((await getOne(milestone.id)).version).toBe(1);
    });

    it('never moves a milestone to another partnership (422); repeating its own is fine', async () => {
      const milestone = await made({ partnershipId: tokyo, title: 'Stays put', kind: 'event' });
      const moved = await put(milestone.id, { ...milestone, partnershipId: tashkent });
      expect(moved.status).toBe(422);
      expect(moved.body.errors).toEqual({ partnershipId: 'cannot be changed' });
      const same = await put(milestone.id, { ...milestone, partnershipId: tokyo, title: 'Stays put, renamed' });
      expect(same.status).toBe(200);
      expect(same.body.partnershipId).toBe(tokyo);
    });

    it('freezes the milestones of an archived partnership (422), which stay readable', async () => {
      const partnershipId = await newPartnership('To be archived with a milestone');
      const milestone = await made({ partnershipId, title: 'Frozen', kind: 'event' });
      expect((await t.http().delete(`/api/partnerships/${partnershipId}`).set(bearer(manager))).status).toBe(200);
      expect((await put(milestone.id, { ...milestone, title: 'Thawed' })).status).toBe(422);
      expect((await t.http().delete(`/api/milestones/${milestone.id}`).set(bearer(manager))).status).toBe(422);
      expect((await getOne(milestone.id, auditor)).title).toBe('Frozen');
    });

    it('answers 404 for a milestone that does not exist and 400 for an id that is not one', async () => {
      expect((await put(999_999, { version: 1, title: 'x' })).status).toBe(404);
      expect((await t.http().get('/api/milestones/999999').set(bearer(officer))).status).toBe(404);
      expect((await t.http().get('/api/milestones/abc').set(bearer(officer))).status).toBe(400);
    });
  });

  describe('delete and access', () => {
    it('lets an officer cancel a milestone (its status) but not delete it (403, nothing changed)', async () => {
      const milestone = await made({ partnershipId: tokyo, title: 'Called off', kind: 'visit' });
      const refused = await t.http().delete(`/api/milestones/${milestone.id}`).set(bearer(officer));
      expect(refused.status).toBe(403);
      expect(refused.body.message).toBe('Your role (officer) may not delete milestones.');
      expect(await getOne(milestone.id)).toEqual(milestone);
      const cancelled = await put(milestone.id, { version: milestone.version, status: 'cancelled' });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.status).toBe('cancelled');
    });

    it('deletes (a manager) and answers the record; audited with its last state; then 404', async () => {
      const milestone = await made({ partnershipId: tokyo, title: 'Cancelled outright', kind: 'visit' });
      const response = await t.http().delete(`/api/milestones/${milestone.id}`).set(bearer(manager));
      expect(response.status).toBe(200);
      expect(response.body).toEqual(milestone);
      expect((await t.http().get(`/api/milestones/${milestone.id}`).set(bearer(officer))).status).toBe(404);
      const events = await eventsOf(milestone.id);
      expect(events.at(-1)).toMatchObject({
        action: 'delete',
        actorId: managerId,
        changes: { title: ['Cancelled outright', null], partnershipId: [tokyo, null] },
      });
    });

    it('lets auditors and admins read but never write (403, nothing changed)', async () => {
      const milestone = await made({ partnershipId: tokyo, title: 'Read only for some', kind: 'visit' });
      for (const token of [auditor, admin]) {
        expect((await getOne(milestone.id, token)).title).toBe('Read only for some');
        const attempts = [
          await create({ partnershipId: tokyo, title: 'Sneaky', kind: 'visit' }, token),
          await put(milestone.id, { ...milestone, title: 'Sneaky' }, token),
          await t.http().delete(`/api/milestones/${milestone.id}`).set(bearer(token)),
        ];
        for (const attempt of attempts) {
          expect(attempt.status).toBe(403);
          expect(attempt.body.message).toMatch(/may not (create|edit|delete) milestones/);
        }
      }
      expect(await getOne(milestone.id)).toEqual(milestone);
      // The refusals may be recorded (access_denied); no change is.
      expect((await eventsOf(milestone.id)).map((event) => event.action).filter((action) => action !== 'access_denied')).toEqual(['create']);
      expect(await t.sql('SELECT id FROM milestones WHERE title = $1', ['Sneaky'])).toEqual([]);
    });
  });
});
