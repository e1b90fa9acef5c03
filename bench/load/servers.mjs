/**
 * Starting what is measured: the app (`node server/dist/main.js`, in production mode, its request
 * log on and written to a file) and the floor, each pinned to the server core with `taskset`, on
 * the same database. And the small things around them: signing in, reading a process's CPU time
 * and memory, the PostgreSQL backends serving a database.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { BENCH_PASSWORD, SECRETS } from '../config.mjs';
import { adminQuery } from '../generate/cache.mjs';
import { DATA_DIR, FLOOR_MAIN, REPO_ROOT, SERVER_MAIN } from '../lib/paths.mjs';

/** The core the servers run on, and the one the load generators (and this driver) run on. */
export const SERVER_CORE = '0';
export const LOAD_CORE = '1';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The app's environment as production runs it (app-config.ts): both keys, no demo data, plain http for the bench. */
export function appEnv(databaseUrl, port) {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: path.join(DATA_DIR, 'app-data'),
    COOKIE_SECURE: 'false',
    // The bench signs in a few times a minute from one address; the default limit (20) is a real one, not a benchmark's.
    LOGIN_ATTEMPTS_PER_MINUTE: '10000',
    // The daily reminders would start 5 s after the app (after 07:00 in Kuala Lumpur) and, on a generated
    // register where tens of thousands of reminders are due, write them for minutes while the run
    // measures, and change what the floor and the app are compared on. The job is not a request.
    REMINDERS_DAILY: 'false',
    ...SECRETS,
  };
}

/** The servers this process started and has not stopped: stopped too if the bench is interrupted. */
const running = new Set();
export function stopAll() {
  for (const child of running) child.kill('SIGKILL');
}
/** A child (a load generator, say) to stop with the servers if the bench is interrupted. */
export function track(child) {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

export const LOG_DIR = path.join(DATA_DIR, 'logs');

/**
 * `taskset -c <core> node <script>`: stdout (the request log, and the app's error log) to a file
 * under bench/.data/logs, as production sends it to a file or a collector; stderr kept for errors.
 */
function spawnPinned(script, env, logName, core = SERVER_CORE) {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const log = fs.openSync(path.join(LOG_DIR, `${logName}.log`), 'w');
  const child = spawn('taskset', ['-c', core, process.execPath, script], { cwd: REPO_ROOT, env, stdio: ['ignore', log, 'pipe'] });
  fs.closeSync(log);
  track(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-20_000)));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, stderr: () => stderr };
}

/** Resolves once GET /api/health answers 200; answers when that was (ms since `since`). */
export async function waitForHealth(url, process, since = Date.now(), timeoutMs = 120_000) {
  let gone = null;
  void process.exited.then((exit) => (gone = exit));
  for (;;) {
    if (gone) throw new Error(`${url} exited (${JSON.stringify(gone)}) before answering:\n${process.stderr()}`);
    if (Date.now() - since > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${process.stderr()}`);
    const ok = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function startServer(kind, databaseUrl, logName = kind) {
  const port = await freePort();
  const env =
    kind === 'app'
      ? appEnv(databaseUrl, port)
      : { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port), JWT_SECRET: SECRETS.JWT_SECRET };
  const started = spawnPinned(kind === 'app' ? SERVER_MAIN : FLOOR_MAIN, env, logName);
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, started);
  return {
    kind,
    url,
    log: path.join(LOG_DIR, `${logName}.log`),
    pid: started.child.pid,
    /** The node process itself (taskset execs it, so the pid is node's). */
    stop: async () => {
      started.child.kill('SIGTERM');
      const timer = setTimeout(() => started.child.kill('SIGKILL'), 10_000);
      await started.exited;
      clearTimeout(timer);
    },
    stderr: started.stderr,
  };
}

/** A cold start: spawn to the first authenticated 200 on a list (the token made beforehand). */
export async function coldStart(databaseUrl, token, listPath) {
  const port = await freePort();
  const since = Date.now();
  const started = spawnPinned(SERVER_MAIN, appEnv(databaseUrl, port), 'cold-start');
  const url = `http://127.0.0.1:${port}`;
  try {
    let gone = null;
    void started.exited.then((exit) => (gone = exit));
    for (;;) {
      if (gone) throw new Error(`the app exited (${JSON.stringify(gone)}) during a cold start:\n${started.stderr()}`);
      if (Date.now() - since > 60_000) throw new Error(`no answer within 60 s of a cold start:\n${started.stderr()}`);
      const status = await fetch(`${url}${listPath}`, { headers: { authorization: `Bearer ${token}` } }).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return Date.now() - since;
      if (status !== 0 && status !== 503) throw new Error(`a cold start answered ${status}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    started.child.kill('SIGTERM');
    await started.exited;
  }
}

export async function signIn(url, username) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`signing in as ${username} answered ${response.status}: ${await response.text()}`);
  return (await response.json()).accessToken;
}

/** The PostgreSQL backends connected to a database: their CPU is the database's share of a request. */
export async function backendPids(database) {
  const { rows } = await adminQuery(
    `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    [database],
  );
  return rows.map((row) => row.pid);
}

/** Resident memory of a process in MB (VmRSS). */
export function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

let clkTck = null;
/** Clock ticks per second of /proc's CPU times (getconf CLK_TCK; 100 on Linux). */
export async function clockTicks() {
  if (clkTck) return clkTck;
  const child = spawn('getconf', ['CLK_TCK']);
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  await new Promise((resolve) => child.once('exit', resolve));
  clkTck = Number(out.trim()) || 100;
  return clkTck;
}
