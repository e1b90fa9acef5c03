import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { type AppConfig, loadConfig } from '../../src/config/app-config';
import { prepareDatabase } from '../../src/startup/prepare-database';
import { type Queries, queriesOn, type Sql, sqlOn } from './queries';

export const DEMO_PASSWORD = 'demo-pass-1234';
export const DB_KIND: 'sqlite' | 'postgres' = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

export interface TestApp extends Queries {
  app: NestFastifyApplication;
  config: AppConfig;
  dataSource: DataSource;
  http: () => ReturnType<typeof request>;
  /** Signs in as a demo user and returns the bearer token. */
  login: (username: string, password?: string) => Promise<string>;
  /** Rows of a raw SQL query (placeholders written as $1, $2 work on both databases). */
  sql: Sql;
  close: () => Promise<void>;
}

let counter = 0;

/**
 * A real app on a real, brand-new database: a SQLite file in a temp folder, or a new PostgreSQL
 * database created for this test file and dropped afterwards. Demo data is loaded as at a first start.
 * A setting given as `undefined` removes the harness's default (e.g. `DEMO_PASSWORD: undefined`).
 * With `attachTo`, the app is a second server instance on the first one's database and data folder
 * (so the same generated keys; nothing is created, seeded or removed for it): what must hold across
 * instances is tested with two of them.
 */
export async function startTestApp(env: Record<string, string | undefined> = {}, options: { attachTo?: TestApp } = {}): Promise<TestApp> {
  const attached = options.attachTo?.config;
  const dataDir = attached?.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'klch-test-'));
  const uiDist = path.join(dataDir, 'ui');
  if (!attached) {
    fs.mkdirSync(path.join(uiDist, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(uiDist, 'index.html'), '<!doctype html><title>KL Partnerships</title><div id="root"></div>');
    fs.writeFileSync(path.join(uiDist, 'assets', 'app-abc123.js'), 'console.log("ui")');
  }

  let databaseUrl = `sqlite:${path.join(dataDir, 'test.sqlite')}`;
  let dropDatabase = async () => undefined as void;
  if (attached) {
    databaseUrl = attached.database.kind === 'postgres' ? attached.database.url : `sqlite:${attached.database.file}`;
  } else if (DB_KIND === 'postgres') {
    const name = `klch_test_${process.pid}_${Date.now()}_${counter++}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }

  const settings: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    UI_DIST: uiDist,
    DATABASE_URL: databaseUrl,
    DEMO_PASSWORD,
    LOGIN_ATTEMPTS_PER_MINUTE: '10000',
    LOG_LEVEL: 'silent',
    // Reminders run when a test asks for them, not on a timer of their own.
    REMINDERS_DAILY: 'false',
    ...env,
  };
  for (const key of Object.keys(settings)) if (settings[key] === undefined) delete settings[key];
  const config = loadConfig(settings);
  const app = await createApp(config, { quiet: true });
  await prepareDatabase(app, config);
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const http = () => request(app.getHttpServer());
  const sql = sqlOn(dataSource);

  return {
    app,
    config,
    dataSource,
    http,
    login: async (username, password = DEMO_PASSWORD) => {
      const response = await http().post('/api/auth/login').send({ username, password });
      if (response.status !== 200) throw new Error(`login as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.accessToken as string;
    },
    sql,
    ...queriesOn(sql, http),
    close: async () => {
      await app.close();
      if (attached) return;
      await dropDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
