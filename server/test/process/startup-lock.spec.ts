import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/app-config';
import { prepareDatabase } from '../../src/startup/prepare-database';
import { openDirect } from '../support/direct-sql';
import { DEMO_PASSWORD, type ScratchDatabase, scratchDatabase } from '../support/server-process';

jest.setTimeout(120_000);

/**
 * Replicas started together on a new PostgreSQL database (`docker compose up`) both run the start-up
 * at once. Here two apps in one process do so at exactly the same moment, which two processes only
 * sometimes manage: without the start-up lock both create the same tables and one start fails.
 */
describe('two instances preparing one new PostgreSQL database at the same moment', () => {
  let database: ScratchDatabase;
  const apps: NestFastifyApplication[] = [];

  beforeAll(async () => {
    database = await scratchDatabase('postgres', 'lock');
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await database.drop();
  });

  it('take turns: one migrates and seeds, the other finds it done', async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, DATA_DIR: database.dataDir, DEMO_PASSWORD, LOG_LEVEL: 'silent' });
    apps.push(await createApp(config, { quiet: true }), await createApp(config, { quiet: true }));
    const prepared = await Promise.all(apps.map((app) => prepareDatabase(app, config)));
    expect(prepared.map((result) => result.created).sort()).toEqual([false, true]);
    const sql = await openDirect(database);
    try {
      const [users] = await sql.query<{ n: string }>("SELECT COUNT(*) AS n FROM users WHERE username = 'officer'");
      expect(Number(users.n)).toBe(1);
      const [partnerships] = await sql.query<{ n: string }>('SELECT COUNT(*) AS n FROM partnerships');
      expect(Number(partnerships.n)).toBe(9);
    } finally {
      await sql.close();
    }
  });
});
