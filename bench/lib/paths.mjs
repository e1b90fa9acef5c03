import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where things are: the repository, the bench, its caches and results. */
export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(BENCH_DIR, '..');
export const SERVER_MAIN = path.join(REPO_ROOT, 'server', 'dist', 'main.js');
export const MIGRATE_CLI = path.join(REPO_ROOT, 'server', 'dist', 'cli', 'migrate.js');
export const FLOOR_MAIN = path.join(BENCH_DIR, 'floor', 'main.mjs');
/** Generated databases and scratch files (gitignored). */
export const DATA_DIR = path.join(BENCH_DIR, '.data');
/** Packages the bench installs on demand, outside the lockfile (gitignored): the sqlite3 binding. */
export const DEPS_DIR = path.join(BENCH_DIR, '.deps');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');
export const PERFORMANCE_DOC = path.join(REPO_ROOT, 'docs', 'performance.md');
