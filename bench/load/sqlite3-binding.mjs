/**
 * The `sqlite3` package for the driver comparison, installed on demand into bench/.deps with npm
 * (`npm install --prefix bench/.deps --no-save sqlite3@<pinned>`), outside the lockfile: the app
 * never depends on it, `npm ci` never installs it. It has prebuilt binaries or builds with
 * node-gyp; when neither works here, the bench says so and goes on without the comparison.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEPS_DIR } from '../lib/paths.mjs';

export const SQLITE3_VERSION = '6.0.1';
const MODULE = path.join(DEPS_DIR, 'node_modules', 'sqlite3');

function installedVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(MODULE, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/** Starts the install if needed; answers a promise of `{ path }` or `{ error }` (never rejects). */
export function ensureSqlite3(log = () => {}) {
  if (installedVersion() === SQLITE3_VERSION && fs.existsSync(path.join(MODULE, 'build', 'Release', 'node_sqlite3.node'))) {
    return Promise.resolve({ path: MODULE });
  }
  log(`installing sqlite3@${SQLITE3_VERSION} into bench/.deps for the driver comparison (once; it may compile)…`);
  fs.mkdirSync(DEPS_DIR, { recursive: true });
  return new Promise((resolve) => {
    // At the lowest priority: it may compile while the databases are generated, and must not slow that down.
    const child = spawn(
      'nice',
      ['-n', '19', 'npm', 'install', '--prefix', DEPS_DIR, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `sqlite3@${SQLITE3_VERSION}`],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
    child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
    child.once('error', (error) => resolve({ error: `npm could not run: ${error.message}` }));
    child.once('exit', (code) => {
      if (code === 0 && installedVersion() === SQLITE3_VERSION) resolve({ path: MODULE });
      else resolve({ error: `npm install sqlite3@${SQLITE3_VERSION} failed (${code}): ${output.trim().split('\n').slice(-5).join(' / ')}` });
    });
  });
}
