import * as path from 'node:path';
import { ApiClient } from '../support/api-client';
import { openDirect, sqliteIntegrity } from '../support/direct-sql';
import { reportFigure } from '../support/report-figure';
import { runCli, type ScratchDatabase, scratchDatabase, type ServerProcess, startServer } from '../support/server-process';
import { missingWrites, startWriters } from '../support/writers';

const DB_KIND: 'sqlite' | 'postgres' = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

jest.setTimeout(120_000);

/**
 * `npm run backup` while the server writes, `npm run restore` into a new place: the copy holds
 * every write acknowledged before the backup began, passes the integrity check, and its audit chain
 * verifies, also against the signed head exported before the backup.
 */
describe(`backup while writing, restore into a new place (${DB_KIND})`, () => {
  let original: ScratchDatabase;
  let restored: ScratchDatabase;
  let server: ServerProcess | null = null;

  beforeAll(async () => {
    [original, restored] = await Promise.all([scratchDatabase(DB_KIND, 'orig'), scratchDatabase(DB_KIND, 'copy')]);
  });
  afterAll(async () => {
    await server?.kill();
    await Promise.all([original.drop(), restored.drop()]);
  });

  it('backs up a consistent copy while writers run; restore refuses to replace it without --force; the copy verifies', async () => {
    server = await startServer(original);
    const api = new ApiClient(server.url);
    const [officer, auditor] = [await api.login('officer'), await api.login('auditor')];
    const writers = startWriters(api, officer, { writers: 2, prefix: 'backup' });
    await new Promise((resolve) => setTimeout(resolve, 500));

    const head = await api.get('/api/audit-events/head', auditor);
    expect(head.status).toBe(200);
    const ackedBefore = [...writers.acked];
    const file = path.join(original.dataDir, `backup.${DB_KIND === 'sqlite' ? 'sqlite' : 'pgdump'}`);
    const backup = await runCli('backup', ['--to', file], original);
    const ackedDuring = writers.acked.length - ackedBefore.length;
    await writers.stop();
    expect(writers.unexpected).toEqual([]);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(backup.stdout).toContain(`to ${file}`);
    expect(ackedBefore.length).toBeGreaterThan(0);

    const first = await runCli('restore', ['--from', file], restored);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/^Restored .* into /);
    expect(first.stdout).toContain('Audit chain verified');

    const again = await runCli('restore', ['--from', file], restored);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Restore refused: .*restoring would replace (it|them).*--force/);
    const forced = await runCli('restore', ['--from', file, '--force'], restored);
    expect(forced).toMatchObject({ code: 0 });
    expect(forced.stdout).toMatch(/replaced/);

    if (restored.file) expect(sqliteIntegrity(restored.file)).toBe('ok');
    const sql = await openDirect(restored);
    try {
      expect(await missingWrites(sql, ackedBefore)).toEqual([]);
    } finally {
      await sql.close();
    }

    await server.kill();
    server = await startServer(restored);
    const copy = new ApiClient(server.url);
    const plain = await copy.get('/api/audit-events/verify', auditor);
    expect(plain.body).toMatchObject({ valid: true });
    const { seq, hash, signature } = head.body;
    const againstHead = await copy.get(`/api/audit-events/verify?seq=${seq}&hash=${hash}&signature=${signature}`, auditor);
    expect(againstHead.body).toMatchObject({ valid: true, exportedHeadSeq: seq });
    reportFigure(
      `backup on ${DB_KIND}: ${ackedBefore.length} writes acknowledged before the backup found in the restored copy (${ackedDuring} more during it), chain of ${plain.body.count} events valid, signed head seq ${seq} matched`,
    );
  });
});
