import 'reflect-metadata';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { stopOnSignals } from './startup/graceful-shutdown';
import { prepareDatabase } from './startup/prepare-database';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  const prepared = await prepareDatabase(app, config);
  stopOnSignals(app);
  await app.listen({ port: config.port, host: config.host });

  const url = `http://${['0.0.0.0', '127.0.0.1', '::'].includes(config.host) ? 'localhost' : config.host}:${config.port}`;
  const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL (DATABASE_URL)';
  const lines = [
    '',
    `KL Partnerships is running at ${url}  (API ${url}/api, docs ${url}/api/docs)`,
    `Database: ${where}${prepared.migrationsRun.length ? ` — applied ${prepared.migrationsRun.length} migration(s)` : ''}`,
  ];
  if (prepared.demoLogins.length) {
    lines.push('New demo database with the nine partnerships of the SDG 17 report. Demo logins (shown only this once):');
    for (const login of prepared.demoLogins) lines.push(`  ${login.username.padEnd(9)} ${login.role.padEnd(8)} ${login.password}`);
  } else if (!config.production) {
    lines.push('Demo logins were printed when this database was created (or use DEMO_PASSWORD on a new one).');
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    process.stderr.write(`KL Partnerships could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
