import * as passwordHash from '../../src/common/passwords/password-hash';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/** How many wrong guesses are fired at once: far more than the threshold, all in flight together. */
const PARALLEL_GUESSES = 40;
const THRESHOLD = 5;

/**
 * A burst of parallel wrong guesses at one account. The passwords checked are counted where they
 * are checked (a spy on verifyPassword, which still runs) and in what the trail records (each checked
 * wrong guess leaves one login_failed event). On PostgreSQL the
 * burst is split over two server instances on one database: the count is the database's row lock,
 * not one process's memory. (SQLite is one process's file: two instances on it are not a deployment.)
 */
describe(`the account lockout under a burst of parallel guesses (${DB_KIND})`, () => {
  let t: TestApp;
  let instances: TestApp[];
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp({ LOCKOUT_THRESHOLD: String(THRESHOLD) });
    instances = DB_KIND === 'postgres' ? [t, await startTestApp({ LOCKOUT_THRESHOLD: String(THRESHOLD) }, { attachTo: t })] : [t];
    adminToken = await t.login('admin');
  });
  afterAll(async () => {
    for (const instance of [...(instances ?? [])].reverse()) await instance.close();
  });

  it(`checks at most ${THRESHOLD} of ${PARALLEL_GUESSES} parallel guesses, answers the rest 429, then refuses the right password`, async () => {
    const username = 'burst-target';
    const password = 'Right-password-at-the-end-1';
    const created = await t.http().post('/api/users').set(bearer(adminToken)).send({ username, fullName: 'Burst Target', role: 'officer', password });
    expect(created.status).toBe(201);

    const checks = jest.spyOn(passwordHash, 'verifyPassword');
    const guesses = await Promise.all(
      Array.from({ length: PARALLEL_GUESSES }, (_, index) =>
        instances[index % instances.length]
          .http()
          .post('/api/auth/login')
          .send({ username, password: `wrong-guess-number-${index}` }),
      ),
    );
    const checked = checks.mock.calls.length;
    checks.mockRestore();
    const statuses = guesses.map((response) => response.status);
    const failedEvents = await t.count('audit_events', "WHERE action = 'login_failed' AND entity_id = $1", [String(created.body.id)]);
    const refused = statuses.filter((status) => status === 429).length;
    process.stdout.write(
      `lockout burst (${DB_KIND}, ${instances.length} instance(s)): ${PARALLEL_GUESSES} parallel guesses, ` +
        `${checked} passwords checked, ${refused} answered 429 (threshold ${THRESHOLD})\n`,
    );
    expect(checked).toBeLessThanOrEqual(THRESHOLD);
    expect(failedEvents).toBe(checked);
    // The threshold-th wrong guess locks and already says so: at most threshold - 1 answers are 401.
    expect(refused).toBeGreaterThanOrEqual(PARALLEL_GUESSES - THRESHOLD + 1);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);

    for (const instance of instances) {
      const rightPassword = await instance.http().post('/api/auth/login').send({ username, password });
      expect(rightPassword.status).toBe(429);
      expect(rightPassword.body.message).toMatch(/too many failed sign-ins/i);
      expect(rightPassword.body.accessToken).toBeUndefined();
    }
  });
});
