/**
 * The import-boundary check fails on the imports the architecture forbids: run by `npm test`
 * (`node --test scripts/`). Each case is a tiny tree of the project's shape with one bad import.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'check-architecture.mjs');

/** A tree with a clean server (a feature on the core) and UI, plus the given files. */
function tree(files) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'klch-architecture-'));
  const all = {
    'tsconfig.architecture.json': JSON.stringify({
      compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx' },
      files: ['shared/src/index.ts'],
    }),
    'shared/src/index.ts': 'export const ROLES = ["officer"];\n',
    'server/src/database/versioned-update.ts': 'export const versionedUpdate = () => 1;\n',
    'server/src/partnerships/index.ts': "export { PartnershipsService } from './partnerships.service';\n",
    'server/src/partnerships/partnerships.service.ts':
      "import { versionedUpdate } from '../database/versioned-update';\nexport class PartnershipsService { save = versionedUpdate; }\n",
    'server/src/milestones/milestones.service.ts':
      "import { PartnershipsService } from '../partnerships';\nexport class MilestonesService { p = PartnershipsService; }\n",
    'admin-ui/src/common/useCurrentUser.ts': 'export const useCurrentUser = () => null;\n',
    'admin-ui/src/milestones/MilestonesTab.tsx':
      "import { useCurrentUser } from '../common/useCurrentUser';\nexport const MilestonesTab = () => useCurrentUser();\n",
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

function check(files) {
  const root = tree(files);
  try {
    const run = spawnSync(process.execPath, [script, '--root', root], { encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

test('passes a tree that keeps to the layers', () => {
  const { status, output } = check({});
  assert.equal(status, 0, output);
  assert.match(output, /no import crosses a boundary; 0 file cycle\(s\); 0 folder cycle\(s\)/);
});

test('fails when a core layer imports a feature', () => {
  const { status, output } = check({ 'server/src/database/entities.ts': "export * from '../partnerships';\n" });
  assert.equal(status, 1);
  assert.match(output, /server-database-imports-only-lower-layers: server\/src\/database\/entities\.ts → server\/src\/partnerships\/index\.ts/);
});

test("fails when a feature reaches into another feature's internals instead of its index", () => {
  const { status, output } = check({
    'server/src/documents/documents.service.ts':
      "import { PartnershipsService } from '../partnerships/partnerships.service';\nexport const d = PartnershipsService;\n",
  });
  assert.equal(status, 1);
  assert.match(
    output,
    /server-feature-internals: server\/src\/documents\/documents\.service\.ts → server\/src\/partnerships\/partnerships\.service\.ts/,
  );
});

test('fails on two features that need each other, even through different files (a folder cycle)', () => {
  const { status, output } = check({
    'server/src/milestones/index.ts': "export { MilestonesService } from './milestones.service';\n",
    'server/src/partnerships/partnership-milestones.ts': "import { MilestonesService } from '../milestones';\nexport const m = MilestonesService;\n",
  });
  assert.equal(status, 1);
  assert.match(output, /folder cycle: server\/src\/milestones ⇄ server\/src\/partnerships/);
});

test('fails on a cycle between two files', () => {
  const { status, output } = check({
    'server/src/database/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
    'server/src/database/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
  });
  assert.equal(status, 1);
  assert.match(output, /file cycle: server\/src\/database\/(a|b)\.ts/);
});

test('fails when shared imports another workspace, or the UI imports the server', () => {
  const shared = check({ 'shared/src/leak.ts': "export * from '../../server/src/database/versioned-update';\n" });
  assert.equal(shared.status, 1);
  assert.match(shared.output, /shared-imports-nothing-of-ours/);
  const ui = check({ 'admin-ui/src/milestones/leak.ts': "export * from '../../../server/src/database/versioned-update';\n" });
  assert.equal(ui.status, 1);
  assert.match(ui.output, /admin-ui-imports-only-shared/);
});

test('fails when UI common imports a feature', () => {
  const { status, output } = check({ 'admin-ui/src/common/leak.ts': "export * from '../milestones/MilestonesTab';\n" });
  assert.equal(status, 1);
  assert.match(output, /ui-common-imports-no-feature/);
});
