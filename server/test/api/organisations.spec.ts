import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

type Organisation = Record<string, unknown> & { id: number; name: string; version: number; country: string; parentId: number | null };

describe(`organisations API (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp();
    [officer, manager] = await Promise.all([t.login('officer'), t.login('manager')]);
  });
  afterAll(() => t.close());

  const list = (filter: Record<string, unknown>, extra: Record<string, string> = {}) =>
    t
      .http()
      .get('/api/organisations')
      .query({ filter: JSON.stringify(filter), range: '[0,99]', ...extra })
      .set(bearer(officer));
  const names = (body: Organisation[]) => body.map((row) => row.name);
  const create = (body: Record<string, unknown>, token = officer) => t.http().post('/api/organisations').set(bearer(token)).send(body);
  const put = (id: number, body: Record<string, unknown>, token = officer) => t.http().put(`/api/organisations/${id}`).set(bearer(token)).send(body);
  const getOne = (id: number) => t.http().get(`/api/organisations/${id}`).set(bearer(officer));
  const idOf = (name: string) => t.idOf('organisations', 'name', name);
  const eventsOf = (id: number) => t.eventsOf('organisations', id);

  it('lists organisations by name with Content-Range', async () => {
    const response = await t.http().get('/api/organisations').set(bearer(officer));
    expect(response.status).toBe(200);
    const total = await t.count('organisations');
    expect(response.headers['content-range']).toBe(`organisations 0-${total - 1}/${total}`);
    const listed = names(response.body);
    expect(listed).toContain('Kuala Lumpur City Hall');
    expect(listed).toEqual([...listed].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('finds organisations by an alias with q: MUFPP and DBKL', async () => {
    const mufpp = await list({ q: 'MUFPP' });
    expect(mufpp.status).toBe(200);
    expect(names(mufpp.body)).toEqual(['Milan Urban Food Policy Pact']);
    const dbkl = await list({ q: 'dbkl' });
    expect(names(dbkl.body)).toEqual(['Kuala Lumpur City Hall']);
    expect((await list({ q: 'no such organisation' })).body).toEqual([]);
  });

  it('filters by country and by type', async () => {
    const korea = await list({ country: 'KR' });
    expect(names(korea.body).sort()).toEqual(['Busan Metropolitan City', 'Seoul Metropolitan Government']);
    const networks = await list({ type: 'city_network' });
    expect(networks.body.length).toBeGreaterThan(0);
    expect(networks.body.every((row: Organisation) => row.type === 'city_network')).toBe(true);
    expect(names(networks.body)).toContain('United Cities and Local Governments Asia-Pacific');
    const both = await list({ country: ['CN', 'JP'], type: 'city_government' });
    expect(names(both.body).sort()).toEqual(['Shenzhen City', 'Tokyo Metropolitan Government', 'Zhengzhou City']);
    const unknownFilter = await list({ population: 5 });
    expect(unknownFilter.status).toBe(400);
  });

  it('creates an organisation, storing the country in capitals, and audits it', async () => {
    const response = await create({
      name: 'Universiti Malaya',
      type: 'academic',
      country: 'my',
      city: 'Kuala Lumpur',
      aliases: ['UM', ' UM '],
      website: 'https://um.edu.my',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: 'Universiti Malaya',
      country: 'MY',
      aliases: ['UM'],
      version: 1,
      parentId: null,
      website: 'https://um.edu.my',
    });
    const [row] = await t.sql<{ country: string }>('SELECT country FROM organisations WHERE id = $1', [response.body.id]);
    expect(row.country).toBe('MY');
    const events = await eventsOf(response.body.id);
    expect(events.map((event) => event.action)).toEqual(['create']);
    expect(events[0].actor_name).toBe('Demo Officer');
  });

  it.each([
    ['a country that is not two letters', { country: 'MYS' }, 'country'],
    ['a country with digits', { country: 'M1' }, 'country'],
    ['a website without https://', { website: 'um.edu.my' }, 'website'],
    ['a website that is a script', { website: 'javascript:alert(1)' }, 'website'],
    ['an unknown type', { type: 'secret_society' }, 'type'],
    ['an unknown field', { budget: 5 }, 'budget'],
    ['no name', { name: '  ' }, 'name'],
  ])('refuses %s with 400 naming the field', async (_label, change, field) => {
    const before = await t.count('organisations');
    const response = await create({ name: 'Refused Org', type: 'academic', country: 'MY', ...change });
    expect(response.status).toBe(400);
    expect(response.body.errors[field]).toEqual(expect.any(String));
    expect(await t.count('organisations')).toBe(before);
  });

  it('updates with the version read, and refuses a stale version with 409 naming who changed it', async () => {
    const created = (await create({ name: 'Versioned Org', type: 'foundation_ngo', country: 'SG' })).body as Organisation;
    const first = await put(created.id, { ...created, city: 'Singapore' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ city: 'Singapore', version: 2 });
    expect(JSON.parse((await eventsOf(created.id)).pop()!.changes)).toEqual({ city: [null, 'Singapore'] });

    const stale = await put(created.id, { ...created, city: 'Jurong' }, manager);
    expect(stale.status).toBe(409);
    expect(stale.body.message).toContain('Demo Officer');
    const now = (await getOne(created.id)).body;
    expect(now).toMatchObject({ city: 'Singapore', version: 2 });
    expect(await eventsOf(created.id)).toHaveLength(2);

    const noVersion = await put(created.id, { name: 'No version' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.errors.version).toBeDefined();
  });

  describe("coordinates, for the partners' map", () => {
    it('seeds the demo cities with theirs, and leaves an organisation with no city off the map', async () => {
      const shenzhen = (await getOne(await idOf('Shenzhen City'))).body;
      expect(shenzhen).toMatchObject({ city: 'Shenzhen', latitude: 22.5431, longitude: 114.0579 });
      const metropoli = (await getOne(await idOf('Fundación Metrópoli'))).body;
      expect(metropoli).toMatchObject({ city: null, latitude: null, longitude: null });
    });

    it('stores them as given on create, moves them on update, and clears both with null, each change audited', async () => {
      const created = await create({
        name: 'Mapped Org',
        type: 'academic',
        country: 'MY',
        city: 'Kuala Lumpur',
        latitude: 3.139,
        longitude: 101.6869,
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ latitude: 3.139, longitude: 101.6869 });
      const [row] = await t.sql<{ latitude: number; longitude: number }>('SELECT latitude, longitude FROM organisations WHERE id = $1', [
        created.body.id,
      ]);
      expect(row).toEqual({ latitude: 3.139, longitude: 101.6869 });

      // The PUT rule: one of the two may move alone, the other one is kept.
      const moved = await put(created.body.id, { version: 1, city: 'Putrajaya', latitude: 2.9264 });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ latitude: 2.9264, longitude: 101.6869, version: 2 });
      expect(JSON.parse((await eventsOf(created.body.id)).pop()!.changes)).toMatchObject({ latitude: [3.139, 2.9264] });

      const cleared = await put(created.body.id, { version: 2, latitude: null, longitude: null });
      expect(cleared.status).toBe(200);
      expect(cleared.body).toMatchObject({ latitude: null, longitude: null, version: 3 });
    });

    it.each([
      ['a latitude above 90', { latitude: 90.5, longitude: 0 }, 'latitude', 'Latitude must be a number of degrees from -90 to 90'],
      ['a latitude below -90', { latitude: -91, longitude: 0 }, 'latitude', 'Latitude must be a number of degrees from -90 to 90'],
      ['a longitude above 180', { latitude: 0, longitude: 180.01 }, 'longitude', 'Longitude must be a number of degrees from -180 to 180'],
      ['a longitude in text', { latitude: 0, longitude: '101.7' }, 'longitude', 'Longitude must be a number of degrees from -180 to 180'],
    ])('refuses %s with 400 naming the field and the range', async (_label, change, field, message) => {
      const before = await t.count('organisations');
      const response = await create({ name: 'Off the map', type: 'academic', country: 'MY', ...change });
      expect(response.status).toBe(400);
      expect(response.body.errors[field]).toContain(message);
      expect(await t.count('organisations')).toBe(before);
    });

    it('refuses one coordinate without the other with 422, on create and on an update that would leave one', async () => {
      const alone = await create({ name: 'Half mapped', type: 'academic', country: 'MY', latitude: 3.139 });
      expect(alone.status).toBe(422);
      expect(alone.body.message).toBe('Give both Latitude and Longitude, or neither: one without the other places the organisation nowhere.');
      expect(alone.body.errors).toEqual({ longitude: 'Longitude is needed with Latitude (or clear both)' });

      const unmapped = (await create({ name: 'Unmapped Org', type: 'academic', country: 'MY' })).body as Organisation;
      expect((await put(unmapped.id, { version: 1, longitude: 101.6869 })).body.errors).toEqual({
        latitude: 'Latitude is needed with Longitude (or clear both)',
      });
      const mapped = (await create({ name: 'Mapped Twice', type: 'academic', country: 'MY', latitude: 3.139, longitude: 101.6869 }))
        .body as Organisation;
      const halfCleared = await put(mapped.id, { version: 1, latitude: null });
      expect(halfCleared.status).toBe(422);
      expect((await getOne(mapped.id)).body).toMatchObject({ latitude: 3.139, longitude: 101.6869, version: 1 });
    });

    it('is checked by the database too: a row with one coordinate, or out of range, is refused', async () => {
      const mapped = (await create({ name: 'Checked Org', type: 'academic', country: 'MY', latitude: 1, longitude: 2 })).body as Organisation;
      await expect(t.sql('UPDATE organisations SET longitude = NULL WHERE id = $1', [mapped.id])).rejects.toThrow();
      await expect(t.sql('UPDATE organisations SET latitude = 95 WHERE id = $1', [mapped.id])).rejects.toThrow();
      expect((await getOne(mapped.id)).body).toMatchObject({ latitude: 1, longitude: 2 });
    });
  });

  it('refuses a loop of parents with 422 (A parent of B, then B parent of A), and an organisation as its own parent', async () => {
    const a = (await create({ name: 'Loop A', type: 'national_agency', country: 'US' })).body as Organisation;
    const b = (await create({ name: 'Loop B', type: 'national_agency', country: 'US', parentId: a.id })).body as Organisation;
    expect(b.parentId).toBe(a.id);

    const loop = await put(a.id, { version: a.version, parentId: b.id });
    expect(loop.status).toBe(422);
    expect(loop.body.errors.parentId).toMatch(/loop/);
    const self = await put(a.id, { version: a.version, parentId: a.id });
    expect(self.status).toBe(422);
    expect((await getOne(a.id)).body).toMatchObject({ parentId: null, version: a.version });

    const missing = await put(a.id, { version: a.version, parentId: 999999 });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.parentId).toMatch(/999999/);
  });

  it('keeps an organisation that is a party (409) or a parent (409), and refuses DELETE to an officer (403)', async () => {
    const tokyo = await idOf('Tokyo Metropolitan Government');
    const party = await t.http().delete(`/api/organisations/${tokyo}`).set(bearer(manager));
    expect(party.status).toBe(409);
    expect(party.body.message).toMatch(/party to 1 partnership/);
    expect((await getOne(tokyo)).status).toBe(200);

    const parent = await idOf('U.S. Department of State');
    const asParent = await t.http().delete(`/api/organisations/${parent}`).set(bearer(manager));
    expect(asParent.status).toBe(409);
    expect((await getOne(parent)).status).toBe(200);

    const spare = (await create({ name: 'Spare Org', type: 'private_sector', country: 'MY' })).body as Organisation;
    const byOfficer = await t.http().delete(`/api/organisations/${spare.id}`).set(bearer(officer));
    expect(byOfficer.status).toBe(403);
    expect((await getOne(spare.id)).status).toBe(200);
  });

  it('deletes an unreferenced organisation for a manager: answers it, it is gone, and the trail says so', async () => {
    const spare = (await create({ name: 'Short-lived Org', type: 'local_stakeholder', country: 'MY' })).body as Organisation;
    const response = await t.http().delete(`/api/organisations/${spare.id}`).set(bearer(manager));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: spare.id, name: 'Short-lived Org' });
    expect((await getOne(spare.id)).status).toBe(404);
    const events = await eventsOf(spare.id);
    expect(events.map((event) => event.action)).toEqual(['create', 'delete']);
    expect(events[1].actor_name).toBe('Demo Manager');
    expect(JSON.parse(events[1].changes).name).toEqual(['Short-lived Org', null]);
    expect((await t.http().delete(`/api/organisations/${spare.id}`).set(bearer(manager))).status).toBe(404);
  });
});
