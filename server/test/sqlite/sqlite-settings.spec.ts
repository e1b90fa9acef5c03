import { startTestApp, type TestApp } from '../support/test-app';

/** SQLite only: the runner's PostgreSQL pass runs test/api, not this folder. */
describe('SQLite is set up for safety at start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const pragma = async (name: string) => Object.values((await t.dataSource.query(`PRAGMA ${name}`))[0])[0];

  it('uses WAL, synchronous=FULL, foreign keys and a busy timeout of at least 5 s', async () => {
    expect(String(await pragma('journal_mode')).toLowerCase()).toBe('wal');
    expect(Number(await pragma('synchronous'))).toBe(2);
    expect(Number(await pragma('foreign_keys'))).toBe(1);
    expect(Number(await pragma('busy_timeout'))).toBeGreaterThanOrEqual(5000);
  });
});
