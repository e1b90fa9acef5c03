/**
 * `npm start` rebuilds only what changed (scripts/build-if-changed.mjs): run by `npm test`
 * (`node --test scripts/`). Each case is a tiny two-step tree whose "build" is a recorded call.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { buildIfChanged, isFresh, STAMP, STEPS } from './build-if-changed.mjs';

const STEPS_OF_TREE = [
  { name: 'lib', output: 'lib/dist', inputs: ['lib/src', 'lib/package.json'], command: ['build', 'lib'] },
  { name: 'app', output: 'app/dist', inputs: ['app/src', 'lib/src'], command: ['build', 'app'] },
];

function tree() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'klch-build-if-changed-'));
  const files = {
    'lib/src/index.ts': 'export const a = 1;\n',
    'lib/src/index.spec.ts': 'test("a", () => {});\n',
    'lib/package.json': '{"name":"lib"}\n',
    'app/src/main.ts': 'import { a } from "lib";\n',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** Runs the steps of the tree; `fail` names a step whose build fails. Returns the steps built. */
function start(root, { fail } = {}) {
  const built = [];
  const run = ([, name]) => {
    built.push(name);
    // Like Vite: the build empties its output folder and writes its files.
    fs.rmSync(path.join(root, name, 'dist'), { recursive: true, force: true });
    fs.mkdirSync(path.join(root, name, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(root, name, 'dist', 'out.js'), 'built');
    return name !== fail;
  };
  const result = buildIfChanged({ root, steps: STEPS_OF_TREE, run, log: () => {} });
  return { built, result };
}

test('a first start builds every step, a second one with nothing changed builds none', () => {
  const root = tree();
  assert.deepEqual(start(root).built, ['lib', 'app']);
  assert.deepEqual(start(root).built, []);
  assert.ok(STEPS_OF_TREE.every((step) => isFresh(root, step)));
});

test('a changed source rebuilds its step and the steps that use it, and only those', () => {
  const root = tree();
  start(root);
  fs.writeFileSync(path.join(root, 'app/src/main.ts'), 'import { a } from "lib"; console.log(a);\n');
  assert.deepEqual(start(root).built, ['app']);
  fs.writeFileSync(path.join(root, 'lib/src/index.ts'), 'export const a = 2;\n');
  assert.deepEqual(start(root).built, ['lib', 'app']);
  // A new file counts as a change too, and so does a deleted one.
  fs.writeFileSync(path.join(root, 'lib/src/extra.ts'), 'export const b = 1;\n');
  assert.deepEqual(start(root).built, ['lib', 'app']);
  fs.rmSync(path.join(root, 'lib/src/extra.ts'));
  assert.deepEqual(start(root).built, ['lib', 'app']);
});

test('the same content with new timestamps (a fresh checkout, a copy) is no change', () => {
  const root = tree();
  start(root);
  const later = new Date(Date.now() + 60_000);
  for (const file of ['lib/src/index.ts', 'app/src/main.ts']) fs.utimesSync(path.join(root, file), later, later);
  assert.deepEqual(start(root).built, []);
});

test('a changed test file rebuilds nothing: tests are not part of any output', () => {
  const root = tree();
  start(root);
  fs.writeFileSync(path.join(root, 'lib/src/index.spec.ts'), 'test("b", () => {});\n');
  assert.deepEqual(start(root).built, []);
});

test('a missing or emptied output folder is rebuilt even when the sources did not change', () => {
  const root = tree();
  start(root);
  fs.rmSync(path.join(root, 'app/dist'), { recursive: true });
  assert.deepEqual(start(root).built, ['app']);
  fs.rmSync(path.join(root, 'lib/dist', STAMP));
  assert.deepEqual(start(root).built, ['lib']);
});

test('a failed build leaves no stamp, is retried on the next start, and stops the steps after it', () => {
  const root = tree();
  const failed = start(root, { fail: 'lib' });
  assert.deepEqual(failed.built, ['lib']);
  assert.deepEqual(failed.result, [{ name: 'lib', built: false, failed: true }]);
  assert.equal(fs.existsSync(path.join(root, 'lib/dist', STAMP)), false);
  assert.deepEqual(start(root).built, ['lib', 'app']);
});

test("the project's steps name inputs that exist and build in dependency order", () => {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  assert.deepEqual(
    STEPS.map((step) => step.name),
    ['shared', 'server', 'admin-ui'],
  );
  for (const step of STEPS) {
    // Every input exists: a typo would silently never trigger a rebuild.
    assert.deepEqual(
      step.inputs.filter((input) => !fs.existsSync(path.join(root, input))),
      [],
      step.name,
    );
    assert.ok(step.inputs.includes('package-lock.json'), `${step.name} rebuilds when a dependency changes`);
  }
});
