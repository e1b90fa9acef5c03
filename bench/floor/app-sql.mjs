#!/usr/bin/env node
/**
 * Prints the app's statements for each of the benchmark's requests, as TypeORM logs them, on a
 * tiny generated database: what bench/floor/app-queries.mjs copies. Run it after the app's queries
 * change (floor.test.mjs says when): `node bench/floor/app-sql.mjs [sqlite|postgres]`.
 */
import { BENCH_USERS } from '../config.mjs';
import { appDataSource, tinyDatabases } from '../lib/test-support.mjs';
import { pickIds } from '../load/pick.mjs';
import { signIn, startServer } from '../load/servers.mjs';
import { requests } from './app-statements.mjs';

const backend = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite';
const databases = await tinyDatabases({ sqlite: backend === 'sqlite', postgres: backend === 'postgres', seed: 1 });
// Tokens come from the app itself (a real sign-in and session row).
const app = await startServer('app', databases[backend].url);
try {
  const officer = await signIn(app.url, BENCH_USERS.officer.username);
  const auditor = await signIn(app.url, BENCH_USERS.auditor.username);
  const log = [];
  const dataSource = await appDataSource(databases[backend].url, log);
  for (const request of requests(dataSource, { officer, auditor, ids: await pickIds(databases[backend], 5) })) {
    console.log(`\n-- ${request.name} (${backend})`);
    for (const statement of await request.appStatements(log)) console.log(`${statement.replace(/\s+/g, ' ')};`);
  }
  await dataSource.destroy();
} finally {
  await app.stop();
  await databases.drop();
}
