import 'reflect-metadata';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { stopOnSignals } from './startup/graceful-shutdown';
import { prepareDatabase } from './startup/prepare-database';
import { startBanner } from './startup/start-banner';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  const prepared = await prepareDatabase(app, config);
  stopOnSignals(app);
  await app.listen({ port: config.port, host: config.host });

  const url = `http://${['0.0.0.0', '127.0.0.1', '::'].includes(config.host) ? 'localhost' : config.host}:${config.port}`;
  const database = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL (DATABASE_URL)';
  const banner = startBanner({
    url,
    database,
    migrationsRun: prepared.migrationsRun.length,
    demoLogins: prepared.demoLogins,
    production: config.production,
  });
  process.stdout.write(banner);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    process.stderr.write(`KL Partnerships could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
