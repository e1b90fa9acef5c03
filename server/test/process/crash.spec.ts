import { ApiClient } from '../support/api-client';
import { openDirect, sqliteIntegrity } from '../support/direct-sql';
import { reportFigure } from '../support/report-figure';
import { seededRandom } from '../support/seeded-random';
import { type ScratchDatabase, scratchDatabase, type ServerProcess, startServer } from '../support/server-process';
import { type AckedWrite, missingWrites, startWriters } from '../support/writers';

const DB_KIND: 'sqlite' | 'postgres' = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
/** `npm test` runs a few rounds; `npm run test:crash -w server` runs many (CRASH_ROUNDS, CRASH_SEED to replay one). */
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 3);
const SEED = Number(process.env.CRASH_SEED ?? 20261201);
const WRITERS = 4;

jest.setTimeout(60_000 + ROUNDS * 30_000);

/**
 * kill -9 of the real server while several clients write: nothing it acknowledged may be lost, and
 * nothing half-done may remain (a row without its audit event, or an event without its row).
 */
describe(`kill -9 while writing (${DB_KIND})`, () => {
  let database: ScratchDatabase;
  let server: ServerProcess | null = null;

  beforeAll(async () => {
    database = await scratchDatabase(DB_KIND, 'crash');
  });
  afterAll(async () => {
    await server?.kill();
    await database.drop();
  });

  it(`keeps every acknowledged write, with exactly one audit event, through ${ROUNDS} SIGKILLs at random moments`, async () => {
    const random = seededRandom(SEED);
    const acked: AckedWrite[] = [];
    server = await startServer(database);
    const officer = await new ApiClient(server.url).login('officer');
    const auditor = await new ApiClient(server.url).login('auditor');
    let events = 0;

    for (let round = 0; round < ROUNDS; round++) {
      const writers = startWriters(new ApiClient(server.url), officer, { writers: WRITERS, prefix: `round ${round}` });
      // Long enough for a few hundred writes, then anywhere inside the next write: seeded, so a failure replays.
      await new Promise((resolve) => setTimeout(resolve, 300 + Math.floor(random() * 700)));
      const exit = await server.kill();
      await writers.done;
      expect(exit.signal).toBe('SIGKILL');
      expect(writers.unexpected).toEqual([]);
      expect(writers.acked.length).toBeGreaterThan(0);
      acked.push(...writers.acked);

      if (database.file) expect(sqliteIntegrity(database.file)).toBe('ok');
      server = await startServer(database);
      const sql = await openDirect(database);
      try {
        expect(await missingWrites(sql, acked)).toEqual([]);
      } finally {
        await sql.close();
      }
      const verify = await new ApiClient(server.url).get('/api/audit-events/verify', auditor);
      expect(verify.status).toBe(200);
      expect(verify.body).toMatchObject({ valid: true });
      events = verify.body.count;
    }
    reportFigure(
      `kill -9 on ${DB_KIND}: ${ROUNDS} rounds (seed ${SEED}, ${WRITERS} writers), ${acked.length} acknowledged writes found with one audit event each, chain of ${events} events valid`,
    );
  });
});
