import { ROLES } from '@klch/shared';
import { bearer, DB_KIND, DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

describe(`a user's own UI language, kept on the account (${DB_KIND})`, () => {
  let t: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    adminToken = await t.login('admin');
  });
  afterAll(() => t.close());

  const choose = (token: string, body: unknown) =>
    t
      .http()
      .put('/api/auth/me/language')
      .set(bearer(token))
      .send(body as object);
  const languageEvents = async (userId: number) =>
    (await t.eventsOf('users', userId)).filter((event) => event.reason === 'language chosen by the user');

  it.each(ROLES)('lets a signed-in %s choose Malay, answers the account, and audits the change', async (role) => {
    const token = await t.login(role);
    const userId = await t.idOf('users', 'username', role);
    const [{ version: before }] = await t.sql<{ version: number }>('SELECT version FROM users WHERE id = $1', [userId]);

    const response = await choose(token, { language: 'ms' });

    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ id: userId, username: role, language: 'ms' });
    expect(JSON.stringify(response.body)).not.toMatch(/passwordHash|tokenVersion/);
    expect((await t.http().get('/api/auth/me').set(bearer(token))).body.user.language).toBe('ms');
    const events = await languageEvents(userId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'update', actor_id: expect.anything(), actor_name: expect.any(String) });
    expect(Number(events[0].actor_id)).toBe(userId);
    expect(JSON.parse(events[0].changes)).toEqual({ language: ['en', 'ms'] });
    // Not a versioned edit of the account: an administrator's open form of it stays valid.
    const [{ version: after }] = await t.sql<{ version: number }>('SELECT version FROM users WHERE id = $1', [userId]);
    expect(after).toBe(before);
  });

  it('follows the user to their next sign-in, on any device, and back to English', async () => {
    const first = await t.login('officer', DEMO_PASSWORD);
    expect((await choose(first, { language: 'ms' })).status).toBe(200);
    const elsewhere = await t.http().post('/api/auth/login').send({ username: 'officer', password: DEMO_PASSWORD });
    expect(elsewhere.body.user.language).toBe('ms');

    const back = await choose(elsewhere.body.accessToken as string, { language: 'en' });
    expect(back.status).toBe(200);
    expect(back.body.user.language).toBe('en');
    const again = await t.http().post('/api/auth/login').send({ username: 'officer', password: DEMO_PASSWORD });
    expect(again.body.user.language).toBe('en');
  });

  it('gives a language an administrator set at the first sign-in', async () => {
    const password = 'Malay-first-login-1';
    const created = await t
      .http()
      .post('/api/users')
      .set(bearer(adminToken))
      .send({ username: 'pegawai-baru', fullName: 'Pegawai Baru', role: 'officer', password, language: 'ms' });
    expect(created.status).toBe(201);
    const login = await t.http().post('/api/auth/login').send({ username: 'pegawai-baru', password });
    expect(login.status).toBe(200);
    expect(login.body.user.language).toBe('ms');
  });

  it('leaves nothing in the trail when the language chosen is the one already kept', async () => {
    const token = await t.login('manager');
    const userId = await t.idOf('users', 'username', 'manager');
    await choose(token, { language: 'ms' });
    const count = (await languageEvents(userId)).length;

    const same = await choose(token, { language: 'ms' });

    expect(same.status).toBe(200);
    expect(same.body.user.language).toBe('ms');
    expect(await languageEvents(userId)).toHaveLength(count);
  });

  it.each([
    ['an unknown language', { language: 'fr' }],
    ['a language in capitals', { language: 'MS' }],
    ['no language', {}],
    ['null', { language: null }],
    ['a number', { language: 1 }],
    ['a field the route does not take', { language: 'ms', role: 'admin' }],
  ])('refuses %s with 400 and changes nothing', async (_case, body) => {
    const token = await t.login('auditor');
    const userId = await t.idOf('users', 'username', 'auditor');
    const [{ language: before }] = await t.sql<{ language: string }>('SELECT language FROM users WHERE id = $1', [userId]);
    const events = (await t.eventsOf('users', userId)).length;

    const response = await choose(token, body);

    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors ?? {}).length).toBeGreaterThan(0);
    const [{ language: after, role }] = await t.sql<{ language: string; role: string }>('SELECT language, role FROM users WHERE id = $1', [userId]);
    expect(after).toBe(before);
    expect(role).toBe('auditor');
    expect(await t.eventsOf('users', userId)).toHaveLength(events);
  });

  it('names the field and the languages it takes', async () => {
    const response = await choose(await t.login('officer'), { language: 'fr' });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors)).toEqual(['language']);
    expect(response.body.errors.language).toMatch(/^language must be one of: en, ms$/i);
  });

  it('refuses a caller who is not signed in', async () => {
    const response = await t.http().put('/api/auth/me/language').send({ language: 'ms' });
    expect(response.status).toBe(401);
  });
});
