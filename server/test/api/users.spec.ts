import { ROLES } from '@klch/shared';
import { bearer, DB_KIND, DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

const SECRETS = /passwordHash|password_hash|tokenVersion|token_version|\$argon2|"password"/;

describe(`user accounts API (${DB_KIND})`, () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const users = () => t.http().get('/api/users').set(bearer(admin));
  const create = (body: Record<string, unknown>) => t.http().post('/api/users').set(bearer(admin)).send(body);
  const idOf = (username: string) => t.userId(username);
  const activeAdmins = () => t.count('users', 'WHERE role = $1 AND active = $2', ['admin', DB_KIND === 'postgres' ? true : 1]);

  it('lists the users for an admin, without any password hash or token version', async () => {
    const response = await users();
    expect(response.status).toBe(200);
    expect(response.headers['content-range']).toBe('users 0-4/5');
    expect(response.body.map((user: { username: string }) => user.username)).toEqual(['admin', 'auditor', 'manager', 'manager2', 'officer']);
    expect(JSON.stringify(response.body)).not.toMatch(SECRETS);
    for (const user of response.body) {
      expect(Object.keys(user).sort()).toEqual([
        'active',
        'createdAt',
        'email',
        'fullName',
        'id',
        'language',
        'lastLoginAt',
        'lockedUntil',
        'role',
        'updatedAt',
        'username',
        'version',
      ]);
    }
    const one = await t
      .http()
      .get(`/api/users/${await idOf('officer')}`)
      .set(bearer(admin));
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ username: 'officer', role: 'officer', active: true });
    expect(JSON.stringify(one.body)).not.toMatch(SECRETS);
    const managers = await t.http().get('/api/users').query({ filter: '{"role":"manager"}' }).set(bearer(admin));
    expect(managers.body.map((user: { username: string }) => user.username)).toEqual(['manager', 'manager2']);
  });

  it('refuses a password shorter than 12 characters, a bad username and an unknown role with 400', async () => {
    const short = await create({ username: 'shorty', fullName: 'Short Password', role: 'officer', password: 'short-pw' });
    expect(short.status).toBe(400);
    expect(short.body.errors.password).toMatch(/12/);
    expect(JSON.stringify(short.body)).not.toContain('short-pw');
    const badName = await create({ username: 'has space', fullName: 'Bad Name', role: 'officer', password: 'long-enough-password' });
    expect(badName.status).toBe(400);
    expect(badName.body.errors.username).toBeDefined();
    const badRole = await create({ username: 'emperor', fullName: 'Bad Role', role: 'emperor', password: 'long-enough-password' });
    expect(badRole.status).toBe(400);
    expect(badRole.body.errors.role).toBeDefined();
    const rows = await t.sql('SELECT id FROM users WHERE username IN ($1, $2, $3)', ['shorty', 'has space', 'emperor']);
    expect(rows).toEqual([]);
  });

  it('creates a user who can then sign in, and refuses the same username again (409), whatever its case', async () => {
    const response = await create({
      username: 'New.Officer',
      fullName: 'New Officer',
      email: 'new.officer@dbkl.gov.my',
      role: 'officer',
      password: 'new-officer-password',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      username: 'new.officer',
      fullName: 'New Officer',
      role: 'officer',
      active: true,
      language: 'en',
      version: 1,
    });
    expect(JSON.stringify(response.body)).not.toMatch(SECRETS);

    const login = await t.http().post('/api/auth/login').send({ username: 'new.officer', password: 'new-officer-password' });
    expect(login.status).toBe(200);
    expect(login.body.user.id).toBe(response.body.id);

    const again = await create({ username: 'NEW.OFFICER', fullName: 'Someone Else', role: 'auditor', password: 'another-password-1' });
    expect(again.status).toBe(409);
    expect(again.body.errors.username).toBeDefined();
    expect(await t.count('users', 'WHERE username = $1', ['new.officer'])).toBe(1);
  });

  it('never answers a password hash or token version from an update or a deactivation', async () => {
    const created = (await create({ username: 'temp-user', fullName: 'Temp User', role: 'auditor', password: 'temporary-pass-one' })).body;
    const updated = await t
      .http()
      .put(`/api/users/${created.id}`)
      .set(bearer(admin))
      .send({ ...created, fullName: 'Temp User Renamed', password: 'temporary-pass-two' });
    expect(updated.status).toBe(200);
    expect(updated.body.fullName).toBe('Temp User Renamed');
    expect(JSON.stringify(updated.body)).not.toMatch(SECRETS);
    const deactivated = await t.http().delete(`/api/users/${created.id}`).set(bearer(admin));
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.active).toBe(false);
    expect(JSON.stringify(deactivated.body)).not.toMatch(SECRETS);
    const username = await t
      .http()
      .put(`/api/users/${created.id}`)
      .set(bearer(admin))
      .send({ version: deactivated.body.version, username: 'renamed' });
    expect(username.status).toBe(200);
    expect(username.body.username).toBe('temp-user');
  });

  it('reactivates a deactivated account, which signs in again; each step is one audited event, and a repeat is no change', async () => {
    const created = (await create({ username: 'back-again', fullName: 'Back Again', role: 'officer', password: 'a-fresh-start-2026' })).body;
    const signIn = () => t.http().post('/api/auth/login').send({ username: 'back-again', password: 'a-fresh-start-2026' });

    expect((await t.http().delete(`/api/users/${created.id}`).set(bearer(admin))).body.active).toBe(false);
    expect((await signIn()).status).toBe(401);

    const reactivated = await t.http().post(`/api/users/${created.id}/reactivate`).set(bearer(admin));
    expect(reactivated.status).toBe(200);
    expect(reactivated.body).toMatchObject({ id: created.id, active: true, version: created.version + 2 });
    expect(JSON.stringify(reactivated.body)).not.toMatch(SECRETS);
    expect((await signIn()).status).toBe(200);

    const again = await t.http().post(`/api/users/${created.id}/reactivate`).set(bearer(admin));
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(reactivated.body.version);

    // The account's own changes (its sign-ins are in the trail too, under the account).
    const events = (await t.eventsOf('users', created.id)).filter((event) => !event.action.startsWith('login'));
    expect(events.map((event) => event.action)).toEqual(['create', 'deactivate', 'reactivate']);
    expect(JSON.parse(events[2].changes)).toEqual({ active: [false, true] });
    expect(events[2].actor_id).toBe(await idOf('admin'));
    // The last sign-in and the lockout are not the account's edited facts: the trail leaves them out.
    expect(JSON.parse(events[0].changes)).not.toHaveProperty('lastLoginAt');
    expect(JSON.parse(events[0].changes)).not.toHaveProperty('lockedUntil');
  });

  it('answers 404 for reactivating an account that does not exist', async () => {
    const missing = await t.http().post('/api/users/999999/reactivate').set(bearer(admin));
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/999999 does not exist/);
  });

  it("shows each account's last sign-in, and a lockout until it ends, in the list and on the account", async () => {
    const created = (await create({ username: 'locked-out', fullName: 'Locked Out', role: 'auditor', password: 'kept-out-for-a-while' })).body;
    expect(created).toMatchObject({ lastLoginAt: null, lockedUntil: null });
    expect((await t.http().post('/api/auth/login').send({ username: 'locked-out', password: 'kept-out-for-a-while' })).status).toBe(200);
    const signedIn = (await t.http().get(`/api/users/${created.id}`).set(bearer(admin))).body;
    expect(Date.parse(signedIn.lastLoginAt)).toBeGreaterThan(Date.parse(created.createdAt) - 1);
    expect(signedIn.lockedUntil).toBeNull();

    for (let guess = 0; guess < t.config.lockoutThreshold; guess++) {
      await t
        .http()
        .post('/api/auth/login')
        .send({ username: 'Locked-Out', password: `wrong-password-${guess}` });
    }
    const locked = (await t.http().get(`/api/users/${created.id}`).set(bearer(admin))).body;
    expect(Date.parse(locked.lockedUntil)).toBeGreaterThan(Date.now());
    const listed = await t.http().get('/api/users').query({ filter: '{"role":"auditor"}' }).set(bearer(admin));
    const byName = Object.fromEntries(listed.body.map((user: { username: string; lockedUntil: string | null }) => [user.username, user.lockedUntil]));
    expect(byName).toMatchObject({ auditor: null, 'locked-out': locked.lockedUntil });

    // A lockout that has ended is no lockout, though the throttle's row is still there.
    await t.sql('UPDATE login_throttle SET locked_until = $1 WHERE username = $2', ['2020-01-01T00:00:00.000Z', 'locked-out']);
    expect((await t.http().get(`/api/users/${created.id}`).set(bearer(admin))).body.lockedUntil).toBeNull();
  });

  it('keeps the last active admin: cannot be deactivated (409), nor demote itself (no one changes their own role: 403)', async () => {
    const adminId = await idOf('admin');
    const current = (await t.http().get(`/api/users/${adminId}`).set(bearer(admin))).body;
    expect(await activeAdmins()).toBe(1);

    const demote = await t.http().put(`/api/users/${adminId}`).set(bearer(admin)).send({ version: current.version, role: 'manager' });
    expect(demote.status).toBe(403);
    expect(demote.body.message).toMatch(/cannot change your own role/);
    const deactivateByPut = await t.http().put(`/api/users/${adminId}`).set(bearer(admin)).send({ version: current.version, active: false });
    expect(deactivateByPut.status).toBe(409);
    const deactivate = await t.http().delete(`/api/users/${adminId}`).set(bearer(admin));
    expect(deactivate.status).toBe(409);

    expect((await t.http().get(`/api/users/${adminId}`).set(bearer(admin))).body).toMatchObject({
      role: 'admin',
      active: true,
      version: current.version,
    });
    expect((await t.http().get('/api/auth/me').set(bearer(admin))).status).toBe(200);

    // An inactive second admin does not count; an active one does.
    const second = (await create({ username: 'second-admin', fullName: 'Second Admin', role: 'admin', password: 'another-admin-pass-9' })).body;
    expect((await t.http().delete(`/api/users/${second.id}`).set(bearer(admin))).status).toBe(200);
    expect((await t.http().delete(`/api/users/${adminId}`).set(bearer(admin))).status).toBe(409);
    const reactivated = await t
      .http()
      .put(`/api/users/${second.id}`)
      .set(bearer(admin))
      .send({ version: second.version + 1, active: true });
    expect(reactivated.status).toBe(200);
    const secondToken = await t.login('second-admin', 'another-admin-pass-9');
    const demoteFirst = await t.http().put(`/api/users/${adminId}`).set(bearer(secondToken)).send({ version: current.version, role: 'manager' });
    expect(demoteFirst.status).toBe(200);
    expect(await activeAdmins()).toBe(1);
    const demoteLast = await t
      .http()
      .put(`/api/users/${second.id}`)
      .set(bearer(secondToken))
      .send({ version: reactivated.body.version, role: 'officer' });
    expect(demoteLast.status).toBe(403);
    // The last admin deactivating itself is the last-admin rule's case.
    expect((await t.http().delete(`/api/users/${second.id}`).set(bearer(secondToken))).status).toBe(409);
  });

  it.each(ROLES.filter((role) => role !== 'admin'))('refuses %s every users route with 403', async (role) => {
    const token = await t.login(role, DEMO_PASSWORD);
    const id = await idOf('officer');
    const responses = [
      await t.http().get('/api/users').set(bearer(token)),
      await t.http().get(`/api/users/${id}`).set(bearer(token)),
      await t
        .http()
        .post('/api/users')
        .set(bearer(token))
        .send({ username: `by-${role}`, fullName: 'x', role: 'admin', password: 'long-enough-password' }),
      await t.http().put(`/api/users/${id}`).set(bearer(token)).send({ version: 1, role: 'admin' }),
      await t.http().delete(`/api/users/${id}`).set(bearer(token)),
      await t.http().post(`/api/users/${id}/reactivate`).set(bearer(token)),
    ];
    expect(responses.map((response) => response.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect((await t.sql('SELECT id FROM users WHERE username = $1', [`by-${role}`])).length).toBe(0);
    expect((await t.sql<{ role: string }>('SELECT role FROM users WHERE id = $1', [id]))[0].role).toBe('officer');
  });
});

describe(`two admins demoting each other at once (${DB_KIND})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps exactly one admin', async () => {
    const admin = await t.login('admin');
    const pair = await Promise.all(
      ['pair-admin-a', 'pair-admin-b'].map(async (username) => {
        const response = await t
          .http()
          .post('/api/users')
          .set(bearer(admin))
          .send({ username, fullName: username, role: 'admin', password: 'pair-admin-password' });
        expect(response.status).toBe(201);
        return { ...response.body, token: await t.login(username, 'pair-admin-password') };
      }),
    );
    const [a, b] = pair;
    expect(
      (
        await t
          .http()
          .delete(`/api/users/${(await t.sql<{ id: number }>("SELECT id FROM users WHERE username = 'admin'"))[0].id}`)
          .set(bearer(a.token))
      ).status,
    ).toBe(200);

    const answers = await Promise.all([
      t.http().put(`/api/users/${b.id}`).set(bearer(a.token)).send({ version: b.version, role: 'manager' }),
      t.http().put(`/api/users/${a.id}`).set(bearer(b.token)).send({ version: a.version, role: 'manager' }),
    ]);
    // One demotion wins; the other is refused, either as the last admin (409) or because the loser's
    // own session ended when the winner changed its role (401).
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    const active = await t.sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM users WHERE role = $1 AND active = $2', [
      'admin',
      DB_KIND === 'postgres' ? true : 1,
    ]);
    expect(Number(active[0].n)).toBe(1);
  });
});
