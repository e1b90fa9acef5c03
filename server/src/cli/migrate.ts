import 'reflect-metadata';
import { migrateDatabase } from '../startup/prepare-database';
import { withAppContext } from './app-context';

/** `npm run migrate`: applies pending migrations and refreshes reference data (the server also does this at start). */
void withAppContext(async (app, config) => {
  const { migrationsRun } = await migrateDatabase(app);
  const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL (DATABASE_URL)';
  process.stdout.write(
    migrationsRun.length ? `Applied ${migrationsRun.length} migration(s) to ${where}: ${migrationsRun.join(', ')}\n` : `${where} is up to date.\n`,
  );
});
