import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';

/**
 * The built server (`server/dist/main.js`) as a child process on a database of its own: what the
 * process tests kill, stop and run twice. The root `npm test` builds before testing; run
 * `npm run build -w shared && npm run build -w server` before running one of these files alone.
 */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_DIST = path.join(REPO_ROOT, 'server', 'dist');
export const DEMO_PASSWORD = 'demo-pass-1234';
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

/** The settings every started server gets, so a restart (or a second instance) signs and checks the same tokens. */
const FIXED_ENV = {
  NODE_ENV: 'test',
  DEMO_PASSWORD,
  JWT_SECRET: 'process-test-jwt-secret-0123456789abcdef',
  AUDIT_HEAD_KEY: 'process-test-audit-head-key-0123456789abcdef',
  LOGIN_ATTEMPTS_PER_MINUTE: '10000',
  LOG_LEVEL: 'silent',
  // The daily reminders would write their own audit event a few seconds after start, whenever they
  // fall due; the process tests count the trail's events (reminders.spec.ts tests the job).
  REMINDERS_DAILY: 'false',
};

export interface ScratchDatabase {
  kind: 'sqlite' | 'postgres';
  /** What DATABASE_URL says. */
  url: string;
  /** DATA_DIR: uploads, and on SQLite the file itself. */
  dataDir: string;
  /** The SQLite file (null on PostgreSQL). */
  file: string | null;
  drop: () => Promise<void>;
}

let counter = 0;

/** A brand-new SQLite file in a temp folder, or a brand-new PostgreSQL database. */
export async function scratchDatabase(kind: 'sqlite' | 'postgres', label = 'db'): Promise<ScratchDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `klch-${label}-`));
  fs.mkdirSync(path.join(dataDir, 'ui'));
  if (kind === 'sqlite') {
    const file = path.join(dataDir, 'klch.sqlite');
    return { kind, url: `sqlite:${file}`, dataDir, file, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `klch_${label}_${process.pid}_${Date.now()}_${counter++}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  return {
    kind,
    url: postgresUrl(name),
    dataDir,
    file: null,
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A database name on the test server, as a URL (the database need not exist). */
export function postgresUrl(name: string): string {
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(text: string): Promise<void> {
  const client = new Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  exited: Promise<Exit>;
  /** SIGKILL, and wait until the process is gone. */
  kill: () => Promise<Exit>;
}

/** Starts a command and resolves once GET /api/health answers 200 on its port. */
export async function startProcess(command: string, args: string[], options: { env: Record<string, string>; port: number; detached?: boolean }) {
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), ...options.env, PORT: String(options.port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${options.port}`;
  let gone: Exit | null = null;
  void exited.then((exit) => (gone = exit));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (gone) throw new Error(`the server exited (${JSON.stringify(gone)}) before answering:\n${stdout}\n${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /api/health within 60 s:\n${stdout}\n${stderr}`);
    }
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const server: ServerProcess = {
    url,
    port: options.port,
    child,
    output: () => ({ stdout, stderr }),
    exited,
    kill: async () => {
      if (!gone) child.kill('SIGKILL');
      return exited;
    },
  };
  return server;
}

/** `node server/dist/main.js` on the given database. */
export async function startServer(database: ScratchDatabase, env: Record<string, string> = {}): Promise<ServerProcess> {
  if (!fs.existsSync(path.join(SERVER_DIST, 'main.js'))) {
    throw new Error('server/dist/main.js is missing: run `npm run build -w shared && npm run build -w server` first (the root `npm test` does).');
  }
  return startProcess(process.execPath, [path.join(SERVER_DIST, 'main.js')], {
    env: { ...FIXED_ENV, DATABASE_URL: database.url, DATA_DIR: database.dataDir, UI_DIST: path.join(database.dataDir, 'ui'), ...env },
    port: await freePort(),
  });
}

/** Runs a built CLI command (`server/dist/cli/<name>.js`) to the end. */
export function runCli(
  name: string,
  args: string[],
  database: ScratchDatabase,
  env: Record<string, string> = {},
): Promise<Exit & { stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(SERVER_DIST, 'cli', `${name}.js`), ...args], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? os.tmpdir(),
        ...FIXED_ENV,
        DATABASE_URL: database.url,
        DATA_DIR: database.dataDir,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
