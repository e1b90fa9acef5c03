import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

type Row = Record<string, unknown> & { id: number; title: string; code: string; version: number };

const SEED_TITLES_DESC = [
  'Sustainable energy management and decarbonisation with Tokyo',
  'Smart City partnership with Fundación Metrópoli',
  'Sister city nomination: Zhengzhou',
  'Proposed city partnership with Shenzhen',
  'Partnership with Seoul Metropolitan Government',
  'Partnership with Busan Metropolitan City',
  'Milan Urban Food Policy Pact (MUFPP)',
  'Kuala Lumpur – Tashkent city partnership',
  'Energy sector partnership under the Smart City program',
];

describe(`partnerships API (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let manager: string;
  let auditor: string;
  let officerId: number;
  let tokyoOrgId: number;

  beforeAll(async () => {
    t = await startTestApp();
    [officer, manager, auditor] = await Promise.all([t.login('officer'), t.login('manager'), t.login('auditor')]);
    officerId = await t.userId('officer');
    tokyoOrgId = await t.idOf('organisations', 'name', 'Tokyo Metropolitan Government');
  });
  afterAll(() => t.close());

  const count = (table: string, where?: string, params?: unknown[]) => t.count(table, where, params);
  const list = (query: { sort?: unknown; range?: unknown; filter?: unknown } = {}, token = officer) => t.list('/api/partnerships', query, token);
  const titles = (body: Row[]) => body.map((row) => row.title);
  const getOne = async (id: number): Promise<Row> => {
    const response = await t.http().get(`/api/partnerships/${id}`).set(bearer(officer));
    expect(response.status).toBe(200);
    return response.body;
  };
  const idByTitle = async (fragment: string) =>
    Number((await t.sql<{ id: number }>('SELECT id FROM partnerships WHERE title LIKE $1', [`%${fragment}%`]))[0].id);
  const newPartnership = (overrides: Record<string, unknown> = {}) => ({
    title: 'Urban heat pilot with Tokyo',
    category: 'international_city',
    instrument: 'mou',
    parties: [{ organisationId: tokyoOrgId, role: 'counterpart' }],
    sdgTargets: ['17.16', '13.2'],
    ...overrides,
  });
  const create = (body: Record<string, unknown>, token = officer) => t.http().post('/api/partnerships').set(bearer(token)).send(body);
  const put = (id: number, body: Record<string, unknown>, token = officer) => t.http().put(`/api/partnerships/${id}`).set(bearer(token)).send(body);
  const eventsOf = (id: number) => t.eventsOf('partnerships', id);

  describe('list', () => {
    it('answers the 9 seeded partnerships with Content-Range', async () => {
      const response = await list();
      expect(response.status).toBe(200);
      expect(response.headers['content-range']).toBe('partnerships 0-8/9');
      expect(response.body).toHaveLength(9);
      expect(new Set(response.body.map((row: Row) => row.code)).size).toBe(9);
    });

    it('sorts by title DESC', async () => {
      const response = await list({ sort: ['title', 'DESC'] });
      expect(response.status).toBe(200);
      expect(titles(response.body)).toEqual(SEED_TITLES_DESC);
    });

    it('pages with range, consistently with the whole list', async () => {
      const all = (await list({ sort: ['title', 'DESC'], range: [0, 8] })).body as Row[];
      const page = await list({ sort: ['title', 'DESC'], range: [2, 4] });
      expect(page.status).toBe(200);
      expect(page.headers['content-range']).toBe('partnerships 2-4/9');
      expect(page.body.map((row: Row) => row.id)).toEqual(all.slice(2, 5).map((row) => row.id));
      const beyond = await list({ range: [20, 29] });
      expect(beyond.body).toEqual([]);
      expect(beyond.headers['content-range']).toBe('partnerships */9');
    });

    it("filters by a partner's country: CN is Shenzhen (halted, COVID-19) and Zhengzhou (nominated by UCLG ASPAC)", async () => {
      const response = await list({ filter: { country: 'CN' }, sort: ['title', 'ASC'] });
      expect(response.status).toBe(200);
      expect(response.headers['content-range']).toBe('partnerships 0-1/2');
      const [shenzhen, zhengzhou] = response.body as Row[];
      expect(shenzhen).toMatchObject({ title: 'Proposed city partnership with Shenzhen', status: 'halted', statusReason: 'COVID-19 outbreak' });
      expect(zhengzhou).toMatchObject({ title: 'Sister city nomination: Zhengzhou', status: 'nominated' });

      const nominators = (zhengzhou.parties as Array<{ organisationId: number; role: string }>).filter((party) => party.role === 'nominator');
      expect(nominators).toHaveLength(1);
      const nominator = await t.http().get(`/api/organisations/${nominators[0].organisationId}`).set(bearer(officer));
      expect(nominator.status).toBe(200);
      expect(nominator.body.aliases).toContain('UCLG ASPAC');
      expect(nominator.body.name).toBe('United Cities and Local Governments Asia-Pacific');

      const lowerCase = await list({ filter: { country: ['cn', 'JP'] } });
      expect(lowerCase.body).toHaveLength(3);
    });

    it('searches with q across partner aliases and codes', async () => {
      const tmg = await list({ filter: { q: 'TMG' } });
      expect(tmg.status).toBe(200);
      expect(titles(tmg.body)).toEqual(['Sustainable energy management and decarbonisation with Tokyo']);

      const tokyo = tmg.body[0] as Row;
      const byCode = await list({ filter: { q: tokyo.code } });
      expect(byCode.body.map((row: Row) => row.id)).toEqual([tokyo.id]);
      const byCodeLowerCase = await list({ filter: { q: tokyo.code.toLowerCase() } });
      expect(byCodeLowerCase.body.map((row: Row) => row.id)).toEqual([tokyo.id]);

      const nothing = await list({ filter: { q: 'no-such-partner-anywhere' } });
      expect(nothing.body).toEqual([]);
      // A LIKE wildcard typed by the user is taken literally.
      expect((await list({ filter: { q: '%' } })).body).toEqual([]);
    });

    it('filters by status as a list (IN)', async () => {
      const response = await list({ filter: { status: ['halted', 'nominated'] }, sort: ['title', 'ASC'] });
      expect(titles(response.body)).toEqual(['Proposed city partnership with Shenzhen', 'Sister city nomination: Zhengzhou']);
      expect((await list({ filter: { status: 'proposed' } })).body.map((row: Row) => row.title)).toEqual(['Milan Urban Food Policy Pact (MUFPP)']);
      const none = await list({ filter: { status: [] } });
      expect(none.body).toEqual([]);
      expect(none.headers['content-range']).toBe('partnerships */0');
    });

    it('filters by signedOn_gte and signedOn_lte', async () => {
      const since2022 = await list({ filter: { signedOn_gte: '2022-01-01' }, sort: ['signedOn', 'ASC'] });
      expect(since2022.status).toBe(200);
      expect(since2022.body.map((row: Row) => row.signedOn)).toEqual(['2022-03-15', '2022-10-20', '2023-05-10']);
      const in2022 = await list({ filter: { signedOn_gte: '2022-01-01', signedOn_lte: '2022-12-31' } });
      expect(in2022.body).toHaveLength(2);
    });

    it('filters by SDG targets', async () => {
      const energy = await list({ filter: { sdgTargets: '7.3' }, sort: ['title', 'ASC'] });
      expect(titles(energy.body)).toEqual([
        'Energy sector partnership under the Smart City program',
        'Sustainable energy management and decarbonisation with Tokyo',
      ]);
      const either = await list({ filter: { sdgTargets: ['2.1', '11.3'] }, sort: ['title', 'ASC'] });
      expect(titles(either.body)).toEqual(['Milan Urban Food Policy Pact (MUFPP)', 'Smart City partnership with Fundación Metrópoli']);
    });

    it('answers getMany with filter={"id":[a,b]}', async () => {
      const all = (await list()).body as Row[];
      const wanted = [all[4].id, all[1].id];
      const response = await list({ filter: { id: wanted } });
      expect(response.status).toBe(200);
      expect(response.body.map((row: Row) => row.id).sort()).toEqual([...wanted].sort());
      expect(response.headers['content-range']).toBe('partnerships 0-1/2');
    });

    it.each([
      ['an unknown sort field', { sort: '["password","ASC"]' }, /cannot be sorted by "password"/],
      ['a sort field that is SQL', { sort: '["title; DROP TABLE partnerships","ASC"]' }, /cannot be sorted/],
      ['a bad sort order', { sort: '["title","SIDEWAYS"]' }, /ASC.*DESC/],
      ['an unknown filter field', { filter: '{"secret":"x"}' }, /cannot be filtered by "secret"/],
      ['_gte on a field that is not a range', { filter: '{"status_gte":"active"}' }, /cannot be filtered by "status_gte"/],
      ['a bad date', { filter: '{"signedOn_gte":"last year"}' }, /date/],
      ['filter that is not JSON', { filter: '{status:active}' }, /not valid JSON/],
      ['sort that is not JSON', { sort: 'title' }, /not valid JSON/],
      ['a reversed range', { range: '[5,2]' }, /range/],
      ['a negative range', { range: '[-1,5]' }, /range/],
      ['a range that is not a pair', { range: '[0]' }, /range/],
    ])('refuses %s with 400 and a message', async (_label, query, message) => {
      const response = await list(query);
      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(message);
      expect(response.body.errors).toBeDefined();
    });

    it('caps a page at 100 rows', async () => {
      const response = await list({ range: [0, 10_000] });
      expect(response.status).toBe(200);
      expect(response.headers['content-range']).toBe('partnerships 0-8/9');
    });
  });

  describe('create', () => {
    it("gives an officer's new partnership a code, status draft, them as owner, and SDG targets in official order", async () => {
      const before = await count('audit_events');
      const response = await create(newPartnership({ sdgTargets: ['17.16', '7.3', '11.a', '2.1', '7.3'], themes: ['Smart City', ' energy '] }));
      expect(response.status).toBe(201);
      const year = new Date().getUTCFullYear();
      expect(response.body.code).toMatch(/^KLCH-IR-\d{4}-\d{3}$/);
      expect(response.body.code.startsWith(`KLCH-IR-${year}-`)).toBe(true);
      expect(response.body).toMatchObject({
        status: 'draft',
        statusReason: null,
        ownerId: officerId,
        ownerName: 'Demo Officer',
        version: 1,
        archivedAt: null,
        isDemoData: false,
        sdgTargets: ['2.1', '7.3', '11.a', '17.16'],
        themes: ['smart_city', 'energy'],
        parties: [{ organisationId: tokyoOrgId, role: 'counterpart' }],
      });
      expect(await getOne(response.body.id)).toEqual(response.body);
      expect(await count('audit_events')).toBe(before + 1);
    });

    it('gives two concurrent creations different codes', async () => {
      const [a, b] = await Promise.all([create(newPartnership({ title: 'Concurrent A' })), create(newPartnership({ title: 'Concurrent B' }))]);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.body.code).toMatch(/^KLCH-IR-\d{4}-\d{3}$/);
      expect(b.body.code).toMatch(/^KLCH-IR-\d{4}-\d{3}$/);
      expect(a.body.code).not.toBe(b.body.code);
      const numbers = [a.body.code, b.body.code].map((code: string) => Number(code.slice(-3))).sort((x, y) => x - y);
      expect(numbers[1] - numbers[0]).toBe(1);
    });

    it('refuses a new partnership that is already active (422): status changes go through approval', async () => {
      const before = await count('partnerships');
      const response = await create(newPartnership({ status: 'active' }));
      expect(response.status).toBe(422);
      expect(response.body.errors.status).toBeDefined();
      expect(await count('partnerships')).toBe(before);
      // "draft" is what it gets anyway, so saying so is fine.
      expect((await create(newPartnership({ status: 'draft', title: 'Explicit draft' }))).status).toBe(201);
    });

    it('refuses an unknown organisation as a party with 422 and writes nothing at all', async () => {
      const before = {
        partnerships: await count('partnerships'),
        parties: await count('partnership_parties'),
        audit: await count('audit_events'),
        codes: await t.sql('SELECT scope, last_value FROM code_sequences ORDER BY scope'),
      };
      const response = await create(newPartnership({ parties: [{ organisationId: 999999, role: 'counterpart' }] }));
      expect(response.status).toBe(422);
      expect(response.body.errors['parties.0.organisationId']).toMatch(/999999/);
      expect(typeof response.body.message).toBe('string');
      expect(await count('partnerships')).toBe(before.partnerships);
      expect(await count('partnership_parties')).toBe(before.parties);
      expect(await count('audit_events')).toBe(before.audit);
      expect(await t.sql('SELECT scope, last_value FROM code_sequences ORDER BY scope')).toEqual(before.codes);
    });

    it('refuses an unknown SDG target, an unknown field, a missing title and a bad date with 400', async () => {
      const before = await count('partnerships');
      const sdg = await create(newPartnership({ sdgTargets: ['17.16', '99.9'] }));
      expect(sdg.status).toBe(400);
      expect(sdg.body.errors.sdgTargets).toMatch(/official SDG target/);
      const unknown = await create(newPartnership({ budget: 1_000_000 }));
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors.budget).toMatch(/not a field/);
      const noTitle = await create(newPartnership({ title: '   ' }));
      expect(noTitle.status).toBe(400);
      expect(noTitle.body.errors.title).toBeDefined();
      const badDate = await create(newPartnership({ signedOn: '2024-02-30' }));
      expect(badDate.status).toBe(400);
      expect(badDate.body.errors.signedOn).toBeDefined();
      const badParty = await create(newPartnership({ parties: [{ organisationId: tokyoOrgId, role: 'overlord' }] }));
      expect(badParty.status).toBe(400);
      expect(badParty.body.errors['parties.0.role']).toBeDefined();
      expect(await count('partnerships')).toBe(before);
    });
  });

  describe('update', () => {
    it("saves a whole record PUT back with a new title: version + 1 and an audit event with the title's before and after", async () => {
      const id = await idByTitle('Busan');
      const record = await getOne(id);
      const eventsBefore = await eventsOf(id);
      const response = await put(id, { ...record, title: 'Partnership with Busan Metropolitan City (renewed)' });
      expect(response.status).toBe(200);
      expect(response.body.version).toBe(record.version + 1);
      expect(response.body.title).toBe('Partnership with Busan Metropolitan City (renewed)');
      expect(response.body.updatedById).toBe(officerId);
      expect(response.body.code).toBe(record.code);
      expect(response.body.parties).toEqual(record.parties);

      const events = await eventsOf(id);
      expect(events).toHaveLength(eventsBefore.length + 1);
      const last = events[events.length - 1];
      expect(last.action).toBe('update');
      expect(last.actor_name).toBe('Demo Officer');
      expect(JSON.parse(last.changes)).toEqual({
        title: ['Partnership with Busan Metropolitan City', 'Partnership with Busan Metropolitan City (renewed)'],
      });
    });

    it("ignores the server's own fields sent back (id, code, timestamps)", async () => {
      const id = await idByTitle('Seoul');
      const record = await getOne(id);
      const response = await put(id, {
        ...record,
        code: 'KLCH-IR-1999-999',
        createdAt: '1999-01-01T00:00:00.000Z',
        id: 12345,
        summary: 'A new summary',
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id, code: record.code, createdAt: record.createdAt, summary: 'A new summary' });
    });

    it('does nothing for a PUT without a change: same version, no audit event', async () => {
      const id = await idByTitle('Tashkent');
      const record = await getOne(id);
      const eventsBefore = (await eventsOf(id)).length;
      const response = await put(id, { ...record });
      expect(response.status).toBe(200);
      expect(response.body.version).toBe(record.version);
      expect(response.body.updatedAt).toBe(record.updatedAt);
      expect((await eventsOf(id)).length).toBe(eventsBefore);
    });

    it('refuses a stale version with 409 naming who changed it, and writes nothing', async () => {
      const id = await idByTitle('Fundación');
      const stale = await getOne(id);
      const changed = await put(id, { ...stale, summary: 'Changed by the officer' });
      expect(changed.status).toBe(200);
      const eventsBefore = (await eventsOf(id)).length;

      const response = await put(id, { ...stale, title: "Manager's late edit" }, manager);
      expect(response.status).toBe(409);
      expect(response.body.message).toContain('Demo Officer');
      expect(response.body.message).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(MYT\)/);
      const now = await getOne(id);
      expect(now.title).toBe(stale.title);
      expect(now.version).toBe(stale.version + 1);
      expect((await eventsOf(id)).length).toBe(eventsBefore);
    });

    it('lets exactly one of two concurrent PUTs with the same version through', async () => {
      const id = await idByTitle('Shenzhen');
      const record = await getOne(id);
      const eventsBefore = (await eventsOf(id)).length;
      const responses = await Promise.all([
        put(id, { ...record, summary: 'Summary from the officer' }),
        put(id, { ...record, summary: 'Summary from the manager' }, manager),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = responses.find((r) => r.status === 200)!;
      const now = await getOne(id);
      expect(now.summary).toBe(winner.body.summary);
      expect(now.version).toBe(record.version + 1);
      expect((await eventsOf(id)).length).toBe(eventsBefore + 1);
    });

    it('refuses a status change through PUT with 422', async () => {
      const id = await idByTitle('Milan');
      const record = await getOne(id);
      const response = await put(id, { ...record, status: 'active' });
      expect(response.status).toBe(422);
      expect(response.body.errors.status).toBeDefined();
      expect((await getOne(id)).status).toBe('proposed');
    });

    it('refuses a PUT without a version (400), an unknown id (404) and an auditor (403)', async () => {
      const id = await idByTitle('Milan');
      const record = await getOne(id);
      const { version: _version, ...withoutVersion } = record;
      const noVersion = await put(id, { ...withoutVersion, title: 'No version' });
      expect(noVersion.status).toBe(400);
      expect(noVersion.body.errors.version).toBeDefined();
      expect((await put(999999, { ...record })).status).toBe(404);
      const byAuditor = await put(id, { ...record, title: 'Auditor edit' }, auditor);
      expect(byAuditor.status).toBe(403);
      expect((await getOne(id)).title).toBe(record.title);
    });
  });

  describe('archive (DELETE)', () => {
    it('is refused to an officer, and archives for a manager: out of the default list, in the archived one, not twice', async () => {
      const id = await idByTitle('Concurrent A');
      const byOfficer = await t.http().delete(`/api/partnerships/${id}`).set(bearer(officer));
      expect(byOfficer.status).toBe(403);
      expect((await getOne(id)).archivedAt).toBeNull();

      const record = await getOne(id);
      const response = await t.http().delete(`/api/partnerships/${id}`).set(bearer(manager));
      expect(response.status).toBe(200);
      expect(response.body.id).toBe(id);
      expect(response.body.archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(response.body.version).toBe(record.version + 1);

      const visible = (await list({ range: [0, 99] })).body.map((row: Row) => row.id);
      expect(visible).not.toContain(id);
      const archived = await list({ filter: { archived: true } });
      expect(archived.body.map((row: Row) => row.id)).toEqual([id]);
      expect((await list({ filter: { archived: false }, range: [0, 99] })).body.map((row: Row) => row.id)).toEqual(visible);
      // Still readable by id, as references to it must keep working.
      expect((await getOne(id)).archivedAt).toBe(response.body.archivedAt);

      const again = await t.http().delete(`/api/partnerships/${id}`).set(bearer(manager));
      expect(again.status).toBe(422);
      expect(again.body.message).toMatch(/already archived/);
      const edit = await put(id, { ...response.body, title: 'Edit after archive' });
      expect(edit.status).toBe(422);
    });
  });

  describe('hostile or broken requests', () => {
    it('answers 404 for an unknown id and 400 for an id that is not a number', async () => {
      const unknown = await t.http().get('/api/partnerships/999999').set(bearer(officer));
      expect(unknown.status).toBe(404);
      expect(unknown.body.message).toMatch(/999999/);
      const statuses: Record<string, number> = {};
      // Beyond PostgreSQL's INTEGER range must be a 400 too, not a database error (500).
      for (const bad of ['abc', '1.5', '-1', '0', '99999999999', '99999999999999999999']) {
        const response = await t.http().get(`/api/partnerships/${bad}`).set(bearer(officer));
        statuses[bad] = response.status;
        if (response.status === 400) expect(response.body.message).toMatch(/whole number/);
      }
      expect(statuses).toEqual({ abc: 400, '1.5': 400, '-1': 400, '0': 400, '99999999999': 400, '99999999999999999999': 400 });
      expect((await t.http().get('/api/partnerships/2147483647').set(bearer(officer))).status).toBe(404);
    });

    it("answers numbers beyond the database's range and NUL characters with a 4xx, never 500, and writes nothing", async () => {
      const big = 99_999_999_999;
      const writes = () => count('audit_events', 'WHERE action NOT IN ($1, $2)', ['login', 'login_failed']);
      const before = { partnerships: await count('partnerships'), organisations: await count('organisations'), audit: await writes() };
      const base = { title: 'Hostile input', category: 'international_city', instrument: 'mou' };
      const responses = {
        filterId: await list({ filter: { id: [big] } }),
        filterOwner: await list({ filter: { ownerId: big } }),
        searchNul: await list({ filter: { q: 'a\u0000b' } }),
        partyId: await create({ ...base, parties: [{ organisationId: big, role: 'host' }] }),
        ownerId: await create({ ...base, ownerId: big }),
        parentId: await t
          .http()
          .post('/api/organisations')
          .set(bearer(officer))
          .send({ name: 'Hostile', type: 'academic', country: 'MY', parentId: big }),
        loginNul: await t.http().post('/api/auth/login').send({ username: 'officer\u0000', password: 'whatever-password' }),
      };
      const statuses = Object.fromEntries(Object.entries(responses).map(([label, response]) => [label, response.status]));
      // SQLite answers 200/401/422 (it stores any integer and NULs); PostgreSQL refuses them as data errors: 400.
      for (const status of Object.values(statuses)) expect(status < 500).toBe(true);
      for (const label of ['partyId', 'ownerId', 'parentId'] as const) expect([400, 422]).toContain(statuses[label]);
      expect(await count('partnerships')).toBe(before.partnerships);
      expect(await count('organisations')).toBe(before.organisations);
      expect(await writes()).toBe(before.audit);
    });

    it('refuses a body over 1 MiB with 413', async () => {
      const before = await count('partnerships');
      const response = await create(newPartnership({ summary: 'x'.repeat(1024 * 1024 + 10) }));
      expect(response.status).toBe(413);
      expect(await count('partnerships')).toBe(before);
    });

    it('refuses __proto__ and constructor.prototype in a body with 400, never 500', async () => {
      const before = await count('partnerships');
      for (const body of [
        '{"title":"Polluted","category":"international_city","instrument":"mou","__proto__":{"isAdmin":true}}',
        '{"title":"Polluted","category":"international_city","instrument":"mou","constructor":{"prototype":{"isAdmin":true}}}',
        '{"title":"Polluted","category":"international_city","instrument":"mou","parties":[{"organisationId":1,"role":"host","__proto__":{"x":1}}]}',
      ]) {
        const response = await t.http().post('/api/partnerships').set(bearer(officer)).set('Content-Type', 'application/json').send(body);
        expect(response.status).toBe(400);
        expect(typeof response.body.message).toBe('string');
      }
      expect(await count('partnerships')).toBe(before);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });

    it('answers malformed JSON with 400', async () => {
      const response = await t
        .http()
        .post('/api/partnerships')
        .set(bearer(officer))
        .set('Content-Type', 'application/json')
        .send('{"title": "unclosed"');
      expect(response.status).toBe(400);
      expect(typeof response.body.message).toBe('string');
      const put = await t.http().put('/api/partnerships/1').set(bearer(officer)).set('Content-Type', 'application/json').send('not json');
      expect(put.status).toBe(400);
    });
  });
});
