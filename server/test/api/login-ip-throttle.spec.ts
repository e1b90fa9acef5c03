import { bearer, DB_KIND, DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

const LIMIT = 3;
const THRESHOLD = 5;

/**
 * The per-address sign-in limit behind a proxy (TRUST_PROXY=1: only the address the proxy appended
 * is believed) and across two server instances on one database. Each test uses its own client
 * addresses (documentation ranges), so their minutes' counts do not mix.
 */
describe(`per-IP sign-in throttling behind a proxy and across instances (${DB_KIND})`, () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    const env = { TRUST_PROXY: '1', LOGIN_ATTEMPTS_PER_MINUTE: String(LIMIT), LOCKOUT_THRESHOLD: String(THRESHOLD) };
    first = await startTestApp(env);
    second = await startTestApp(env, { attachTo: first });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  /** A sign-in as a proxy forwards it: the client's own header first, then the address the proxy saw. */
  const signIn = (app: TestApp, forwardedFor: string, password = DEMO_PASSWORD) =>
    app.http().post('/api/auth/login').set('X-Forwarded-For', forwardedFor).send({ username: 'officer', password });

  it('gives a made-up left-most X-Forwarded-For entry no new allowance: the address the proxy appended is counted', async () => {
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= LIMIT + 2; attempt++) {
      // Each request claims another address; the proxy's own entry (the last) is the same.
      statuses.push((await signIn(first, `10.66.0.${attempt}, 198.51.100.10`)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await signIn(first, '10.66.0.99, 198.51.100.10');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ statusCode: 429, message: expect.stringMatching(/too many sign-in attempts from your network address/i) });
    expect(refused.headers['retry-after']).toBe('60');
    // Another client behind the same proxy has its own allowance.
    expect((await signIn(first, '10.66.0.1, 198.51.100.11')).status).toBe(200);
  });

  it('counts attempts through both instances against one limit', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 2; attempt++) {
      statuses.push((await signIn(attempt % 2 === 0 ? first : second, '198.51.100.20')).status);
    }
    // Each instance alone saw at most 3 attempts: only a shared count refuses the 4th.
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const rows = await first.sql<{ attempts: number | string }>('SELECT attempts FROM login_ip_throttle WHERE ip = $1', ['198.51.100.20']);
    expect(rows.reduce((sum, row) => sum + Number(row.attempts), 0)).toBe(LIMIT + 2);
  });

  it('throttles own password changes per address too, and the signed-in user stays signed in', async () => {
    const token = (await signIn(first, '198.51.100.30')).body.accessToken as string;
    const change = () =>
      first
        .http()
        .post('/api/auth/password')
        .set(bearer(token))
        .set('X-Forwarded-For', '198.51.100.31')
        .send({ currentPassword: 'not-the-current-one', newPassword: 'A-new-password-for-me-9' });
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= LIMIT + 1; attempt++) statuses.push((await change()).status);
    expect(statuses).toEqual([422, 422, 422, 429]);
    expect((await first.http().get('/api/auth/me').set(bearer(token))).status).toBe(200);
  });

  it('deletes the minutes that are over, so the table does not grow forever', async () => {
    await first.sql('INSERT INTO login_ip_throttle (ip, window_start, attempts) VALUES ($1, $2, $3)', ['203.0.113.1', '2020-01-01T00:00:00.000Z', 7]);
    // A fresh instance prunes on its first attempt (then once a minute); this minute's and the last one's rows stay.
    const third = await startTestApp({ TRUST_PROXY: '1', LOGIN_ATTEMPTS_PER_MINUTE: String(LIMIT) }, { attachTo: first });
    try {
      expect((await signIn(third, '198.51.100.40')).status).toBe(200);
    } finally {
      await third.close();
    }
    expect(await first.count('login_ip_throttle', 'WHERE window_start < $1', ['2021-01-01'])).toBe(0);
    expect(await first.count('login_ip_throttle', 'WHERE ip = $1', ['198.51.100.40'])).toBe(1);
  });
});
