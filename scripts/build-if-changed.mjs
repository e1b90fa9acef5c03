#!/usr/bin/env node
/**
 * `npm start` builds only what changed: each workspace's build runs when a hash of its inputs
 * (sources, configs, the lockfile) differs from the one its last successful build left in its output
 * folder. A second start with nothing changed builds nothing (it took ~29 s of tsc and Vite before).
 * Content hashes, not timestamps: a checkout or a copy changes every mtime and no content.
 *
 *   node scripts/build-if-changed.mjs              shared, server and admin-ui, as needed
 *   node scripts/build-if-changed.mjs shared server  only those (what the server's CLI commands need)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a build leaves the hash of the inputs it was built from. */
export const STAMP = '.inputs-sha256';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_INPUTS = ['shared/src', 'shared/package.json', 'shared/tsconfig.json', 'shared/tsconfig.build.json'];

/**
 * The builds in order, each with what its output is made from. The server compiles against shared's
 * build and the UI from shared's sources, so both count shared's inputs as their own.
 */
export const STEPS = [
  { name: 'shared', output: 'shared/dist', inputs: [...SHARED_INPUTS, 'package-lock.json'], command: ['npm', 'run', 'build', '-w', 'shared'] },
  {
    name: 'server',
    output: 'server/dist',
    inputs: ['server/src', 'server/package.json', 'server/tsconfig.json', 'server/tsconfig.build.json', ...SHARED_INPUTS, 'package-lock.json'],
    command: ['npm', 'run', 'build', '-w', 'server'],
  },
  {
    name: 'admin-ui',
    output: 'admin-ui/dist',
    inputs: [
      'admin-ui/src',
      'admin-ui/build',
      'admin-ui/index.html',
      'admin-ui/package.json',
      'admin-ui/vite.config.ts',
      'admin-ui/tsconfig.json',
      'admin-ui/tsconfig.node.json',
      ...SHARED_INPUTS,
      'package-lock.json',
    ],
    command: ['npm', 'run', 'build', '-w', 'admin-ui'],
  },
];

/** Files under `entry` (a file or a folder), skipping tests: they are not part of any build's output. */
function filesUnder(root, entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((item) => (item.name === 'node_modules' ? [] : filesUnder(root, path.join(entry, item.name))))
    .filter((file) => !/\.(spec|test)\.[cm]?[jt]sx?$/.test(file));
}

/** One hash over every input file's path and content; a missing input counts as absent, not as an error. */
export function fingerprint(root, inputs) {
  const hash = createHash('sha256');
  const files = [...new Set(inputs.flatMap((entry) => filesUnder(root, entry)))].sort();
  for (const file of files) {
    hash.update(`${file.split(path.sep).join('/')}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when the step's output exists and was built from exactly these inputs. */
export function isFresh(root, step) {
  const stamp = path.join(root, step.output, STAMP);
  return fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === fingerprint(root, step.inputs);
}

/**
 * Runs the stale steps, in order. The stamp is written only after a build succeeded, so a failed
 * build is retried on the next start; a step after a failed one does not run. Returns what it did.
 */
export function buildIfChanged({ root = ROOT, steps = STEPS, run = runCommand, log = (line) => process.stdout.write(`${line}\n`) } = {}) {
  const done = [];
  for (const step of steps) {
    const inputs = fingerprint(root, step.inputs);
    const stamp = path.join(root, step.output, STAMP);
    if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === inputs) {
      log(`build: ${step.name} is up to date (${step.output})`);
      done.push({ name: step.name, built: false });
      continue;
    }
    log(`build: ${step.name} changed, building…`);
    const started = Date.now();
    if (!run(step.command, root)) {
      done.push({ name: step.name, built: false, failed: true });
      return done;
    }
    // The build may have emptied its folder (Vite does): the stamp goes in afterwards.
    fs.mkdirSync(path.join(root, step.output), { recursive: true });
    fs.writeFileSync(stamp, `${inputs}\n`);
    log(`build: ${step.name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    done.push({ name: step.name, built: true });
  }
  return done;
}

function runCommand([command, ...args], cwd) {
  return spawnSync(command, args, { cwd, stdio: 'inherit' }).status === 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !STEPS.some((step) => step.name === name));
  if (unknown.length) {
    process.stderr.write(`Unknown build step(s): ${unknown.join(', ')} (known: ${STEPS.map((step) => step.name).join(', ')})\n`);
    process.exit(2);
  }
  const steps = wanted.length ? STEPS.filter((step) => wanted.includes(step.name)) : STEPS;
  const done = buildIfChanged({ steps });
  if (done.some((step) => step.failed)) process.exit(1);
}
