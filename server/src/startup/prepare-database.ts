import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
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
  const { created, migrationsRun } = await migrateDatabase(app);
  const demoLogins = created && !config.production ? await seedDemo(app, config.demoPassword) : [];
  return { created, migrationsRun, demoLogins };
}

/** Migrations and reference data only: what `npm run migrate` and `user:create` need. */
export async function migrateDatabase(app: INestApplicationContext): Promise<Omit<PreparedDatabase, 'demoLogins'>> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  await checkSqlitePragmas(dataSource);
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.transaction((manager) => loadReferenceData(manager));
  return { created: ran.some((migration) => migration.name === MIGRATIONS[0].name), migrationsRun: ran.map((migration) => migration.name) };
}
