#!/usr/bin/env node
/**
 * `npm run bench` — the benchmark suite: generate (or reuse) the databases, then for each size
 * and database run every scenario against the floor and the app on the same file, the one-shot
 * scenarios, and the SQLite driver comparison; print the comparison table, write the figures to
 * bench/results/<date>-<full|quick>.json and (a full run) into docs/performance.md.
 *
 *   npm run bench                      # the full run: 100k and 10k, SQLite and PostgreSQL (< 15 min)
 *   npm run bench -- --quick           # small sizes, about a minute: what CI runs
 *   npm run bench -- --only=get,update --backend=sqlite --size=100k
 *   npm run bench -- --no-doc          # leave docs/performance.md as it is
 *
 * It fails (exit 1) when a response was not 2xx, a request failed, or the floor and the app
 * answered differently; goals never fail it (they are judged on the full run, in the table).
 */
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_USERS, SEED, SIZES, TIMINGS } from './config.mjs';
import { checkAgreement } from './floor/agreement.mjs';
import { adminQuery, dropWorkingCopy, ensureDatabases, workingCopy } from './generate/cache.mjs';
import { BENCH_DIR, DATA_DIR, REPO_ROOT, RESULTS_DIR } from './lib/paths.mjs';
import { measurePair, stopLoadGenerator } from './load/measure.mjs';
import { timeColdStarts, timeExport, timeVerify } from './load/one-shots.mjs';
import { fetchRecords, pickIds } from './load/pick.mjs';
import { SCENARIOS } from './load/scenarios.mjs';
import { waitUntilIdle } from './load/idle.mjs';
import { backendPids, LOAD_CORE, SERVER_CORE, signIn, startServer, stopAll } from './load/servers.mjs';
import { ensureSqlite3 } from './load/sqlite3-binding.mjs';
import { writeDoc } from './report/write-doc.mjs';
import { driverRows, tableRows, textTable } from './report/table.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const kind = args.quick ? 'quick' : 'full';
const timings = TIMINGS[kind];
const only = args.only ? args.only.split(',') : null;
const unknown = only?.filter((name) => !SCENARIOS[name] && !['verify', 'export', 'cold-start', 'drivers'].includes(name));
if (unknown?.length) {
  console.error(
    `Unknown scenario(s): ${unknown.join(', ')}. Scenarios: ${[...Object.keys(SCENARIOS), 'verify', 'export', 'cold-start', 'drivers'].join(', ')}.`,
  );
  process.exit(2);
}

const began = Date.now();
const stamp = () => {
  const s = Math.round((Date.now() - began) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const log = (message) => console.log(`[${stamp()}] ${message}`);

/** What to run: the full run measures everything at 100k and the growth scenarios at 10k. */
function plan() {
  const all = Object.keys(SCENARIOS);
  const entries =
    kind === 'quick'
      ? [
          { size: SIZES.quick, backend: 'sqlite', scenarios: all, oneShots: true },
          { size: SIZES.quick, backend: 'postgres', scenarios: all, oneShots: true },
        ]
      : [
          { size: SIZES['100k'], backend: 'sqlite', scenarios: all, oneShots: true },
          { size: SIZES['100k'], backend: 'postgres', scenarios: all, oneShots: true },
          { size: SIZES['10k'], backend: 'sqlite', scenarios: ['list', 'get'], oneShots: false },
          { size: SIZES['10k'], backend: 'postgres', scenarios: ['list', 'get'], oneShots: false },
        ];
  return entries
    .filter((entry) => !args.backend || entry.backend === args.backend)
    .filter((entry) => !args.size || entry.size.name === args.size)
    .map((entry) => ({ ...entry, scenarios: entry.scenarios.filter((name) => !only || only.includes(name)) }));
}

const wants = (name) => !only || only.includes(name);

async function machine() {
  const cpu = /Model name:\s*(.+)/.exec(execSync('lscpu', { encoding: 'utf8' }))?.[1]?.trim() ?? os.cpus()[0]?.model;
  let postgres = 'unavailable';
  try {
    postgres = (await adminQuery('SHOW server_version')).rows[0].server_version;
  } catch {
    // Reported as unavailable; the PostgreSQL runs will fail and say why.
  }
  return {
    cpu,
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres,
    loadBefore: os.loadavg().map((load) => Number(load.toFixed(2))),
    pinning: `servers on core ${SERVER_CORE}, load generators and this driver on core ${LOAD_CORE}`,
  };
}

async function runEntry(entry, cached, failures) {
  const { size, backend } = entry;
  const label = `${size.name}/${backend}`;
  const copy = await workingCopy(size, backend, cached);
  log(`${label}: starting the app and the floor on ${copy.file ? path.relative(REPO_ROOT, copy.file) : copy.database}`);
  const app = await startServer('app', copy.url, `${size.name}-${backend}-app`);
  const floor = await startServer('floor', copy.url, `${size.name}-${backend}-floor`);
  const run = { size: size.name, backend, scenarios: {}, oneShots: {} };
  try {
    const tokens = { officer: await signIn(app.url, BENCH_USERS.officer.username), auditor: await signIn(app.url, BENCH_USERS.auditor.username) };
    const ids = await pickIds(copy, SEED);
    // Both verifies are compared by the verify scenario below; at a million events, once is enough.
    const verifies = !entry.oneShots || kind === 'quick';
    run.agreement = await checkAgreement({
      app: app.url,
      floor: floor.url,
      officer: tokens.officer,
      auditor: tokens.auditor,
      ids,
      verify: verifies,
    });
    if (run.agreement.length) {
      failures.push(...run.agreement.map((difference) => `${label}: floor and app disagree: ${difference}`));
      log(`${label}: the floor and the app DISAGREE:\n  ${run.agreement.join('\n  ')}`);
    } else {
      log(
        `${label}: the floor and the app answer alike (list, search, get, audit log and tab, dashboard, notifications, edits both ways${verifies ? ', verify' : ''})`,
      );
    }
    const recordsFile = path.join(DATA_DIR, `records-${size.name}-${backend}.json`);
    if (entry.scenarios.includes('update')) await fetchRecords(floor, tokens.officer, ids.update, recordsFile);
    const postgresDatabase = copy.database;
    for (const name of entry.scenarios) {
      const scenario = SCENARIOS[name];
      const token = tokens[scenario.user];
      const common = { token, paths: scenario.paths?.(ids), update: scenario.update ? recordsFile : undefined, timings, postgresDatabase };
      const { floor: floorSeries, app: appSeries } = await measurePair({ ...common, floor, app, serial: scenario.serial, label: `${label} ${name}` });
      run.scenarios[name] = { title: scenario.title, floor: floorSeries, app: appSeries };
      for (const [who, series] of [
        ['floor', floorSeries],
        ['app', appSeries],
      ]) {
        if (series.failures.length) failures.push(...series.failures.map((failure) => `${label} ${name} ${who}: ${failure}`));
      }
      const ratio = floorSeries.rps ? appSeries.rps / floorSeries.rps : NaN;
      const latency = appSeries.rate.saturated
        ? `saturated at ${appSeries.rate.target}/s`
        : `p50/p99 ${appSeries.rate.p50.toFixed(1)}/${appSeries.rate.p99.toFixed(1)} ms at ${appSeries.rate.target}/s` +
          (floorSeries.rate && !floorSeries.rate.saturated ? ` (floor ${floorSeries.rate.p50.toFixed(1)}/${floorSeries.rate.p99.toFixed(1)})` : '');
      log(
        `${label} ${name}: floor ${floorSeries.rps.toFixed(1)} req/s, app ${appSeries.rps.toFixed(1)} req/s (${ratio.toFixed(2)}×), app ${latency}` +
          (appSeries.connections < timings.connections
            ? ` (${appSeries.connections} connection(s): ${Math.round(appSeries.probeMs)} ms a request)`
            : '') +
          (floorSeries.failures.length + appSeries.failures.length ? ' — WITH FAILED REQUESTS' : ''),
      );
    }
    if (entry.oneShots) {
      // Both servers quiet for a second: no write still in flight between the two verifies.
      await waitUntilIdle(async () => [app.pid, floor.pid, ...(copy.database ? await backendPids(copy.database) : [])], 20);
      if (wants('verify')) {
        // The floor's verify is the walk and the hashing with better-sqlite3: on PostgreSQL the full
        // run leaves it out (its agreement with the app's is checked at 10k and in the tests).
        const withFloor = backend === 'sqlite' || kind === 'quick';
        run.oneShots.verify = { app: await timeVerify(app, tokens.auditor), floor: withFloor ? await timeVerify(floor, tokens.auditor) : null };
        const { app: byApp, floor: byFloor } = run.oneShots.verify;
        if (byFloor && (byApp.count !== byFloor.count || byApp.headHash !== byFloor.headHash)) {
          failures.push(`${label}: verify differs: app ${byApp.count} events to ${byApp.headHash}, floor ${byFloor.count} to ${byFloor.headHash}`);
        }
        log(`${label} verify: app ${byApp.seconds.toFixed(1)} s${byFloor ? `, floor ${byFloor.seconds.toFixed(1)} s` : ''} (${byApp.count} events)`);
      }
      if (wants('export')) {
        run.oneShots.export = { app: await timeExport(app, tokens.auditor) };
        const exported = run.oneShots.export.app;
        log(
          `${label} export: ${exported.events} events in ${exported.seconds.toFixed(1)} s (${exported.eventsPerSecond.toFixed(0)}/s), RSS +${exported.rssGrowthMb.toFixed(0)} MB`,
        );
      }
      if (wants('cold-start')) {
        run.oneShots.coldStart = { app: await timeColdStarts(copy.url, tokens.officer, timings.coldStarts) };
        log(`${label} cold start: ${run.oneShots.coldStart.app.seconds.toFixed(2)} s (median of ${timings.coldStarts})`);
      }
    }
  } catch (error) {
    failures.push(`${label}: ${error.message}`);
    log(`${label}: FAILED: ${error.stack ?? error}`);
  } finally {
    await app.stop();
    await floor.stop();
    await dropWorkingCopy(size, backend);
  }
  return run;
}

/** TypeORM's sqlite driver beside its better-sqlite3 driver, on a copy of the largest SQLite database measured. */
async function compareDrivers(size, cached, sqlite3) {
  const binding = await sqlite3;
  if (binding.error) return { error: binding.error };
  const copy = await workingCopy(size, 'sqlite', cached);
  try {
    log(`drivers: the app's list, get and update through TypeORM on better-sqlite3 and on sqlite3 (${size.name})…`);
    const child = spawnSync(
      'taskset',
      ['-c', SERVER_CORE, process.execPath, path.join(BENCH_DIR, 'load', 'drivers.mjs'), copy.file, String(kind === 'quick' ? 0.5 : 2), binding.path],
      {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    if (child.status !== 0) return { error: `the comparison failed: ${child.stderr.trim().split('\n').slice(-3).join(' / ')}` };
    return { size: size.name, ...JSON.parse(child.stdout) };
  } finally {
    await dropWorkingCopy(size, 'sqlite');
  }
}

async function main() {
  // This driver and its load generators on one core, the servers on the other.
  spawnSync('taskset', ['-a', '-c', '-p', LOAD_CORE, String(process.pid)], { stdio: 'ignore' });
  const entries = plan();
  const failures = [];
  const results = { kind, date: new Date().toISOString(), seed: SEED, timings, machine: await machine(), generation: {}, runs: [] };
  log(`${kind} run: ${entries.map((entry) => `${entry.size.name}/${entry.backend}`).join(', ')}; ${results.machine.pinning}`);

  // The sqlite3 binding may need compiling: started now, at the lowest priority. The quick run (CI)
  // uses it only when it is there already.
  const comparison = entries.some((entry) => entry.backend === 'sqlite') && wants('drivers');
  const sqlite3 = comparison ? (kind === 'full' ? ensureSqlite3(log) : ensureSqlite3Quietly()) : null;

  const cachedBySize = {};
  let generatedFresh = false;
  for (const size of [...new Set(entries.map((entry) => entry.size))]) {
    const backends = [...new Set(entries.filter((entry) => entry.size === size).map((entry) => entry.backend))];
    const before = Date.now();
    cachedBySize[size.name] = await ensureDatabases(size, backends, log);
    if (Date.now() - before > 5_000) generatedFresh = true;
    results.generation[size.name] = Object.fromEntries(Object.entries(cachedBySize[size.name]).map(([backend, cached]) => [backend, cached.meta]));
  }
  results.generatedFresh = generatedFresh;
  // A first run may still be compiling the sqlite3 binding (at the lowest priority, so it takes
  // only CPU the measurements leave): it is waited for at the end, before the comparison.

  for (const entry of entries) results.runs.push(await runEntry(entry, cachedBySize[entry.size.name][entry.backend], failures));
  if (sqlite3) {
    const size = entries.find((entry) => entry.backend === 'sqlite').size;
    results.drivers = await compareDrivers(size, cachedBySize[size.name].sqlite, sqlite3);
    if (results.drivers.error) log(`drivers: ${results.drivers.error}`);
  }

  stopLoadGenerator();
  results.wallSeconds = (Date.now() - began) / 1000;
  results.failures = failures;
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  // A full run narrowed by --only, --backend or --size is a "partial" run: it never replaces a whole one.
  const partial = kind === 'full' && (args.only || args.backend || args.size);
  const resultsFile = path.join(RESULTS_DIR, `${results.date.slice(0, 10)}-${partial ? 'partial' : kind}.json`);
  fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');

  console.log(`\n${textTable(tableRows(results))}`);
  const drivers = driverRows(results);
  if (drivers.length) console.log(`\n${textTable(drivers)}`);
  console.log(`\nResults: ${path.relative(REPO_ROOT, resultsFile)}; wall time ${(results.wallSeconds / 60).toFixed(1)} min.`);
  if (kind === 'full' && !args['no-doc'] && !args.only && !args.backend && !args.size) {
    writeDoc(results, resultsFile);
    console.log('Wrote the table into docs/performance.md.');
  }
  if (failures.length) {
    console.error(`\nThe run is not valid:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

/** The quick run's driver comparison: only with a binding already installed (CI does not compile one). */
function ensureSqlite3Quietly() {
  return fs.existsSync(path.join(BENCH_DIR, '.deps', 'node_modules', 'sqlite3', 'package.json'))
    ? ensureSqlite3()
    : Promise.resolve({ error: 'not installed (the quick run does not install it; a full run does)' });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopAll();
    process.exit(130);
  });
}

main().catch((error) => {
  console.error(error.stack ?? error);
  process.exit(1);
});
