import type { SessionRecord } from '@klch/shared';
import { createApp } from '../../src/app.factory';
import { bearer, DB_KIND, DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

const CHROMIUM_LINUX = {
  'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  'Sec-CH-UA': '"Chromium";v="142", "Not_A Brand";v="99"',
  'Sec-CH-UA-Platform': '"Linux"',
};
const FIREFOX_WINDOWS = { 'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0' };
/** What a cookie-authenticated write must carry (see access/cross-site.ts); harmless for bearer tokens. */
const APP_HEADER = { 'X-KLCH-Request': '1' };

describe(`sessions one by one, and sign out everywhere (${DB_KIND})`, () => {
  let t: TestApp;
  let adminToken: string;
  let userCounter = 0;

  beforeAll(async () => {
    t = await startTestApp();
    adminToken = await t.login('admin');
  });
  afterAll(() => t.close());

  /** A fresh account, so ending its sessions leaves the demo users alone. */
  const createUser = async () => {
    const username = `session-user-${++userCounter}`;
    const password = `Session-pass-${userCounter}-long`;
    const created = await t
      .http()
      .post('/api/users')
      .set(bearer(adminToken))
      .send({ username, fullName: `Session User ${userCounter}`, role: 'officer', password });
    expect(created.status).toBe(201);
    return { id: created.body.id as number, version: created.body.version as number, username, password };
  };
  const signIn = async (user: { username: string; password: string }, headers: Record<string, string> = {}) => {
    const response = await t.http().post('/api/auth/login').set(headers).send({ username: user.username, password: user.password });
    expect(response.status).toBe(200);
    return response.body.accessToken as string;
  };
  const me = (token: string) => t.http().get('/api/auth/me').set(bearer(token));
  const sessionsOf = async (token: string): Promise<SessionRecord[]> => {
    const response = await t.http().get('/api/auth/sessions').set(bearer(token));
    expect(response.status).toBe(200);
    return response.body as SessionRecord[];
  };
  const currentId = async (token: string) => (await sessionsOf(token)).find((session) => session.current)!.id;
  const eventsOf = (userId: number, action: string) =>
    t.sql<{ actor_id: number; reason: string }>(
      'SELECT actor_id, reason FROM audit_events WHERE entity_type = $1 AND entity_id = $2 AND action = $3 ORDER BY id',
      ['users', String(userId), action],
    );

  it("lists the user's own sessions, most recent first: device in words, IP, signed in, last seen, the current one marked", async () => {
    const user = await createUser();
    const linux = await signIn(user, CHROMIUM_LINUX);
    const windows = await signIn(user, FIREFOX_WINDOWS);
    await signIn({ username: 'officer', password: DEMO_PASSWORD }); // someone else's session, never listed here

    const seenFromWindows = await sessionsOf(windows);
    expect(seenFromWindows.map((session) => [session.device, session.current])).toEqual([
      ['Firefox on Windows', true],
      ['Chromium on Linux', false],
    ]);
    const [, fromLinux] = seenFromWindows;
    expect(fromLinux).toEqual({
      id: expect.any(Number),
      device: 'Chromium on Linux',
      userAgent: CHROMIUM_LINUX['User-Agent'],
      ip: expect.stringMatching(/127\.0\.0\.1|::1/),
      signedInAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      lastSeenAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      current: false,
    });
    expect(Date.parse(fromLinux.expiresAt) - Date.parse(fromLinux.signedInAt)).toBe(8 * 3_600_000);
    // The same sessions seen from the other one: only the mark moves.
    expect((await sessionsOf(linux)).map((session) => [session.id, session.current])).toEqual(
      seenFromWindows.map((session) => [session.id, !session.current]),
    );
  });

  it('ends one session by its id: its token is refused from the next request, the others stay, and the trail says who ended which', async () => {
    const user = await createUser();
    const phone = await signIn(user, FIREFOX_WINDOWS);
    const desk = await signIn(user, CHROMIUM_LINUX);
    const phoneId = await currentId(phone);
    const deskId = await currentId(desk);

    const ended = await t.http().delete(`/api/auth/sessions/${phoneId}`).set(bearer(desk)).set(APP_HEADER);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ id: phoneId, device: 'Firefox on Windows', current: false });
    // Ending another session leaves this browser's cookie alone.
    expect(ended.headers['set-cookie']).toBeUndefined();

    expect((await me(phone)).status).toBe(401);
    expect((await t.http().get('/api/auth/me').set('Cookie', `klch_session=${phone}`)).status).toBe(401);
    expect((await me(desk)).status).toBe(200);
    expect((await sessionsOf(desk)).map((session) => session.id)).toEqual([deskId]);

    const [event] = await eventsOf(user.id, 'session_end');
    expect(Number(event.actor_id)).toBe(user.id);
    expect(event.reason).toBe(`session ${phoneId} (Firefox on Windows, ${ended.body.ip}) ended by its user, from session ${deskId}`);

    // Gone is gone: a second end is a 404 that says why, and ends nothing.
    const again = await t.http().delete(`/api/auth/sessions/${phoneId}`).set(bearer(desk)).set(APP_HEADER);
    expect(again.status).toBe(404);
    expect(again.body.message).toBe(`Session ${phoneId} is not one of your open sessions: it may have ended already.`);
    expect((await t.http().delete('/api/auth/sessions/abc').set(bearer(desk))).status).toBe(400);

    // Ending the current one signs this browser out and clears its cookie.
    const self = await t.http().delete(`/api/auth/sessions/${deskId}`).set(bearer(desk)).set(APP_HEADER);
    expect(self.status).toBe(200);
    expect(self.body.current).toBe(true);
    expect(String(self.headers['set-cookie'])).toMatch(/^klch_session=;.*Max-Age=0/);
    expect((await me(desk)).status).toBe(401);
  });

  it("refuses to end another user's session with the same 404 as an unknown id, and ends nothing", async () => {
    const victim = await createUser();
    const other = await createUser();
    const victimToken = await signIn(victim);
    const victimSession = await currentId(victimToken);
    const otherToken = await signIn(other);
    const before = await t.count('audit_events');

    const refused = await t.http().delete(`/api/auth/sessions/${victimSession}`).set(bearer(otherToken)).set(APP_HEADER);
    expect(refused.status).toBe(404);
    expect(refused.body.message).toBe(`Session ${victimSession} is not one of your open sessions: it may have ended already.`);
    expect((await me(victimToken)).status).toBe(200);
    expect(await t.count('sessions', 'WHERE id = $1', [victimSession])).toBe(1);
    expect(await t.count('audit_events')).toBe(before);
  });

  it('signs out everywhere: every session and token of the user ends, this one included, and it is audited once', async () => {
    const user = await createUser();
    const tokens = [await signIn(user), await signIn(user, CHROMIUM_LINUX), await signIn(user, FIREFOX_WINDOWS)];
    const bystander = await signIn({ username: 'manager', password: DEMO_PASSWORD });

    const everywhere = await t.http().delete('/api/auth/sessions').set(bearer(tokens[1])).set(APP_HEADER);
    expect(everywhere.status).toBe(200);
    expect(everywhere.body).toEqual({ message: 'Signed out everywhere: 3 sessions ended.', ended: 3 });
    expect(String(everywhere.headers['set-cookie'])).toMatch(/^klch_session=;.*Max-Age=0/);
    for (const token of tokens) expect((await me(token)).status).toBe(401);
    expect(await t.count('sessions', 'WHERE user_id = $1', [user.id])).toBe(0);
    expect((await me(bystander)).status).toBe(200);

    const events = await eventsOf(user.id, 'logout_everywhere');
    expect(events).toHaveLength(1);
    expect(events[0].reason).toMatch(/^3 sessions ended: \d+, \d+, \d+$/);
    // A new sign-in starts afresh.
    expect(await sessionsOf(await signIn(user))).toHaveLength(1);
  });

  it("ends all of a user's sessions on an admin's password reset, role change or deactivation, and on their own password change", async () => {
    const user = await createUser();
    let version = user.version;
    const put = async (body: Record<string, unknown>) => {
      const response = await t
        .http()
        .put(`/api/users/${user.id}`)
        .set(bearer(adminToken))
        .send({ version, ...body });
      expect(response.status).toBe(200);
      version = response.body.version;
    };
    const twoSessions = async (password = user.password) => [await signIn({ ...user, password }), await signIn({ ...user, password })];
    const allRefused = async (tokens: string[]) => {
      for (const token of tokens) expect((await me(token)).status).toBe(401);
    };

    let tokens = await twoSessions();
    await put({ password: 'Reset-by-the-admin-1' });
    await allRefused(tokens);

    tokens = await twoSessions('Reset-by-the-admin-1');
    await put({ role: 'manager' });
    await allRefused(tokens);

    tokens = await twoSessions('Reset-by-the-admin-1');
    const changed = await t
      .http()
      .post('/api/auth/password')
      .set(bearer(tokens[0]))
      .set(APP_HEADER)
      .send({ currentPassword: 'Reset-by-the-admin-1', newPassword: 'Changed-by-myself-2' });
    expect(changed.status).toBe(200);
    await allRefused(tokens);
    // The renewed session is the only one listed: the dead rows are not shown.
    const renewed = await sessionsOf(changed.body.accessToken);
    expect(renewed.map((session) => session.current)).toEqual([true]);

    tokens = [changed.body.accessToken, await signIn({ ...user, password: 'Changed-by-myself-2' })];
    expect((await t.http().delete(`/api/users/${user.id}`).set(bearer(adminToken))).status).toBe(200);
    await allRefused(tokens);
  });

  it('writes last-seen at most once a minute per session, not on every request', async () => {
    const user = await createUser();
    const token = await signIn(user);
    const id = await currentId(token);
    const lastSeen = async () => String((await t.sql<{ at: string }>('SELECT last_seen_at AS at FROM sessions WHERE id = $1', [id]))[0].at);

    const atSignIn = await lastSeen();
    for (let request = 0; request < 5; request++) expect((await me(token)).status).toBe(200);
    expect(await lastSeen()).toBe(atSignIn);

    // A minute and a bit later (set back in the database rather than waited for), the next request writes it once.
    const minuteAgo = new Date(Date.now() - 61_000).toISOString();
    await t.sql('UPDATE sessions SET last_seen_at = $1 WHERE id = $2', [minuteAgo, id]);
    expect((await me(token)).status).toBe(200);
    const touched = await lastSeen();
    expect(touched > minuteAgo).toBe(true);
    expect((await me(token)).status).toBe(200);
    expect(await lastSeen()).toBe(touched);
    expect((await sessionsOf(token))[0].lastSeenAt).toBe(touched);
  });

  it('keeps the truth in the database: a session ended through one server instance is refused by another on the same database', async () => {
    const second = await createApp(t.config, { quiet: true });
    try {
      const user = await createUser();
      const token = await signIn(user);
      const other = await signIn(user);
      const onSecond = (path: string) => second.inject({ method: 'GET', url: path, headers: bearer(token) });
      expect((await onSecond('/api/auth/me')).statusCode).toBe(200);

      const ended = await t
        .http()
        .delete(`/api/auth/sessions/${await currentId(token)}`)
        .set(bearer(other))
        .set(APP_HEADER);
      expect(ended.status).toBe(200);
      const refused = await onSecond('/api/auth/me');
      expect(refused.statusCode).toBe(401);
      expect(refused.json().message).toMatch(/sign in/i);
      expect((await second.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(other) })).statusCode).toBe(200);
    } finally {
      await second.close();
    }
  });
});
