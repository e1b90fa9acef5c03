import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/** How many wrong guesses are fired at once: far more than the threshold, all in flight together. */
const PARALLEL_GUESSES = 40;
const THRESHOLD = 5;

describe(`the account lockout under a burst of parallel guesses (${DB_KIND})`, () => {
  let t: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp({ LOCKOUT_THRESHOLD: String(THRESHOLD) });
    adminToken = await t.login('admin');
  });
  afterAll(() => t.close());

  it(`checks at most ${THRESHOLD} of ${PARALLEL_GUESSES} parallel guesses, answers the rest 429, then refuses the right password`, async () => {
    const username = 'burst-target';
    const password = 'Right-password-at-the-end-1';
    const created = await t.http().post('/api/users').set(bearer(adminToken)).send({ username, fullName: 'Burst Target', role: 'officer', password });
    expect(created.status).toBe(201);

    const guesses = await Promise.all(
      Array.from({ length: PARALLEL_GUESSES }, (_, index) =>
        t
          .http()
          .post('/api/auth/login')
          .send({ username, password: `wrong-guess-number-${index}` }),
      ),
    );
    const statuses = guesses.map((response) => response.status);
    // Every guess that reached the password check left a login_failed event: that is the count of checks.
    const checked = await t.count('audit_events', "WHERE action = 'login_failed' AND entity_id = $1", [String(created.body.id)]);
    process.stdout.write(
      `lockout burst (${DB_KIND}): ${PARALLEL_GUESSES} parallel guesses, ${checked} passwords checked, ` +
        `${statuses.filter((status) => status === 429).length} answered 429 (threshold ${THRESHOLD})\n`,
    );
    expect(checked).toBeLessThanOrEqual(THRESHOLD);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(PARALLEL_GUESSES - THRESHOLD + 1);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);

    const rightPassword = await t.http().post('/api/auth/login').send({ username, password });
    expect(rightPassword.status).toBe(429);
    expect(rightPassword.body.message).toMatch(/too many failed sign-ins/i);
    expect(rightPassword.body.accessToken).toBeUndefined();
  });
});
