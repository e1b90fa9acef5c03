import { ApiClient } from '../support/api-client';
import { openDirect } from '../support/direct-sql';
import { reportFigure } from '../support/report-figure';
import { type ScratchDatabase, scratchDatabase, type ServerProcess, startServer } from '../support/server-process';
import { type AckedWrite, missingWrites } from '../support/writers';

const ROUNDS = 10;
const CREATES_EACH = 10;
/** Low enough to reach from one address in a test; the other tests sign in from 127.0.0.1 and stay well under it. */
const ATTEMPTS_PER_MINUTE = 40;
/** The instances trust one proxy hop, as behind nginx: each test below can speak for an address of its own. */
const SERVER_ENV = { TRUST_PROXY: '1', LOGIN_ATTEMPTS_PER_MINUTE: String(ATTEMPTS_PER_MINUTE) };

jest.setTimeout(120_000);

/**
 * Two server processes on one PostgreSQL, as docker-compose.yml runs them behind nginx: whatever one
 * instance knows (versions, the chain head, lockouts, revoked sessions) the other must know at once,
 * because it lives in the database, not in a process.
 */
describe('two server processes on one PostgreSQL', () => {
  let database: ScratchDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  let apiA: ApiClient;
  let apiB: ApiClient;

  beforeAll(async () => {
    database = await scratchDatabase('postgres', 'two');
    // Both at once on a brand-new database, as `docker compose up` starts the replicas.
    [a, b] = await Promise.all([startServer(database, SERVER_ENV), startServer(database, SERVER_ENV)]);
    apiA = new ApiClient(a.url);
    apiB = new ApiClient(b.url);
  });
  afterAll(async () => {
    await Promise.all([a?.kill(), b?.kill()]);
    await database.drop();
  });

  it('started together on a new database, they migrate and load the demo data once', async () => {
    const sql = await openDirect(database);
    try {
      const migrations = await sql.query<{ name: string; n: string }>('SELECT name, COUNT(*) AS n FROM migrations GROUP BY name');
      expect(migrations.length).toBeGreaterThan(0);
      expect(migrations.filter((row) => Number(row.n) !== 1)).toEqual([]);
      const [partnerships] = await sql.query<{ n: string }>('SELECT COUNT(*) AS n FROM partnerships');
      expect(Number(partnerships.n)).toBe(9);
    } finally {
      await sql.close();
    }
  });

  it('writes through both: no lost update (one of two edits of the same version wins), one unbroken chain', async () => {
    const officerA = await apiA.login('officer');
    const officerB = await apiB.login('officer');
    const auditor = await apiA.login('auditor');
    const before = await apiB.get('/api/audit-events/verify', auditor);
    expect(before.body).toMatchObject({ valid: true });
    const acked: AckedWrite[] = [];

    const creates = await Promise.all(
      Array.from({ length: CREATES_EACH * 2 }, (_, n) =>
        (n % 2 ? apiB : apiA).call('POST', '/api/organisations', {
          token: n % 2 ? officerB : officerA,
          body: { name: `Two instances partner ${n}`, type: 'academic', country: 'MY' },
        }),
      ),
    );
    for (const created of creates) {
      expect(created.status).toBe(201);
      acked.push({ entityType: 'organisations', id: created.body.id, action: 'create' });
    }

    const made = await apiA.call('POST', '/api/partnerships', {
      token: officerA,
      body: { title: 'Edited through both', category: 'international_city', instrument: 'mou' },
    });
    expect(made.status).toBe(201);
    acked.push({ entityType: 'partnerships', id: made.body.id, action: 'create' });
    let version: number = made.body.version;
    for (let round = 0; round < ROUNDS; round++) {
      const titles = [`Round ${round} via A`, `Round ${round} via B`];
      const [viaA, viaB] = await Promise.all([
        apiA.call('PUT', `/api/partnerships/${made.body.id}`, { token: officerA, body: { version, title: titles[0] } }),
        apiB.call('PUT', `/api/partnerships/${made.body.id}`, { token: officerB, body: { version, title: titles[1] } }),
      ]);
      expect([viaA.status, viaB.status].sort()).toEqual([200, 409]);
      const winner = viaA.status === 200 ? 0 : 1;
      acked.push({ entityType: 'partnerships', id: made.body.id, action: 'update', title: titles[winner] });
      // The other instance reads what the winner wrote, at the next version: nothing was overwritten unseen.
      const read = await (winner === 0 ? apiB : apiA).get(`/api/partnerships/${made.body.id}`, officerA);
      expect(read.body).toMatchObject({ title: titles[winner], version: version + 1 });
      version = read.body.version;
    }

    const after = await apiA.get('/api/audit-events/verify', auditor);
    expect(after.body).toMatchObject({ valid: true, count: before.body.count + acked.length });
    const sql = await openDirect(database);
    try {
      expect(await missingWrites(sql, acked)).toEqual([]);
    } finally {
      await sql.close();
    }
    reportFigure(
      `two instances: ${acked.length} acknowledged writes (${ROUNDS} rounds of two edits of one version, one winner each), chain of ${after.body.count} events valid`,
    );
  });

  it('failed sign-ins through A and B count together: the account locks for both', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const answer = await (attempt % 2 ? apiB : apiA).call('POST', '/api/auth/login', {
        body: { username: 'manager2', password: `wrong guess ${attempt}` },
      });
      expect([401, 429]).toContain(answer.status);
    }
    for (const api of [apiA, apiB]) {
      const right = await api.call('POST', '/api/auth/login', { body: { username: 'manager2', password: 'demo-pass-1234' } });
      expect(right.status).toBe(429);
    }
  });

  it('sign-ins from one address count once across A and B: the per-IP limit holds for both together', async () => {
    const from = { 'X-Forwarded-For': '203.0.113.7' };
    // The limit is a sliding window over the minute: attempts straddling the turn of a minute count
    // the earlier ones at a falling weight, and on a loaded machine (each refusal hashes a password)
    // the last attempt could then pass. Start with most of a minute ahead.
    const leftInMinute = 60_000 - (Date.now() % 60_000);
    if (leftInMinute < 45_000) await new Promise((resolve) => setTimeout(resolve, leftInMinute + 100));
    const statuses: number[] = [];
    for (let attempt = 0; attempt < ATTEMPTS_PER_MINUTE; attempt++) {
      const answer = await (attempt % 2 ? apiB : apiA).call('POST', '/api/auth/login', {
        body: { username: `nobody${attempt}`, password: 'not a password at all' },
        headers: from,
      });
      statuses.push(answer.status);
    }
    expect(statuses.filter((status) => status === 429)).toEqual([]);
    for (const api of [apiA, apiB]) {
      const refused = await api.call('POST', '/api/auth/login', { body: { username: 'officer', password: 'demo-pass-1234' }, headers: from });
      expect(refused.status).toBe(429);
    }
    // Another address is not held back by that one's attempts.
    const other = await apiB.call('POST', '/api/auth/login', {
      body: { username: 'officer', password: 'demo-pass-1234' },
      headers: { 'X-Forwarded-For': '203.0.113.8' },
    });
    expect(other.status).toBe(200);
  });

  it('a logout through A ends the token at B at once', async () => {
    const token = await apiA.login('auditor');
    expect((await apiB.get('/api/auth/me', token)).status).toBe(200);
    expect((await apiA.call('POST', '/api/auth/logout', { token })).status).toBeLessThan(300);
    expect((await apiB.get('/api/auth/me', token)).status).toBe(401);
  });

  it('deactivating an account through A ends its token at B at once', async () => {
    const admin = await apiA.login('admin');
    const manager = await apiB.login('manager');
    const me = await apiB.get('/api/auth/me', manager);
    expect(me.status).toBe(200);
    expect(await apiA.call('DELETE', `/api/users/${me.body.user.id}`, { token: admin })).toMatchObject({ status: 200 });
    expect((await apiB.get('/api/auth/me', manager)).status).toBe(401);
  });
});
