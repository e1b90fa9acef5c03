/**
 * Measuring one scenario on one server: a cannon.mjs child pinned to the load core, its phases
 * summarised as the report needs them (medians of the closed-loop runs, the fixed-rate latencies).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { POSTGRES_URL } from '../config.mjs';
import { BENCH_DIR, DATA_DIR } from '../lib/paths.mjs';
import { clockTicks, LOAD_CORE } from './servers.mjs';

const median = (values) => {
  const sorted = values.filter((value) => value !== null && value !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * `timings`: warm-up, closed-loop runs, and (`withRate`) a fixed-rate run, (`serial`) a run on one
 * connection. `update`: the records file to PUT from (see cannon.mjs). Answers the summary and the
 * raw phases.
 */
export async function measureSeries({ server, token, paths, update, timings, withRate, serial, label, postgresDatabase }) {
  const phases = [{ name: 'warm-up', duration: timings.warmup }];
  for (let i = 1; i <= timings.runs; i++) phases.push({ name: `run ${i}`, duration: timings.duration });
  if (withRate) phases.push({ name: 'fixed rate', duration: timings.rateDuration, rate: timings.rate });
  if (serial) phases.push({ name: 'serial', duration: timings.duration, connections: 1 });
  const configFile = path.join(DATA_DIR, `cannon-${label.replace(/[^\w-]+/g, '_')}.json`);
  fs.writeFileSync(
    configFile,
    JSON.stringify({
      label,
      url: server.url,
      token,
      paths,
      update: update ? { recordsFile: update } : undefined,
      connections: timings.connections,
      phases,
      serverPid: server.pid,
      postgres: postgresDatabase ? { adminUrl: POSTGRES_URL, database: postgresDatabase } : undefined,
      clkTck: await clockTicks(),
    }),
  );
  const output = await new Promise((resolve, reject) => {
    const child = spawn('taskset', ['-c', LOAD_CORE, process.execPath, path.join(BENCH_DIR, 'load', 'cannon.mjs'), configFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`the load generator failed (${code}) for ${label}:\n${stderr}`))));
  });
  fs.rmSync(configFile, { force: true });
  return summarise(JSON.parse(output).phases);
}

export function summarise(phases) {
  const runs = phases.filter((phase) => phase.name.startsWith('run '));
  const rate = phases.find((phase) => phase.name === 'fixed rate');
  const serial = phases.find((phase) => phase.name === 'serial');
  const failures = phases.flatMap((phase) =>
    phase.non2xx || phase.errors || phase.timeouts
      ? [
          `${phase.name}: ${phase.non2xx} non-2xx, ${phase.errors} errors, ${phase.timeouts} timeouts (status codes ${JSON.stringify(phase.statusCodes)})`,
        ]
      : [],
  );
  return {
    rps: median(runs.map((run) => run.rps)),
    cpuUsPerRequest: median(runs.map((run) => run.cpuUsPerRequest)),
    dbCpuUsPerRequest: median(runs.map((run) => run.dbCpuUsPerRequest)),
    closedP50: median(runs.map((run) => run.p50)),
    closedP99: median(runs.map((run) => run.p99)),
    rate: rate ? { target: rate.rate, achieved: rate.rps, p50: rate.p50, p99: rate.p99, max: rate.max } : null,
    serial: serial ? { rps: serial.rps, p50: serial.p50, p99: serial.p99 } : null,
    failures,
    phases,
  };
}
