#!/usr/bin/env node
/**
 * The SQLite binding, proven by a figure: the app's own list, get and update code from server/dist
 * (PartnershipsService over TypeORM) run in this process against one database file, once through
 * TypeORM's `better-sqlite3` driver (the app's) and once through its `sqlite` driver (the `sqlite3`
 * package, installed on demand into bench/.deps, never a dependency of the app).
 *
 * `node bench/load/drivers.mjs <file> <seconds per operation> <path of the sqlite3 module>`; the
 * result as JSON on stdout. Each operation runs back to back for the time given; its rate and its
 * CPU per operation (this process's, so the driver's threads count too) are reported.
 */
import { createRequire } from 'node:module';
import { DataSource } from 'typeorm';
import { appServices, dataSourceOptions, ENTITIES } from '../lib/app-services.mjs';
import { LIST_PATH } from './scenarios.mjs';

const [file, secondsArg, sqlite3Path] = process.argv.slice(2);
const seconds = Number(secondsArg);
const require = createRequire(import.meta.url);

const listQuery = Object.fromEntries(new URLSearchParams(LIST_PATH.split('?')[1]));

async function openDataSource(driver) {
  if (driver === 'better-sqlite3') {
    const dataSource = new DataSource({ ...dataSourceOptions({ kind: 'sqlite', file }), entities: ENTITIES });
    return dataSource.initialize();
  }
  const dataSource = new DataSource({
    type: 'sqlite',
    database: file,
    driver: require(sqlite3Path),
    entities: ENTITIES,
    busyTimeout: 5000,
    synchronize: false,
    logging: false,
  });
  await dataSource.initialize();
  // The app's durability: WAL (kept in the file) and synchronous=FULL (per connection).
  await dataSource.query('PRAGMA synchronous = FULL');
  return dataSource;
}

async function timed(work) {
  const until = performance.now() + seconds * 1000;
  const cpu = process.cpuUsage();
  const started = performance.now();
  let count = 0;
  while (count < 5 || performance.now() < until) {
    await work(count);
    count++;
  }
  const elapsed = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { operations: count, perSecond: count / elapsed, cpuUsPerOperation: (used.user + used.system) / count };
}

const results = {};
for (const driver of ['better-sqlite3', 'sqlite3']) {
  const dataSource = await openDataSource(driver);
  const { partnerships } = appServices(dataSource);
  const ids = (await dataSource.query('SELECT id FROM partnerships WHERE archived_at IS NULL ORDER BY id')).map((row) => row.id);
  const spread = (i) => ids[(i * 7919) % ids.length];
  const actor = { id: 3, name: 'Bench Officer', role: 'officer', requestId: `drivers-${driver}` };
  // The records edited, read beforehand (as a form would have them) and replaced by what each edit answers.
  const records = [];
  for (let i = 0; i < 200; i++) records.push(await partnerships.getOne(spread(i + 100_000)));
  let edits = 0;
  results[driver] = {
    list: await timed(() => partnerships.list(listQuery)),
    get: await timed((i) => partnerships.getOne(spread(i))),
    update: await timed(async (i) => {
      const record = records[i % records.length];
      records[i % records.length] = await partnerships.update(
        record.id,
        { ...record, summary: `Driver comparison edit ${++edits} (${driver})` },
        actor,
      );
    }),
  };
  await dataSource.destroy();
}
process.stdout.write(JSON.stringify(results));
