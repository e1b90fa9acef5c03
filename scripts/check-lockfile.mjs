#!/usr/bin/env node
/**
 * The dependency audit `npm test` runs, offline: `npm audit` needs an advisory service this
 * project's CI cannot reach, so what can be checked from the repository alone is checked here.
 *
 * In package-lock.json, every package outside our workspaces must
 *   - come from https://registry.npmjs.org (a `resolved` elsewhere — git, http, a file, another
 *     host — is refused; none at all means "the configured registry", so .npmrc may not name another);
 *   - have a sha512 `integrity`, so `npm ci` refuses a tarball that differs from the one locked;
 *   - if it has install scripts, be named in package.json's `allowScripts` (npm runs only the
 *     ones set to true), so a new one is reviewed before it can run anything;
 *   - not be a version in scripts/known-compromised.json.
 * Links (`"link": true`) may point only at our workspaces.
 *
 * Usage: node scripts/check-lockfile.mjs [project root]. Exits 1 naming every package at fault.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REGISTRY = 'https://registry.npmjs.org/';
const here = path.dirname(fileURLToPath(import.meta.url));

/** The package's own name: an alias (`"x": "npm:real@1"`) is locked under x with `name: real`. */
function nameOf(key, entry) {
  if (entry.name) return entry.name;
  const at = key.lastIndexOf('node_modules/');
  return at < 0 ? key : key.slice(at + 'node_modules/'.length);
}

/** The tarball URL the registry gives name@version: @scope/name/-/name-1.2.3.tgz. */
function registryTarball(name, version) {
  const base = name.startsWith('@') ? name.split('/')[1] : name;
  return `${REGISTRY}${name}/-/${base}-${version}.tgz`;
}

/** The registries a project's .npmrc names (`registry=`, `@scope:registry=`). */
function npmrcRegistries(root) {
  const file = path.join(root, '.npmrc');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim().match(/^(@[^:]+:)?registry\s*=\s*(.+)$/))
    .filter(Boolean)
    .map((match) => ({ scope: match[1] ?? '', url: match[2].trim() }));
}

function isCompromised(known, name, version) {
  return known.packages.find((entry) => entry.name === name && (entry.versions === '*' || entry.versions.includes(version)));
}

/**
 * The problems of a project's lockfile, one sentence each naming the package; empty when it passes.
 * `known` is the parsed known-compromised list.
 */
export function checkLockfile(root, known) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const lockPath = path.join(root, 'package-lock.json');
  if (!fs.existsSync(lockPath)) return { problems: ['There is no package-lock.json: without one nothing pins what `npm ci` installs.'], stats: null };
  const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
  if (!lock.packages || (lock.lockfileVersion ?? 1) < 2) {
    return {
      problems: [`package-lock.json has lockfileVersion ${lock.lockfileVersion}: regenerate it with npm 7 or later (lockfileVersion 3).`],
      stats: null,
    };
  }
  const workspaces = new Set((manifest.workspaces ?? []).map((folder) => path.posix.normalize(folder)));
  const allowScripts = manifest.allowScripts ?? {};
  const problems = [];
  const stats = { registry: 0, workspaces: 0, installScripts: 0, known: known.packages.length };

  for (const { scope, url } of npmrcRegistries(root)) {
    if (url.replace(/\/?$/, '/') !== REGISTRY) {
      problems.push(`.npmrc sends ${scope || 'every package'} to ${url}: only ${REGISTRY} is trusted.`);
    }
  }

  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === '') continue;
    if (!key.includes('node_modules/')) {
      // A workspace's own folder.
      if (!workspaces.has(key)) problems.push(`${key}: a local package that is not one of the workspaces in package.json.`);
      else stats.workspaces++;
      continue;
    }
    const name = nameOf(key, entry);
    const where = `${name}@${entry.version ?? '?'} (${key})`;
    if (entry.link) {
      if (!workspaces.has(path.posix.normalize(entry.resolved ?? ''))) {
        problems.push(`${where}: links to ${entry.resolved}, which is not one of our workspaces.`);
      }
      continue;
    }
    if (entry.inBundle) continue; // inside its parent's tarball, which the parent's integrity covers
    stats.registry++;
    if (typeof entry.version !== 'string' || entry.version === '') problems.push(`${where}: has no version.`);
    if (entry.resolved !== undefined && entry.resolved !== registryTarball(name, entry.version)) {
      problems.push(`${where}: resolved from ${entry.resolved}, not from ${REGISTRY} (expected ${registryTarball(name, entry.version)}).`);
    }
    if (typeof entry.integrity !== 'string' || !/^sha512-[A-Za-z0-9+/]{86}==$/.test(entry.integrity)) {
      problems.push(
        `${where}: ${entry.integrity ? `integrity ${entry.integrity.split('-')[0]} is not sha512` : 'has no integrity hash'}, so npm ci cannot tell a swapped tarball.`,
      );
    }
    if (entry.hasInstallScript) {
      stats.installScripts++;
      if (!(name in allowScripts)) {
        problems.push(
          `${where}: has an install script and is not in package.json "allowScripts": review it, then add it (true to run it, false to skip it).`,
        );
      }
    }
    const compromised = isCompromised(known, name, entry.version);
    if (compromised) problems.push(`${where}: a known-compromised version (${compromised.incident}). Pin another version.`);
  }
  return { problems, stats };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? path.join(here, '..'));
  const known = JSON.parse(fs.readFileSync(path.join(here, 'known-compromised.json'), 'utf8'));
  const { problems, stats } = checkLockfile(root, known);
  if (problems.length > 0) {
    console.error(`✗ package-lock.json: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  ✗ ${problem}`);
    process.exit(1);
  }
  console.log(
    `lockfile: ${stats.registry} packages, each from ${REGISTRY} with a sha512 integrity; ${stats.workspaces} workspaces; ` +
      `${stats.installScripts} with install scripts, all reviewed in allowScripts; none of the ${stats.known} known-compromised entries of scripts/known-compromised.json`,
  );
}
