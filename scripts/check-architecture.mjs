#!/usr/bin/env node
/**
 * The import-boundary check (`npm run lint:architecture`, part of `npm run lint`): runs
 * dependency-cruiser with the rules of .dependency-cruiser.cjs over the workspaces' sources, then
 * looks for cycles between folders, which no file-level rule can see (partnerships → status-requests
 * → partnerships through different files is still two features that need each other).
 * Exits 1 on any violation. `--root DIR` checks another checkout (for before/after figures).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const rootArg = process.argv.indexOf('--root');
const root = path.resolve(rootArg > 0 ? process.argv[rootArg + 1] : path.join(here, '..'));
const depcruise = path.join(here, '..', 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const config = path.join(here, '..', '.dependency-cruiser.cjs');
const SOURCES = ['shared/src', 'server/src', 'admin-ui/src', 'bench'];

// The tree's own resolution settings, or, for an older tree that has none, the same settings written
// for it in a temporary folder (@klch/shared resolves to that tree's own shared sources).
const own = path.join(root, 'tsconfig.architecture.json');
let tsConfig = own;
if (!fs.existsSync(own)) {
  tsConfig = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'klch-architecture-')), 'tsconfig.json');
  const settings = JSON.parse(fs.readFileSync(path.join(here, '..', 'tsconfig.architecture.json'), 'utf8'));
  const base = JSON.parse(fs.readFileSync(path.join(here, '..', 'tsconfig.base.json'), 'utf8'));
  fs.writeFileSync(
    tsConfig,
    JSON.stringify({
      compilerOptions: { ...base.compilerOptions, ...settings.compilerOptions, baseUrl: root },
      files: [path.join(root, 'shared/src/index.ts')],
    }),
  );
}
const sources = SOURCES.filter((source) => fs.existsSync(path.join(root, source)));
const run = spawnSync(process.execPath, [depcruise, '--config', config, '--ts-config', tsConfig, '--output-type', 'json', ...sources], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (run.error || !run.stdout) {
  console.error(run.stderr || String(run.error));
  process.exit(2);
}
const result = JSON.parse(run.stdout);

/** The architectural unit of a file: its folder under a workspace's src, or the src root itself. */
const TESTS = /(\.(spec|test)\.tsx?$)|(^admin-ui\/src\/test\/)/;
function unitOf(file) {
  const match = /^(shared|server|admin-ui)\/src\/(?:([^/]+)\/)?/.exec(file);
  if (!match) return null;
  return match[2] ? `${match[1]}/src/${match[2]}` : `${match[1]}/src`;
}

const edges = new Map();
for (const module of result.modules) {
  if (TESTS.test(module.source)) continue;
  const from = unitOf(module.source);
  if (!from) continue;
  for (const dependency of module.dependencies) {
    const to = unitOf(dependency.resolved);
    if (!to || to === from || TESTS.test(dependency.resolved)) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    const targets = edges.get(from);
    if (!targets.has(to)) targets.set(to, `${module.source} → ${dependency.resolved}`);
  }
}

/** Tarjan's strongly connected components: every component of more than one folder is a cycle. */
function folderCycles() {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const cycles = [];
  const visit = (node) => {
    meta.set(node, { index, low: index, onStack: true });
    index++;
    stack.push(node);
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!meta.has(next)) {
        visit(next);
        meta.get(node).low = Math.min(meta.get(node).low, meta.get(next).low);
      } else if (meta.get(next).onStack) {
        meta.get(node).low = Math.min(meta.get(node).low, meta.get(next).index);
      }
    }
    if (meta.get(node).low === meta.get(node).index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        meta.get(member).onStack = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!meta.has(node)) visit(node);
  return cycles;
}

const violations = result.summary.violations ?? [];
const cycles = folderCycles();
const mutual = [...edges.keys()].flatMap((a) => [...edges.get(a).keys()].filter((b) => a < b && edges.get(b)?.has(a)).map((b) => `${a} ⇄ ${b}`));
const fileCycles = violations.filter((violation) => violation.rule.name === 'no-circular');
const others = violations.filter((violation) => violation.rule.name !== 'no-circular');

for (const violation of others) {
  console.error(`✗ ${violation.rule.name}: ${violation.from} → ${violation.to}`);
}
for (const violation of fileCycles) {
  console.error(`✗ file cycle: ${[violation.from, ...(violation.cycle ?? []).map((step) => step.name ?? step)].join(' → ')}`);
}
for (const pair of mutual) console.error(`✗ folders importing each other: ${pair}`);
for (const cycle of cycles) {
  const through = cycle.flatMap((from) => cycle.filter((to) => edges.get(from)?.has(to)).map((to) => `    ${edges.get(from).get(to)}`));
  console.error(`✗ folder cycle: ${cycle.join(' ⇄ ')}\n${through.join('\n')}`);
}
const rulesText = others.length ? `${others.length} import(s) across a boundary` : 'no import crosses a boundary';
console.log(
  `architecture: ${result.summary.totalCruised} modules; ${rulesText}; ${fileCycles.length} file cycle(s); ${cycles.length} folder cycle(s) (${cycles.flat().length} folders in them; ${mutual.length} pairs of folders importing each other)`,
);
process.exit(others.length || fileCycles.length || cycles.length ? 1 : 0);
