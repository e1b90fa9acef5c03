import { JwtService } from '@nestjs/jwt';
import { JWT_SECRET } from '../../src/auth/jwt-secret';
import { bearer, DB_KIND, DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

const SESSION_HOURS_SECONDS = 8 * 3600;

/** Every password this file types, so the last test can check none of them reached the audit trail. */
const PASSWORDS_USED = new Set<string>([DEMO_PASSWORD]);

function sessionCookie(setCookie: string | string[] | undefined): { header: string; token: string; attributes: string[] } {
  const all = ([] as string[]).concat(setCookie ?? []);
  const header = all.find((line) => line.startsWith('klch_session='));
  if (!header) throw new Error(`no klch_session cookie in ${JSON.stringify(all)}`);
  const [pair, ...attributes] = header.split(';').map((part) => part.trim());
  return { header, token: pair.slice('klch_session='.length), attributes };
}

describe(`sign-in, sessions and their end (${DB_KIND})`, () => {
  let t: TestApp;
  let adminToken: string;
  let userCounter = 0;

  beforeAll(async () => {
    t = await startTestApp();
    adminToken = await t.login('admin');
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) => {
    PASSWORDS_USED.add(password);
    return t.http().post('/api/auth/login').send({ username, password });
  };
  const me = (token: string) => t.http().get('/api/auth/me').set(bearer(token));
  const meByCookie = (token: string) => t.http().get('/api/auth/me').set('Cookie', `klch_session=${token}`);
  const auditCount = async (action: string, entityId?: number) => {
    const rows =
      entityId === undefined
        ? await t.sql('SELECT id FROM audit_events WHERE action = $1', [action])
        : await t.sql('SELECT id FROM audit_events WHERE action = $1 AND entity_id = $2', [action, String(entityId)]);
    return rows.length;
  };

  /** A fresh account for tests that lock, revoke or deactivate it, so the demo users stay usable. */
  const createUser = async (role = 'officer') => {
    const username = `auth-user-${++userCounter}`;
    const password = `Pass-${userCounter}-long-enough`;
    PASSWORDS_USED.add(password);
    const response = await t
      .http()
      .post('/api/users')
      .set(bearer(adminToken))
      .send({ username, fullName: `Auth User ${userCounter}`, role, password });
    expect(response.status).toBe(201);
    return { id: response.body.id as number, version: response.body.version as number, username, password };
  };

  it('sets an HttpOnly, SameSite=Strict session cookie for 8 hours and answers the user and token, no secrets', async () => {
    const response = await login('officer', DEMO_PASSWORD);
    expect(response.status).toBe(200);
    const cookie = sessionCookie(response.headers['set-cookie']);
    expect(cookie.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', `Max-Age=${SESSION_HOURS_SECONDS}`, 'Path=/']));
    expect(cookie.token).toBe(response.body.accessToken);
    expect(response.body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(Object.keys(response.body).sort()).toEqual(['accessToken', 'user']);
    expect(response.body.user).toMatchObject({ username: 'officer', fullName: 'Demo Officer', role: 'officer', active: true });
    const text = JSON.stringify(response.body);
    for (const secret of ['passwordHash', 'password_hash', 'tokenVersion', 'token_version', '$argon2', DEMO_PASSWORD]) {
      expect(text).not.toContain(secret);
    }
  });

  it('accepts the cookie alone and the bearer token alone, and neither is required to be the other', async () => {
    const token = (await login('auditor', DEMO_PASSWORD)).body.accessToken as string;
    const byCookie = await meByCookie(token);
    expect(byCookie.status).toBe(200);
    expect(byCookie.body.user).toMatchObject({ username: 'auditor', role: 'auditor' });
    const byBearer = await me(token);
    expect(byBearer.status).toBe(200);
    expect(byBearer.body.user.username).toBe('auditor');
    expect(JSON.stringify(byBearer.body)).not.toMatch(/passwordHash|tokenVersion/);
    expect((await t.http().get('/api/auth/me')).status).toBe(401);
  });

  it('matches usernames without regard to case or surrounding spaces', async () => {
    const response = await login('  OFFICER ', DEMO_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body.user.username).toBe('officer');
  });

  it('answers a wrong password and an unknown user with the same 401 body', async () => {
    const wrongPassword = await login('manager', 'not-the-password-1');
    const unknownUser = await login('nobody-here', 'not-the-password-1');
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownUser.body);
    expect(wrongPassword.body.message).toBe('Wrong username or password.');
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
    expect(wrongPassword.body.accessToken).toBeUndefined();
  });

  it('says which field is missing with a 400, before checking anything', async () => {
    const empty = await t.http().post('/api/auth/login').send({});
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual({ username: expect.any(String), password: expect.any(String) });
    const noPassword = await t.http().post('/api/auth/login').send({ username: 'officer' });
    expect(noPassword.status).toBe(400);
    expect(Object.keys(noPassword.body.errors)).toEqual(['password']);
    const notText = await t
      .http()
      .post('/api/auth/login')
      .send({ username: ['officer'], password: 12345678901234 });
    expect(notText.status).toBe(400);
    expect(Object.keys(notText.body.errors).sort()).toEqual(['password', 'username']);
  });

  it('locks a username after 5 failures, even against the right password, and an unknown name the same way', async () => {
    const user = await createUser();
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) statuses.push((await login(user.username, `wrong-password-${attempt}`)).status);
    // The 5th failure is the one that locks: it already says so.
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const locked = await login(user.username, user.password);
    expect(locked.status).toBe(429);
    expect(locked.body.message).toMatch(/too many failed sign-ins/i);
    expect(locked.body.accessToken).toBeUndefined();

    const ghost = 'no-such-account';
    for (let attempt = 1; attempt <= 5; attempt++) await login(ghost, `wrong-password-${attempt}`);
    const ghostLocked = await login(ghost, 'anything-at-all-1');
    expect(ghostLocked.status).toBe(429);
    const withoutTime = (message: string) => message.replace(/\d{2}:\d{2}/, 'HH:MM');
    expect(withoutTime(ghostLocked.body.message)).toBe(withoutTime(locked.body.message));

    // Other accounts are not affected.
    expect((await login('officer', DEMO_PASSWORD)).status).toBe(200);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const user = await createUser();
    // 3 + 3 failures would lock (threshold 5) if the success between them did not reset the count.
    for (let attempt = 1; attempt <= 3; attempt++) expect((await login(user.username, `wrong-${attempt}-password`)).status).toBe(401);
    expect((await login(user.username, user.password)).status).toBe(200);
    for (let attempt = 1; attempt <= 3; attempt++) expect((await login(user.username, `wrong-${attempt}-password`)).status).toBe(401);
    expect((await login(user.username, user.password)).status).toBe(200);
  });

  it('ends this session at once on logout, for the bearer token and the cookie alike, clears the cookie, and leaves the others', async () => {
    const user = await createUser();
    const first = (await login(user.username, user.password)).body.accessToken as string;
    const second = (await login(user.username, user.password)).body.accessToken as string;
    expect((await me(first)).status).toBe(200);
    expect((await meByCookie(second)).status).toBe(200);

    const logout = await t.http().post('/api/auth/logout').set(bearer(first));
    expect(logout.status).toBe(200);
    const cleared = sessionCookie(logout.headers['set-cookie']);
    expect(cleared.token).toBe('');
    expect(cleared.attributes).toContain('Max-Age=0');

    expect((await me(first)).status).toBe(401);
    expect((await meByCookie(first)).status).toBe(401);
    // Only the session that logged out ends (DELETE /api/auth/sessions ends them all: sessions.spec.ts).
    expect((await me(second)).status).toBe(200);
    expect((await meByCookie(second)).status).toBe(200);
    expect((await t.http().post('/api/auth/logout').set(bearer(first))).status).toBe(401);
    // Signing in again works.
    expect((await me((await login(user.username, user.password)).body.accessToken)).status).toBe(200);
  });

  it("revokes a user's session when an admin changes their role, but not for a change of name", async () => {
    const user = await createUser();
    const token = (await login(user.username, user.password)).body.accessToken as string;

    const renamed = await t.http().put(`/api/users/${user.id}`).set(bearer(adminToken)).send({ version: user.version, fullName: 'Renamed User' });
    expect(renamed.status).toBe(200);
    expect((await me(token)).status).toBe(200);

    const promoted = await t.http().put(`/api/users/${user.id}`).set(bearer(adminToken)).send({ version: renamed.body.version, role: 'manager' });
    expect(promoted.status).toBe(200);
    expect(promoted.body.role).toBe('manager');
    expect((await me(token)).status).toBe(401);
    expect((await meByCookie(token)).status).toBe(401);

    const again = await login(user.username, user.password);
    expect(again.status).toBe(200);
    expect(again.body.user.role).toBe('manager');
  });

  it("revokes a user's session when an admin resets their password; only the new password works", async () => {
    const user = await createUser();
    const token = (await login(user.username, user.password)).body.accessToken as string;
    const newPassword = 'A-brand-new-password-42';
    PASSWORDS_USED.add(newPassword);

    const reset = await t.http().put(`/api/users/${user.id}`).set(bearer(adminToken)).send({ version: user.version, password: newPassword });
    expect(reset.status).toBe(200);
    expect(JSON.stringify(reset.body)).not.toMatch(/password/i);
    expect((await me(token)).status).toBe(401);
    expect((await login(user.username, user.password)).status).toBe(401);
    expect((await login(user.username, newPassword)).status).toBe(200);
  });

  it('lets a user change their own password: other sessions end, this one is renewed, and it is audited', async () => {
    const user = await createUser();
    const first = (await login(user.username, user.password)).body.accessToken as string;
    const second = (await login(user.username, user.password)).body.accessToken as string;
    const newPassword = 'My-own-new-password-7';
    PASSWORDS_USED.add(newPassword);

    const wrong = await t.http().post('/api/auth/password').set(bearer(first)).send({ currentPassword: 'not-it-at-all', newPassword });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toHaveProperty('currentPassword');
    expect((await me(second)).status).toBe(200); // a refused change ends nothing
    const short = await t.http().post('/api/auth/password').set(bearer(first)).send({ currentPassword: user.password, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toHaveProperty('newPassword');

    const changed = await t.http().post('/api/auth/password').set(bearer(first)).send({ currentPassword: user.password, newPassword });
    expect(changed.status).toBe(200);
    expect(changed.headers['set-cookie']?.[0]).toMatch(/^klch_session=[^;]+;.*HttpOnly/);
    expect(JSON.stringify(changed.body.user)).not.toMatch(/password|token/i);
    expect((await me(first)).status).toBe(401);
    expect((await me(second)).status).toBe(401);
    expect((await me(changed.body.accessToken)).status).toBe(200);
    expect((await login(user.username, user.password)).status).toBe(401);
    expect((await login(user.username, newPassword)).status).toBe(200);
    expect(await auditCount('password_change', user.id)).toBe(1);
    expect((await t.http().post('/api/auth/password').send({ currentPassword: newPassword, newPassword: 'whatever-else-long' })).status).toBe(401);
  });

  it("revokes a user's session when an admin deactivates them, and they cannot sign in again", async () => {
    const user = await createUser();
    const token = (await login(user.username, user.password)).body.accessToken as string;
    expect((await me(token)).status).toBe(200);

    const deactivated = await t.http().delete(`/api/users/${user.id}`).set(bearer(adminToken));
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.active).toBe(false);
    expect((await me(token)).status).toBe(401);
    expect((await meByCookie(token)).status).toBe(401);
    const refused = await login(user.username, user.password);
    expect(refused.status).toBe(401);
    expect(refused.body.accessToken).toBeUndefined();
  });

  it('refuses garbage, forged, unsigned and expired tokens', async () => {
    const [officer] = await t.sql<{ id: number }>('SELECT id FROM users WHERE username = $1', ['officer']);
    const [{ token_version: tv }] = await t.sql<{ token_version: number }>('SELECT token_version FROM users WHERE id = $1', [officer.id]);
    await login('officer', DEMO_PASSWORD);
    const [{ id: sid }] = await t.sql<{ id: number }>('SELECT MAX(id) AS id FROM sessions WHERE user_id = $1', [officer.id]);
    const payload = { sub: Number(officer.id), tv: Number(tv), sid: Number(sid) };

    const forged = new JwtService({ secret: 'another-secret-that-is-long-enough-to-look-real' }).sign(payload, {
      algorithm: 'HS256',
      expiresIn: '1h',
    });
    const realSecret = t.app.get<string>(JWT_SECRET);
    const genuine = new JwtService({ secret: realSecret }).sign(payload, { algorithm: 'HS256', expiresIn: '1h' });
    const expired = new JwtService({ secret: realSecret }).sign({ ...payload, exp: Math.floor(Date.now() / 1000) - 60 }, { algorithm: 'HS256' });
    // Signed with the real key but naming no session (as tokens did before sessions were kept), or a session that is not there.
    const sessionless = new JwtService({ secret: realSecret }).sign({ sub: payload.sub, tv: payload.tv }, { algorithm: 'HS256', expiresIn: '1h' });
    const unknownSession = new JwtService({ secret: realSecret }).sign({ ...payload, sid: 999999 }, { algorithm: 'HS256', expiresIn: '1h' });
    const base64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${base64({ alg: 'none', typ: 'JWT' })}.${base64({ ...payload, exp: Math.floor(Date.now() / 1000) + 3600 })}.`;

    // The control: a token signed with the app's own key is accepted, so the refusals below are about the token.
    expect((await me(genuine)).status).toBe(200);
    for (const token of ['garbage', 'a.b.c', forged, unsigned, expired, sessionless, unknownSession]) {
      const response = await me(token);
      expect(response.status).toBe(401);
      expect(response.body.message).toMatch(/sign in/i);
      expect((await meByCookie(token)).status).toBe(401);
    }
  });

  it('audits every sign-in, failed sign-in and sign-out', async () => {
    const [manager] = await t.sql<{ id: number }>('SELECT id FROM users WHERE username = $1', ['manager2']);
    const id = Number(manager.id);
    const before = { login: await auditCount('login', id), failed: await auditCount('login_failed', id), logout: await auditCount('logout', id) };

    const token = (await login('manager2', DEMO_PASSWORD)).body.accessToken as string;
    expect(await auditCount('login', id)).toBe(before.login + 1);
    expect((await login('manager2', 'definitely-wrong-1')).status).toBe(401);
    expect(await auditCount('login_failed', id)).toBe(before.failed + 1);
    expect((await t.http().post('/api/auth/logout').set(bearer(token))).status).toBe(200);
    expect(await auditCount('logout', id)).toBe(before.logout + 1);

    const [failed] = await t.sql<{ actor_name: string; reason: string }>(
      'SELECT actor_name, reason FROM audit_events WHERE action = $1 AND entity_id = $2 ORDER BY id DESC',
      ['login_failed', String(id)],
    );
    expect(failed).toMatchObject({ actor_name: 'Demo Manager Two', reason: 'wrong password' });
    const unknownBefore = await auditCount('login_failed');
    await login('someone-unknown', 'definitely-wrong-2');
    expect(await auditCount('login_failed')).toBe(unknownBefore + 1);
  });

  it('answers a deactivated account exactly like a wrong password, audits why, and counts it towards the lockout', async () => {
    const user = await createUser();
    expect((await t.http().delete(`/api/users/${user.id}`).set(bearer(adminToken))).status).toBe(200);

    const rightPassword = await login(user.username, user.password);
    const wrongPassword = await login(user.username, 'not-the-password-1');
    expect(rightPassword.status).toBe(401);
    expect(rightPassword.body).toEqual(wrongPassword.body);
    expect(rightPassword.headers['set-cookie']).toBeUndefined();
    const reasons = (
      await t.sql<{ reason: string }>('SELECT reason FROM audit_events WHERE action = $1 AND entity_id = $2 ORDER BY id', [
        'login_failed',
        String(user.id),
      ])
    ).map((row) => row.reason);
    expect(reasons).toEqual(['account deactivated', 'wrong password']);

    // Two failures so far: three more right-password attempts lock the name like any failures would.
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) statuses.push((await login(user.username, user.password)).status);
    expect(statuses).toEqual([401, 401, 429]);
  });

  it('audits every wrong current password on a password change, and locks the account after 5 while the user stays signed in', async () => {
    const user = await createUser();
    const token = (await login(user.username, user.password)).body.accessToken as string;
    const change = (currentPassword: string, newPassword = 'Changed-my-mind-password-3') => {
      PASSWORDS_USED.add(currentPassword);
      PASSWORDS_USED.add(newPassword);
      return t.http().post('/api/auth/password').set(bearer(token)).send({ currentPassword, newPassword });
    };
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) statuses.push((await change(`wrong-current-password-${attempt}`)).status);
    expect(statuses).toEqual([422, 422, 422, 422, 429]);
    expect(await auditCount('password_change_failed', user.id)).toBe(5);
    const [failed] = await t.sql<{ actor_id: number; reason: string }>(
      'SELECT actor_id, reason FROM audit_events WHERE action = $1 AND entity_id = $2',
      ['password_change_failed', String(user.id)],
    );
    expect(failed).toMatchObject({ reason: 'wrong current password' });
    expect(Number(failed.actor_id)).toBe(user.id);

    // Locked: even the right current password is refused, unchecked and unaudited; the session goes on.
    const locked = await change(user.password);
    expect(locked.status).toBe(429);
    expect(locked.body.message).toMatch(/too many wrong passwords for this account/i);
    expect(await auditCount('password_change_failed', user.id)).toBe(5);
    expect(await auditCount('password_change', user.id)).toBe(0);
    expect((await me(token)).status).toBe(200);
    // The same lock holds for signing in: it is the account's password either way.
    expect((await login(user.username, user.password)).status).toBe(429);
  });

  describe('the password rule, wherever a password is set', () => {
    const refusals: Array<[string, (username: string) => string, RegExp]> = [
      ['too short', () => 'Short-pw-11', /must be 12 to 128 characters/],
      ['too long', () => 'x1'.repeat(65), /must be 12 to 128 characters/],
      ['one character repeated', () => 'kkkkkkkkkkkkkkkk', /one character repeated/],
      ['a common breached password', () => 'qazwsxedcrfv', /most common passwords/],
      ['a common password with digits added', () => 'Sunshine2025!', /most common passwords/],
      ['the username inside it', (username) => `My-${username.toUpperCase()}-secret-key`, /must not contain the username/],
    ];

    it.each(refusals)('refuses %s for a new account (400 naming password)', async (_label, password, reason) => {
      const username = `policy-new-${++userCounter}`;
      const before = await t.count('users');
      const response = await t
        .http()
        .post('/api/users')
        .set(bearer(adminToken))
        .send({ username, fullName: 'Policy New', role: 'officer', password: password(username) });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual({ password: expect.stringMatching(reason) });
      expect(await t.count('users')).toBe(before);
    });

    // Every change below is refused, so one account serves them all.
    let user: Awaited<ReturnType<typeof createUser>>;
    let token: string;
    beforeAll(async () => {
      user = await createUser();
      token = (await login(user.username, user.password)).body.accessToken as string;
    });

    it.each(refusals)(
      'refuses %s for a reset by an admin (400 naming password), and the old password still works',
      async (_label, password, reason) => {
        const response = await t
          .http()
          .put(`/api/users/${user.id}`)
          .set(bearer(adminToken))
          .send({ version: user.version, password: password(user.username) });
        expect(response.status).toBe(400);
        expect(response.body.errors).toEqual({ password: expect.stringMatching(reason) });
        expect((await me(token)).status).toBe(200); // a refused reset ends no session
      },
    );

    it.each(refusals)('refuses %s for your own change (400 naming newPassword), using no guess', async (_label, password, reason) => {
      const response = await t
        .http()
        .post('/api/auth/password')
        .set(bearer(token))
        .send({ currentPassword: 'not-even-the-right-one', newPassword: password(user.username) });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual({ newPassword: expect.stringMatching(reason) });
      // Refused before the current password was looked at: no failure counted, none audited.
      expect(await auditCount('password_change_failed', user.id)).toBe(0);
      expect(await t.count('login_throttle', 'WHERE username = $1', [user.username])).toBe(0);
    });

    it('left every refused change without effect: the old password still signs in', async () => {
      expect((await login(user.username, user.password)).status).toBe(200);
    });
  });

  it('never writes a password into the audit trail', async () => {
    const rows = await t.sql('SELECT * FROM audit_events');
    expect(rows.length).toBeGreaterThan(0);
    const text = JSON.stringify(rows);
    expect(PASSWORDS_USED.size).toBeGreaterThan(5);
    for (const password of PASSWORDS_USED) expect(text).not.toContain(password);
    expect(text).not.toContain('$argon2');
    // Nor a name typed for no account: people sometimes type their password into the username box.
    for (const typed of ['nobody-here', 'no-such-account', 'someone-unknown']) expect(text).not.toContain(typed);
  });
});

describe(`per-IP sign-in throttling (${DB_KIND})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('answers 429 to the 4th sign-in request within a minute, even with the right password', async () => {
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      statuses.push((await t.http().post('/api/auth/login').send({ username: 'officer', password: DEMO_PASSWORD })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Only sign-in is throttled: the rest of the API still answers.
    expect((await t.http().get('/api/health')).status).toBe(200);
  });
});
