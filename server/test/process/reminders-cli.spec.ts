import { openDirect } from '../support/direct-sql';
import { runCli, type ScratchDatabase, scratchDatabase, startServer } from '../support/server-process';

const DB_KIND: 'sqlite' | 'postgres' = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

jest.setTimeout(120_000);

/**
 * `npm run reminders` (the built CLI) on a demo database: it sends what the demo data has due (its
 * dates move with the day the database is made, so something always is), says so, and sends
 * nothing the second time.
 */
describe(`npm run reminders (${DB_KIND})`, () => {
  let database: ScratchDatabase;

  beforeAll(async () => {
    database = await scratchDatabase(DB_KIND, 'reminders');
    // A first start makes the demo database; then the command runs beside no server.
    const server = await startServer(database);
    await server.kill();
  });
  afterAll(() => database.drop());

  it('sends the reminders due, prints them, and sends none twice', async () => {
    const first = await runCli('reminders', [], database);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^Reminders for \d{4}-\d{2}-\d{2}: .*reminder_expiry.*reminder_milestone_overdue.*\(0 already sent before, not sent again\)\.$/m,
    );
    const again = await runCli('reminders', [], database);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/: none due \([1-9]\d* already sent before, not sent again\)\.$/m);

    const sql = await openDirect(database);
    try {
      const [sent] = await sql.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM reminders_sent');
      const [told] = await sql.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM notifications');
      expect(Number(sent.n)).toBeGreaterThan(0);
      expect(Number(told.n)).toBe(Number(sent.n));
    } finally {
      await sql.close();
    }
  });
});
