import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/**
 * The owning officer, chosen on the partnership's form: the choices are the active officers and
 * managers, and the server holds create and edit to the same rule, whatever the client sends.
 * Also the list's "Include archived" switch, which adds the archived partnerships to the list.
 */
describe(`a partnership's owner and the archived in the list (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let manager: string;
  let auditor: string;
  let admin: string;
  let ids: Record<'officer' | 'manager' | 'manager2' | 'auditor' | 'admin', number>;
  let retiredId: number;

  beforeAll(async () => {
    t = await startTestApp();
    [officer, manager, auditor, admin] = await Promise.all([t.login('officer'), t.login('manager'), t.login('auditor'), t.login('admin')]);
    ids = {
      officer: await t.userId('officer'),
      manager: await t.userId('manager'),
      manager2: await t.userId('manager2'),
      auditor: await t.userId('auditor'),
      admin: await t.userId('admin'),
    };
    // An officer who has left: deactivated by an admin, so no longer a possible owner.
    const made = await t
      .http()
      .post('/api/users')
      .set(bearer(admin))
      .send({ username: 'retired', fullName: 'Retired Officer', role: 'officer', password: 'long-enough-password' });
    expect([made.status, made.body.message]).toEqual([201, undefined]);
    retiredId = made.body.id;
    expect((await t.http().delete(`/api/users/${retiredId}`).set(bearer(admin))).status).toBe(200);
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>, token = officer) =>
    t
      .http()
      .post('/api/partnerships')
      .set(bearer(token))
      .send({ title: 'Owner test', category: 'international_city', instrument: 'mou', ...body });
  const put = (id: number, body: Record<string, unknown>, token = officer) => t.http().put(`/api/partnerships/${id}`).set(bearer(token)).send(body);
  const choices = (token: string) => t.http().get('/api/partnerships/owner-choices').set(bearer(token));

  describe('GET /api/partnerships/owner-choices', () => {
    it('answers every active officer and manager by name, and only their id, name and role', async () => {
      const response = await choices(officer);
      expect(response.status).toBe(200);
      expect(response.body).toEqual([
        { id: ids.manager, fullName: 'Demo Manager', role: 'manager' },
        { id: ids.manager2, fullName: 'Demo Manager Two', role: 'manager' },
        { id: ids.officer, fullName: 'Demo Officer', role: 'officer' },
      ]);
    });

    it('is for those who may edit partnerships: 403 for an auditor or an admin, 401 signed out', async () => {
      expect((await choices(manager)).status).toBe(200);
      expect((await choices(auditor)).status).toBe(403);
      expect((await choices(admin)).status).toBe(403);
      expect((await t.http().get('/api/partnerships/owner-choices')).status).toBe(401);
    });
  });

  describe('ownerId on create and edit', () => {
    it('gives a new partnership the owner chosen, named in the record and in its creation event', async () => {
      const response = await create({ ownerId: ids.manager2 });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ ownerId: ids.manager2, ownerName: 'Demo Manager Two' });
      const [created] = await t.eventsOf('partnerships', response.body.id);
      expect(JSON.parse(created.changes).ownerId).toEqual([null, ids.manager2]);
    });

    it('hands a partnership to another officer or manager, audited as an edit of ownerId', async () => {
      const made = (await create({})).body;
      expect(made.ownerId).toBe(ids.officer);
      const response = await put(made.id, { ...made, ownerId: ids.manager });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ ownerId: ids.manager, ownerName: 'Demo Manager', version: made.version + 1 });
      const events = await t.eventsOf('partnerships', made.id);
      expect(events.at(-1)?.action).toBe('update');
      expect(JSON.parse(events.at(-1)!.changes)).toEqual({ ownerId: [ids.officer, ids.manager] });
    });

    it.each([
      ['an auditor', () => ids.auditor],
      ['an admin', () => ids.admin],
      ['a deactivated officer', () => retiredId],
      ['nobody', () => 999_999],
    ])('refuses %s as owner with a 422 that says who may own one, on create and on edit', async (_who, ownerOf) => {
      const refusedCreate = await create({ title: 'Refused owner', ownerId: ownerOf() });
      expect(refusedCreate.status).toBe(422);
      expect(refusedCreate.body.message).toMatch(/owner must be an active officer or manager/);
      expect(Object.keys(refusedCreate.body.errors)).toEqual(['ownerId']);
      expect(refusedCreate.body.errors.ownerId).toMatch(/active officer or manager/);
      expect(await t.count('partnerships', 'WHERE title = $1', ['Refused owner'])).toBe(0);

      const made = (await create({})).body;
      const eventsBefore = (await t.eventsOf('partnerships', made.id)).length;
      const refusedEdit = await put(made.id, { ...made, ownerId: ownerOf() });
      expect(refusedEdit.status).toBe(422);
      expect(Object.keys(refusedEdit.body.errors)).toEqual(['ownerId']);
      const [row] = await t.sql<{ owner_id: number; version: number }>('SELECT owner_id, version FROM partnerships WHERE id = $1', [made.id]);
      expect([Number(row.owner_id), Number(row.version)]).toEqual([ids.officer, made.version]);
      expect(await t.eventsOf('partnerships', made.id)).toHaveLength(eventsBefore);
    });

    it('refuses an owner id that is not a positive integer (400)', async () => {
      const response = await create({ ownerId: 'someone' });
      expect(response.status).toBe(400);
      expect(Object.keys(response.body.errors ?? {})).toContain('ownerId');
    });
  });

  describe('filter includeArchived', () => {
    const list = (filter: Record<string, unknown>) => t.list('/api/partnerships', { filter, range: [0, 99] }, officer);
    const idsOf = (body: Array<{ id: number }>) => body.map((row) => row.id).sort((a, b) => a - b);
    const totalOf = (response: { headers: Record<string, string> }) => Number(response.headers['content-range'].split('/')[1]);

    let archivedId: number;
    beforeAll(async () => {
      archivedId = (await create({ title: 'Archived for the include filter' })).body.id;
      expect((await t.http().delete(`/api/partnerships/${archivedId}`).set(bearer(manager))).status).toBe(200);
    });

    it('adds the archived partnerships to the current ones, with the total of both', async () => {
      const current = await list({});
      const onlyArchived = await list({ archived: true });
      const both = await list({ includeArchived: true });
      expect(both.status).toBe(200);
      expect(idsOf(current.body)).not.toContain(archivedId);
      expect(idsOf(onlyArchived.body)).toContain(archivedId);
      expect(idsOf(both.body)).toEqual(idsOf([...current.body, ...onlyArchived.body]));
      expect(totalOf(both)).toBe(totalOf(current) + totalOf(onlyArchived));
      expect(totalOf(both)).toBe(await t.count('partnerships'));
    });

    it('keeps to the current ones when false, and combines with the status filter', async () => {
      expect(idsOf((await list({ includeArchived: false })).body)).toEqual(idsOf((await list({})).body));
      const drafts = await list({ includeArchived: true, status: ['draft'] });
      expect(idsOf(drafts.body)).toContain(archivedId);
      expect(totalOf(drafts)).toBe(await t.count('partnerships', "WHERE status = 'draft'"));
      // Counted rows (a search) and the maintained counts agree.
      const searched = await list({ includeArchived: true, q: 'Archived for the include' });
      expect(idsOf(searched.body)).toEqual([archivedId]);
      expect(totalOf(searched)).toBe(1);
    });

    it('refuses a value that is not a boolean (400)', async () => {
      expect((await list({ includeArchived: 'sometimes' })).status).toBe(400);
    });
  });
});
