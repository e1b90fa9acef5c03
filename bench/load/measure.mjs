/**
 * Measuring one scenario on the floor and the app: a cannon.mjs child pinned to the load core, the
 * two servers' phases interleaved and summarised as the report needs them (medians of the
 * closed-loop runs, the fixed-rate latencies).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { POSTGRES_URL } from '../config.mjs';
import { BENCH_DIR } from '../lib/paths.mjs';
import { clockTicks, LOAD_CORE, track } from './servers.mjs';

const median = (values) => {
  const sorted = values.filter((value) => value !== null && value !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The load generator (cannon.mjs), started on first use and kept for the run: one process start, not one per series. */
let generator = null;
function loadGenerator() {
  if (!generator) {
    const child = track(
      spawn('taskset', ['-c', LOAD_CORE, process.execPath, path.join(BENCH_DIR, 'load', 'cannon.mjs')], {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    );
    const pending = new Map();
    let next = 0;
    child.on('message', ({ id, ...answer }) => {
      pending.get(id)?.(answer);
      pending.delete(id);
    });
    child.once('exit', (code) => {
      for (const resolve of pending.values()) resolve({ error: `the load generator exited (${code})` });
      pending.clear();
      generator = null;
    });
    generator = {
      send: (config) =>
        new Promise((resolve) => {
          const id = next++;
          pending.set(id, resolve);
          child.send({ id, config });
        }),
      stop: () => child.disconnect(),
    };
  }
  return generator;
}

/** Ends the load generator (at the end of a run). */
export function stopLoadGenerator() {
  generator?.stop();
}

/**
 * The floor and the app on one scenario, their phases interleaved: floor run 1, app run 1, floor
 * run 2, … and then each at the fixed rate (and the app on one connection, `serial`). The two
 * cores of this machine are a virtual machine's: how fast they run drifts over minutes, so every
 * floor run sits beside an app run taken within seconds of it, and a drift moves both alike.
 * `update`: the records file to PUT from (see cannon.mjs). Answers each side's summary and raw phases.
 */
export async function measurePair({ floor, app, token, paths, update, timings, serial, label, postgresDatabase }) {
  const side = async (server) => ({
    server,
    plan: adapt(timings, update ? await probeUpdateMs(server, token, update) : await probeMs(server, token, paths[0])),
    phases: [],
  });
  const sides = { floor: await side(floor), app: await side(app) };
  const send = async (name, phases) => {
    const { server, plan } = sides[name];
    const answer = await loadGenerator().send({
      label: `${label} ${name}`,
      url: server.url,
      token,
      paths,
      update: update ? { recordsFile: update } : undefined,
      connections: plan.connections,
      phases,
      serverPid: server.pid,
      postgres: postgresDatabase ? { adminUrl: POSTGRES_URL, database: postgresDatabase } : undefined,
      clkTck: await clockTicks(),
      closedRps: median(sides[name].phases.filter((phase) => phase.name.startsWith('run ')).map((phase) => phase.rps)),
    });
    if (answer.error) throw new Error(`the load generator failed for ${label} ${name}:\n${answer.error}`);
    sides[name].phases.push(...answer.phases);
  };
  const runs = Math.max(sides.floor.plan.runs, sides.app.plan.runs);
  for (let i = 1; i <= runs; i++) {
    for (const name of ['floor', 'app']) {
      const { plan } = sides[name];
      const warmup = i === 1 && plan.warmup ? [{ name: 'warm-up', duration: plan.warmup }] : [];
      await send(name, [...warmup, { name: `run ${i}`, duration: plan.duration, connections: plan.connections }]);
    }
  }
  for (const name of ['floor', 'app']) {
    const extra = name === 'app' && serial ? [{ name: 'serial', duration: sides[name].plan.duration, connections: 1 }] : [];
    await send(name, [{ name: 'fixed rate', duration: timings.rateDuration, rate: timings.rate }, ...extra]);
  }
  const summary = (name) => ({ ...summarise(sides[name].phases), probeMs: sides[name].plan.probeMs, connections: sides[name].plan.connections });
  return { floor: summary('floor'), app: summary('app') };
}

/** One request alone, after one to warm it: how long the scenario's requests take on this server. */
async function probeMs(server, token, path) {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${server.kind} ${path} answered ${response.status} (its log: ${server.log})`);
    return performance.now() - started;
  };
  await once();
  return once();
}

/** The same for an edit: the first record of the file PUT back with one field changed (twice), and kept as answered. */
async function probeUpdateMs(server, token, recordsFile) {
  const records = JSON.parse(fs.readFileSync(recordsFile, 'utf8'));
  let ms = 0;
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    const response = await fetch(`${server.url}/api/partnerships/${records[0].id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...records[0], summary: `Benchmark probe ${i} (${server.kind})` }),
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`${server.kind} PUT answered ${response.status}: ${body.slice(0, 300)} (its log: ${server.log})`);
    records[0] = JSON.parse(body);
    ms = performance.now() - started;
  }
  fs.writeFileSync(recordsFile, JSON.stringify(records));
  return ms;
}

/**
 * The series for a scenario as slow as the probe says. Requests still in flight when a phase ends
 * are finished (and waited for) before the next: with slow requests, ten connections would spend
 * much of the run waiting. So a slow scenario gets fewer connections (about 1 s of work in flight
 * at most), phases long enough for three answers, two runs when a request takes over 250 ms and
 * one when it takes over a second (the probe warmed it). A one-process server, or one whose writes
 * queue for the chain head, answers one request at a time either way, so its requests per second
 * are the same at one connection or ten.
 */
function adapt(timings, probe) {
  const connections = Math.max(1, Math.min(timings.connections, Math.floor(1000 / Math.max(probe, 1))));
  const duration = Math.max(timings.duration, Math.ceil((3 * probe) / 1000));
  const runs = probe > 1000 ? 1 : probe > 250 ? Math.min(2, timings.runs) : timings.runs;
  return { probeMs: probe, connections, duration, runs, warmup: probe > 1000 ? 0 : timings.warmup };
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
    rate: !rate
      ? null
      : rate.skipped
        ? { target: rate.rate, saturated: true, achieved: rate.saturatedRps, p50: null, p99: null, max: null }
        : { target: rate.rate, saturated: false, achieved: rate.rps, p50: rate.p50, p99: rate.p99, max: rate.max },
    serial: serial ? { rps: serial.rps, p50: serial.p50, p99: serial.p99 } : null,
    failures,
    phases,
  };
}
