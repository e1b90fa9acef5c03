#!/usr/bin/env node
/**
 * Writes a run's figures into docs/performance.md, between the markers
 * `<!-- bench:results:start -->` and `<!-- bench:results:end -->`, so the document's table always
 * comes from a run. `node bench/report/write-doc.mjs bench/results/<date>-full.json`; a full
 * `npm run bench` does it by itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PERFORMANCE_DOC, REPO_ROOT } from '../lib/paths.mjs';
import { driverRows, markdownTable, tableRows } from './table.mjs';

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

export function resultsSection(results, resultsFile) {
  const machine = results.machine;
  const lines = [
    START,
    `Run of ${results.date.slice(0, 10)} (${results.kind}, ${fmtMinutes(results.wallSeconds)} wall time including ${results.generatedFresh ? 'generating the databases' : 'reusing the cached databases'}), ` +
      `figures in [\`${path.relative(path.dirname(PERFORMANCE_DOC), resultsFile)}\`](${path.relative(path.dirname(PERFORMANCE_DOC), resultsFile)}).`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM, ${machine.os}; Node ${machine.node}; PostgreSQL ${machine.postgres}; ` +
      `load average ${machine.loadBefore.join(' / ')} at the start (the cores are shared with other work, so figures move between runs).`,
    '',
    markdownTable(tableRows(results)),
    '',
  ];
  const drivers = driverRows(results);
  if (drivers.length) lines.push(drivers.length === 1 ? drivers[0][0] : markdownTable(drivers), '');
  lines.push(END);
  return lines.join('\n');
}

const fmtMinutes = (seconds) => `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;

export function writeDoc(results, resultsFile) {
  const doc = fs.readFileSync(PERFORMANCE_DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${PERFORMANCE_DOC} has no ${START} … ${END} section to fill`);
  fs.writeFileSync(PERFORMANCE_DOC, doc.slice(0, start) + resultsSection(results, resultsFile) + doc.slice(end + END.length));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = path.resolve(REPO_ROOT, process.argv[2] ?? '');
  writeDoc(JSON.parse(fs.readFileSync(file, 'utf8')), file);
  console.log(`wrote the figures of ${path.relative(REPO_ROOT, file)} into ${path.relative(REPO_ROOT, PERFORMANCE_DOC)}`);
}
