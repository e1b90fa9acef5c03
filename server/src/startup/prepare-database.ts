import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { whileLocked } from '../database/locks';
import { MIGRATIONS } from '../database/migrations';
import { checkSqlitePragmas } from '../database/sqlite-pragmas';
import { loadReferenceData } from '../seed/reference-data';
import { type DemoLogin, seedDemo } from '../seed/seed-demo';

export interface PreparedDatabase {
  /** True when this start created the schema. */
  created: boolean;
  migrationsRun: string[];
  demoLogins: DemoLogin[];
}

/**
 * What every start does before serving: migrate, check SQLite's safety settings, refresh reference
 * data, and on a brand-new database outside production, load the demo data and demo users.
 */
export async function prepareDatabase(app: INestApplicationContext, config: AppConfig): Promise<PreparedDatabase> {
  // Instances started together (two replicas on one PostgreSQL) take turns: the first creates and seeds, the next finds it done.
  return whileLocked(dataSourceOf(app), 'startup', async () => {
    const { created, migrationsRun } = await migrateUnlocked(app);
    const demoLogins = created && !config.production ? await seedDemo(app, config.demoPassword) : [];
    return { created, migrationsRun, demoLogins };
  });
}

/** Migrations and reference data only: what `npm run migrate` and `user:create` need. */
export function migrateDatabase(app: INestApplicationContext): Promise<Omit<PreparedDatabase, 'demoLogins'>> {
  return whileLocked(dataSourceOf(app), 'startup', () => migrateUnlocked(app));
}

const dataSourceOf = (app: INestApplicationContext) => app.get<DataSource>(getDataSourceToken());

async function migrateUnlocked(app: INestApplicationContext): Promise<Omit<PreparedDatabase, 'demoLogins'>> {
  const dataSource = dataSourceOf(app);
  await checkSqlitePragmas(dataSource);
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  // No transaction around it: it reads, and writes (if anything differs) in one statement.
  await loadReferenceData(dataSource.manager);
  return { created: ran.some((migration) => migration.name === MIGRATIONS[0].name), migrationsRun: ran.map((migration) => migration.name) };
}
