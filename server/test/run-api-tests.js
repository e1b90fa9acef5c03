#!/usr/bin/env node
/**
 * Runs the server's tests: unit, API and process tests on SQLite, then the API and process tests again
 * on PostgreSQL. The process tests (test/process) start the built server (server/dist) as a child
 * process: the root `npm test` builds before testing.
 * PostgreSQL comes from TEST_DATABASE_URL (default postgres://root@127.0.0.1:5432/test). When it is
 * unreachable the PostgreSQL run is skipped with one loud line — except under CI=true, where that
 * is a failure. Extra arguments go to jest (e.g. a file pattern).
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { Client } = require('pg');

const pgUrl = process.env.TEST_DATABASE_URL || 'postgres://root@127.0.0.1:5432/test';
const jestBin = require.resolve('jest/bin/jest');
const extra = process.argv.slice(2);
const cwd = path.resolve(__dirname, '..');

function runJest(label, env, args) {
  console.log(`\n=== server tests on ${label} ===`);
  const result = spawnSync(process.execPath, [jestBin, ...args, ...extra], { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

async function postgresReachable() {
  const client = new Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

(async () => {
  let ok = runJest('SQLite (unit, API, processes)', { TEST_DB: 'sqlite' }, []);
  const reachable = await postgresReachable();
  if (reachable === true) {
    // The API and process tests again (or, given a pattern, the files it names): unit tests need no second database.
    ok =
      runJest('PostgreSQL (API, processes)', { TEST_DB: 'postgres', TEST_DATABASE_URL: pgUrl }, extra.length ? [] : ['test/api', 'test/process']) &&
      ok;
  } else if (process.env.CI === 'true') {
    console.error(`\n!!! PostgreSQL is not reachable at ${pgUrl} (${reachable}): CI needs it. FAILING. !!!\n`);
    ok = false;
  } else {
    console.warn(
      `\n!!! PostgreSQL NOT REACHABLE at ${pgUrl} (${reachable}): API tests ran on SQLite only. Set TEST_DATABASE_URL or start PostgreSQL. !!!\n`,
    );
  }
  process.exit(ok ? 0 : 1);
})();
