/**
 * The offline dependency audit fails on a doctored lockfile, naming the package: run by `npm test`
 * (`node --test scripts/`). Each case is a tiny project (package.json, package-lock.json) with one
 * thing wrong; the clean one, and the repository's own lockfile, pass.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const scripts = path.dirname(fileURLToPath(import.meta.url));
const script = path.join(scripts, 'check-lockfile.mjs');

const INTEGRITY = `sha512-${'A'.repeat(86)}==`;
const registryPackage = (name, version, more = {}) => ({ version, integrity: INTEGRITY, license: 'MIT', ...more });

/** A clean project: one workspace, its link, two registry packages (one scoped), one reviewed install script. */
function project({ packages = {}, manifest = {}, npmrc } = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'klch-lockfile-'));
  const lock = {
    name: 'demo',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'demo', workspaces: ['server'] },
      server: { name: '@demo/server', version: '0.1.0' },
      'node_modules/@demo/server': { resolved: 'server', link: true },
      'node_modules/left-pad': registryPackage('left-pad', '1.3.0'),
      'node_modules/@scope/tool': registryPackage('@scope/tool', '2.0.0', {
        resolved: 'https://registry.npmjs.org/@scope/tool/-/tool-2.0.0.tgz',
      }),
      'node_modules/better-sqlite3': registryPackage('better-sqlite3', '12.0.0', { hasInstallScript: true }),
      ...packages,
    },
  };
  fs.writeFileSync(
    path.join(root, 'package.json'),
    JSON.stringify({ name: 'demo', workspaces: ['server'], allowScripts: { 'better-sqlite3': true }, ...manifest }),
  );
  fs.writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify(lock));
  if (npmrc !== undefined) fs.writeFileSync(path.join(root, '.npmrc'), npmrc);
  return root;
}

function run(root) {
  const result = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
  fs.rmSync(root, { recursive: true, force: true });
  return result;
}

test('passes a clean lockfile and says what it checked', () => {
  const result = run(project({ npmrc: 'save-exact=true\nregistry=https://registry.npmjs.org/\n' }));
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /3 packages, each from https:\/\/registry\.npmjs\.org\/ with a sha512 integrity; 1 workspaces; 1 with install scripts/);
});

test("passes the repository's own lockfile", () => {
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
});

const doctored = [
  [
    'a known-compromised version',
    { packages: { 'node_modules/event-stream': registryPackage('event-stream', '3.3.6') } },
    /event-stream@3\.3\.6 .*known-compromised.*flatmap-stream/,
  ],
  [
    'a known-compromised version nested under another package',
    { packages: { 'node_modules/left-pad/node_modules/ua-parser-js': registryPackage('ua-parser-js', '0.7.29') } },
    /ua-parser-js@0\.7\.29 \(node_modules\/left-pad\/node_modules\/ua-parser-js\).*known-compromised/,
  ],
  [
    'a package malicious in every version',
    { packages: { 'node_modules/flatmap-stream': registryPackage('flatmap-stream', '0.1.2') } },
    /flatmap-stream@0\.1\.2 .*known-compromised/,
  ],
  [
    'a known-compromised version under an alias',
    { packages: { 'node_modules/innocent': registryPackage('innocent', '1.4.1', { name: 'colors' }) } },
    /colors@1\.4\.1 \(node_modules\/innocent\).*known-compromised/,
  ],
  ['a package without integrity', { packages: { 'node_modules/no-hash': { version: '1.0.0' } } }, /no-hash@1\.0\.0 .*has no integrity hash/],
  [
    'a sha1 integrity',
    { packages: { 'node_modules/old-hash': registryPackage('old-hash', '1.0.0', { integrity: 'sha1-abcdefghijklmnopqrstuvwxyz0=' }) } },
    /old-hash@1\.0\.0 .*integrity sha1 is not sha512/,
  ],
  [
    'a git dependency',
    {
      packages: {
        'node_modules/from-git': registryPackage('from-git', '1.0.0', { resolved: 'git+ssh://git@github.com/someone/from-git.git#abc123' }),
      },
    },
    /from-git@1\.0\.0 .*resolved from git\+ssh:/,
  ],
  [
    'a plain-http tarball',
    {
      packages: {
        'node_modules/over-http': registryPackage('over-http', '1.0.0', { resolved: 'http://registry.npmjs.org/over-http/-/over-http-1.0.0.tgz' }),
      },
    },
    /over-http@1\.0\.0 .*resolved from http:\/\//,
  ],
  [
    'another registry',
    {
      packages: {
        'node_modules/elsewhere': registryPackage('elsewhere', '1.0.0', { resolved: 'https://npm.evil.example/elsewhere/-/elsewhere-1.0.0.tgz' }),
      },
    },
    /elsewhere@1\.0\.0 .*npm\.evil\.example/,
  ],
  [
    'another package’s tarball on the right registry',
    {
      packages: {
        'node_modules/lodash': registryPackage('lodash', '4.17.21', { resolved: 'https://registry.npmjs.org/lodash-evil/-/lodash-evil-4.17.21.tgz' }),
      },
    },
    /lodash@4\.17\.21 .*lodash-evil/,
  ],
  [
    'a local file',
    { packages: { 'node_modules/local': registryPackage('local', '1.0.0', { resolved: 'file:../local-1.0.0.tgz' }) } },
    /local@1\.0\.0 .*resolved from file:/,
  ],
  [
    'a link outside the workspaces',
    { packages: { 'node_modules/outside': { resolved: '../outside', link: true } } },
    /outside@\? .*links to \.\.\/outside, which is not one of our workspaces/,
  ],
  [
    'a local folder that is no workspace',
    { packages: { 'tools/local': { name: 'local', version: '1.0.0' } } },
    /tools\/local: a local package that is not one of the workspaces/,
  ],
  [
    'an install script nobody reviewed',
    { packages: { 'node_modules/postinstaller': registryPackage('postinstaller', '1.0.0', { hasInstallScript: true }) } },
    /postinstaller@1\.0\.0 .*install script and is not in package.json "allowScripts"/,
  ],
  [
    'an .npmrc that sends packages to another registry',
    { npmrc: 'registry=https://npm.evil.example/\n' },
    /\.npmrc sends every package to https:\/\/npm\.evil\.example\//,
  ],
  [
    'an .npmrc that sends one scope elsewhere',
    { npmrc: '@scope:registry=https://npm.evil.example/\n' },
    /\.npmrc sends @scope: to https:\/\/npm\.evil\.example\//,
  ],
];

for (const [label, doctoring, message] of doctored) {
  test(`fails on ${label}, naming it`, () => {
    const result = run(project(doctoring));
    assert.equal(result.status, 1, result.stdout);
    assert.match(result.stderr, message);
    assert.match(result.stderr, /^✗ package-lock\.json: 1 problem\(s\)/);
  });
}

test('fails without a lockfile, or with one too old to check', () => {
  const missing = project();
  fs.rmSync(path.join(missing, 'package-lock.json'));
  assert.match(run(missing).stderr, /There is no package-lock\.json/);
  const old = project();
  fs.writeFileSync(path.join(old, 'package-lock.json'), JSON.stringify({ lockfileVersion: 1, dependencies: {} }));
  const result = run(old);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /lockfileVersion 1/);
});

test('is a step of npm test, before the tests', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(scripts, '..', 'package.json'), 'utf8'));
  assert.equal(manifest.scripts['audit:lockfile'], 'node scripts/check-lockfile.mjs');
  assert.match(manifest.scripts.test, /^npm run lint && npm run audit:lockfile && /);
});
