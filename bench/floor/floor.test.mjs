/**
 * The floor is honest: on a generated database, beside the real app (server/dist), it
 * - answers the benchmark's requests byte for byte as the app does, and edits read back the same
 *   through the other (agreement.mjs);
 * - runs the app's statements: the app's own services, with TypeORM's query log on, and the floor
 *   with its statements traced, give the same statements in the same order for the same requests;
 * - does the checks the app does: it refuses a missing or forged token, a role without the right
 *   (and records the refusal), a stale version, a bad query or body.
 * On SQLite and on PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BENCH_USERS, SECRETS } from '../config.mjs';
import { appDataSource, tinyDatabases } from '../lib/test-support.mjs';
import { pickIds } from '../load/pick.mjs';
import { freePort, signIn, startServer } from '../load/servers.mjs';
import { checkAgreement } from './agreement.mjs';
import { forDialect } from './app-queries.mjs';
import { requests } from './app-statements.mjs';
import { openDatabase } from './db.mjs';
import { createFloorServer } from './server.mjs';

/** A statement as a shape: whitespace collapsed, every bound (`?`, `$1`) or inlined number read as `?`. */
export const shape = (sql) =>
  sql
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\$\d+/g, '?')
    .replace(/(?<![\w".])\d+(?![\w"])/g, '?')
    .replace(/^(BEGIN|START) TRANSACTION$/, 'BEGIN');

const STEP_WORDS = { begin: 'BEGIN', commit: 'COMMIT', rollback: 'ROLLBACK' };

let databases;
before(async () => {
  databases = await tinyDatabases({ seed: 11 });
});
after(async () => {
  await databases?.drop();
});

for (const backend of ['sqlite', 'postgres']) {
  describe(`the floor on ${backend}`, () => {
    let app;
    let floor;
    let officer;
    let auditor;
    let ids;
    before(async () => {
      const { url } = databases[backend];
      app = await startServer('app', url);
      floor = await startServer('floor', url);
      officer = await signIn(app.url, BENCH_USERS.officer.username);
      auditor = await signIn(app.url, BENCH_USERS.auditor.username);
      ids = await pickIds(databases[backend], 5);
    });
    after(async () => {
      await app?.stop();
      await floor?.stop();
    });

    test('answers as the app does, byte for byte, and edits read back the same through either', async () => {
      assert.deepEqual(await checkAgreement({ app: app.url, floor: floor.url, officer, auditor, ids }), []);
    });

    test("runs the app's statements, in the app's order", async () => {
      const { url } = databases[backend];
      const log = [];
      const dataSource = await appDataSource(url, log);
      const steps = [];
      const db = openDatabase(url, { trace: (step) => steps.push(step) });
      const server = createFloorServer({ db, jwtSecret: SECRETS.JWT_SECRET, log: () => {} });
      const port = await freePort();
      await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
      try {
        for (const request of requests(dataSource, { officer, auditor, ids })) {
          const expected = (await request.appStatements(log)).map(shape);
          const body = await request.floorBody?.();
          steps.splice(0);
          const response = await fetch(`http://127.0.0.1:${port}${request.path}`, {
            method: body ? 'PUT' : 'GET',
            headers: { authorization: `Bearer ${request.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
            body: body ? JSON.stringify(body) : undefined,
          });
          assert.equal(response.status, 200, `${request.name}: ${await response.text()}`);
          const actual = steps.map((step) => (step.kind in STEP_WORDS ? STEP_WORDS[step.kind] : shape(forDialect(step.sql, db.dialect))));
          assert.deepEqual(actual, expected, `${request.name}: the floor's statements differ from the app's (bench/floor/app-queries.mjs)`);
        }
      } finally {
        await new Promise((resolve) => server.close(resolve));
        await db.close();
        await dataSource.destroy();
      }
    });

    test('refuses what the app refuses', async () => {
      const get = (path, token, init = {}) =>
        fetch(`${floor.url}${path}`, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers } });
      const id = ids.get[1];
      assert.equal((await get(`/api/partnerships/${id}`)).status, 401);
      const [header, payload] = officer.split('.');
      assert.equal((await get(`/api/partnerships/${id}`, `${header}.${payload}.${'A'.repeat(43)}`)).status, 401, 'a forged signature');
      assert.equal((await get('/api/partnerships?sort=["password","ASC"]', officer)).status, 400);
      assert.equal((await get('/api/partnerships/0', officer)).status, 400);
      assert.equal((await get('/api/partnerships/99999', officer)).status, 404);

      const record = await (await get(`/api/partnerships/${id}`, officer)).json();
      const put = (body, token = officer) =>
        get(`/api/partnerships/${id}`, token, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      assert.equal((await put({ ...record, summary: 'x', secret: 1 })).status, 400, 'an unknown field');
      assert.equal((await put({ ...record, title: '' })).status, 400, 'an empty title');
      assert.equal((await put({ ...record, status: record.status === 'draft' ? 'active' : 'draft' })).status, 422, 'a status change by PUT');
      assert.equal((await put({ ...record, summary: 'first' })).status, 200);
      assert.equal((await put({ ...record, summary: 'second' })).status, 409, 'the version read before the first edit');

      const denied = async () =>
        (await (await get(`/api/audit-events?filter=${encodeURIComponent('{"action":"access_denied"}')}`, auditor)).json()).length;
      const before = await denied();
      assert.equal((await put({ ...record, summary: 'an auditor' }, auditor)).status, 403);
      assert.equal(await denied(), before + 1, 'the refusal is recorded in the trail');
    });
  });
}
