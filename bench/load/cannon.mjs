#!/usr/bin/env node
/**
 * One series of load against one server, in a process of its own (the bench starts it pinned to
 * the load core): `node bench/load/cannon.mjs <config.json>`, the result as JSON on stdout.
 *
 * The config names the server, its token, the requests and the phases (a warm-up, closed-loop
 * runs at N connections, a fixed-rate run with autocannon's `overallRate`, latencies corrected
 * for coordinated omission). Before each phase it waits until the server is idle, and it reads
 * the CPU time of the server's process (/proc/<pid>/stat utime + stime) right before and right
 * after, so CPU per request covers exactly the phase's requests.
 *
 * Requests: `paths` cycled in order (GET), or `update`: PUTs of whole records as react-admin sends
 * them (the record as last read, one field changed), each record at most once in flight and sent
 * again with the version its previous PUT answered. A record whose PUT was cut off by the end of a
 * phase is not sent again in this series and is read again at its end; the records as they end up
 * are written back to the file, so the next series (the other server) goes on from there.
 */
import fs from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

/**
 * On PostgreSQL the database's own work runs in its backends, not in the server's process: their
 * CPU is read too (the backends connected to the database at the start and at the end of a phase;
 * one born during the phase counts whole).
 */
const admin = config.postgres ? new pg.Client({ connectionString: config.postgres.adminUrl }) : null;
if (admin) await admin.connect();
async function backends() {
  if (!admin) return [];
  const { rows } = await admin.query("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'", [
    config.postgres.database,
  ]);
  return rows.map((row) => row.pid);
}
function cpuByPid(pids) {
  return new Map(pids.map((pid) => [pid, cpuTicks([pid])]));
}

function cpuTicks(pids) {
  let total = 0;
  for (const pid of pids) {
    try {
      // Fields after the command name (which may hold spaces, hence the last ')'): utime is the 14th, stime the 15th.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(fields[11]) + Number(fields[12]);
    } catch {
      // A backend that ended (PostgreSQL closes idle ones rarely): its time is lost, not an error.
    }
  }
  return total;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Until the server's processes use (almost) no CPU for two samples in a row: nothing left in flight. */
async function waitUntilIdle(pids) {
  const deadline = Date.now() + 30_000;
  let calm = 0;
  let last = cpuTicks(pids);
  while (calm < 2 && Date.now() < deadline) {
    await sleep(100);
    const now = cpuTicks(pids);
    calm = now - last <= 1 ? calm + 1 : 0;
    last = now;
  }
}

let records = null;
let available = [];
let edits = 0;
if (config.update) {
  records = JSON.parse(fs.readFileSync(config.update.recordsFile, 'utf8'));
  available = records.map((_, index) => index);
}

function request() {
  if (config.update) {
    return {
      method: 'PUT',
      setupRequest: (req, context) => {
        const index = available.shift();
        if (index === undefined) throw new Error('more connections than records to update');
        context.index = index;
        const record = { ...records[index], summary: `Benchmark edit ${++edits} (${config.label})` };
        req.path = `/api/partnerships/${record.id}`;
        req.body = JSON.stringify(record);
        return req;
      },
      onResponse: (status, body, context) => {
        if (status === 200) records[context.index] = JSON.parse(body);
        available.push(context.index);
      },
    };
  }
  let next = 0;
  return {
    method: 'GET',
    setupRequest: (req) => {
      req.path = config.paths[next++ % config.paths.length];
      return req;
    },
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function phase({ name, duration, rate, connections = config.connections }, done) {
  if (rate) {
    // A server that cannot keep up with the rate in a closed loop would only queue the requests
    // at a fixed rate, for as long as the phase lasts: its latency has no bound, and is not measured.
    const closed = median(done.filter((phase) => phase.name.startsWith('run ')).map((phase) => phase.rps));
    if (closed < rate * 0.9) return { name, rate, skipped: true, saturatedRps: closed, non2xx: 0, errors: 0, timeouts: 0 };
  }
  await waitUntilIdle([config.serverPid, ...(await backends())]);
  const before = cpuTicks([config.serverPid]);
  const dbBefore = cpuByPid(await backends());
  const started = process.hrtime.bigint();
  const result = await autocannon({
    url: config.url,
    connections,
    duration,
    ...(rate ? { overallRate: rate } : {}),
    headers: { authorization: `Bearer ${config.token}`, ...(config.update ? { 'content-type': 'application/json' } : {}) },
    requests: [request()],
    timeout: 30,
  });
  const after = cpuTicks([config.serverPid]);
  let dbTicks = 0;
  for (const [pid, ticks] of cpuByPid(await backends())) dbTicks += ticks - (dbBefore.get(pid) ?? 0);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const requests = result.requests.total;
  const cpuMs = ((after - before) * 1000) / config.clkTck;
  const dbCpuMs = admin ? (dbTicks * 1000) / config.clkTck : null;
  return {
    name,
    rate: rate ?? null,
    seconds,
    requests,
    rps: requests / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: result.statusCodeStats,
    connections,
    cpuMs,
    cpuUsPerRequest: requests ? (cpuMs * 1000) / requests : null,
    dbCpuUsPerRequest: admin && requests ? (dbCpuMs * 1000) / requests : null,
  };
}

const phases = [];
for (const spec of config.phases) phases.push(await phase(spec, phases));
// What was still in flight when the last phase stopped is finished before anything is read or
// measured next (the next series, a verify that counts the events).
await waitUntilIdle([config.serverPid, ...(await backends())]);
if (config.update) {
  // A PUT still in flight when a phase stopped may have been saved without its answer being read:
  // such records are read again, so the next series sends the versions the server has.
  const idle = new Set(available);
  for (let index = 0; index < records.length; index++) {
    if (idle.has(index)) continue;
    const response = await fetch(`${config.url}/api/partnerships/${records[index].id}`, { headers: { authorization: `Bearer ${config.token}` } });
    if (!response.ok) throw new Error(`re-reading partnership ${records[index].id} answered ${response.status}`);
    records[index] = await response.json();
  }
  fs.writeFileSync(config.update.recordsFile, JSON.stringify(records));
}
await admin?.end();
process.stdout.write(JSON.stringify({ phases }));
