#!/usr/bin/env node
/**
 * The load generator: a process of its own, pinned to the load core, started once per bench run
 * (measure.mjs) and sent one series at a time over IPC; each answer is the series' phases.
 *
 * A series names the server, its token, the requests and the phases (a warm-up, closed-loop runs
 * at N connections with autocannon, a fixed-rate run as an open loop (open-loop.mjs), its
 * latencies counted from when each request was due). Before each phase it waits until the server
 * is idle (idle.mjs), and it reads the CPU time of the server's process right before and right
 * after, so CPU per request
 * covers exactly the phase's requests; on PostgreSQL the database's backends too.
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
import { cpuTicks, waitUntilIdle } from './idle.mjs';
import { openLoop } from './open-loop.mjs';

/** Connections to the PostgreSQL server by its URL, kept for the whole run (reading pg_stat_activity). */
const admins = new Map();
async function adminFor(url) {
  if (!admins.has(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    admins.set(url, client);
  }
  return admins.get(url);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function runSeries(config) {
  /**
   * On PostgreSQL the database's own work runs in its backends, not in the server's process: their
   * CPU is read too (the backends connected to the database at the start and at the end of a
   * phase; one born during the phase counts whole).
   */
  const admin = config.postgres ? await adminFor(config.postgres.adminUrl) : null;
  const backends = async () => {
    if (!admin) return [];
    const { rows } = await admin.query("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'", [
      config.postgres.database,
    ]);
    return rows.map((row) => row.pid);
  };
  const cpuByPid = (pids) => new Map(pids.map((pid) => [pid, cpuTicks([pid])]));
  const serverAndBackends = async () => [config.serverPid, ...(await backends())];

  let records = null;
  let available = [];
  let edits = 0;
  if (config.update) {
    records = JSON.parse(fs.readFileSync(config.update.recordsFile, 'utf8'));
    available = records.map((_, index) => index);
  }

  /** The next request to send, or null while every record to edit has one in flight. */
  let next = 0;
  const nextRequest = () => {
    if (config.update) {
      const index = available.shift();
      if (index === undefined) return null;
      const record = { ...records[index], summary: `Benchmark edit ${++edits} (${config.label})` };
      return {
        method: 'PUT',
        path: `/api/partnerships/${record.id}`,
        body: JSON.stringify(record),
        onResponse: (status, body) => {
          if (status === 200) records[index] = JSON.parse(body);
          available.push(index);
        },
      };
    }
    return { method: 'GET', path: config.paths[next++ % config.paths.length] };
  };

  /** The same requests in autocannon's terms (each connection has one in flight at a time). */
  const autocannonRequest = () => ({
    method: config.update ? 'PUT' : 'GET',
    setupRequest: (req, context) => {
      const request = nextRequest();
      if (!request) throw new Error('more connections than records to update');
      context.request = request;
      req.path = request.path;
      if (request.body !== undefined) req.body = request.body;
      return req;
    },
    onResponse: (status, body, context) => context.request.onResponse?.(status, body),
  });

  const phase = async ({ name, duration, rate, connections = config.connections }, done) => {
    if (rate) {
      // A server that cannot keep up with the rate in a closed loop would only queue the requests
      // at a fixed rate, for as long as the phase lasts: its latency has no bound, and is not measured.
      const closed = config.closedRps ?? median(done.filter((phase) => phase.name.startsWith('run ')).map((phase) => phase.rps));
      if (closed < rate * 0.9) return { name, rate, skipped: true, saturatedRps: closed, non2xx: 0, errors: 0, timeouts: 0 };
    }
    await waitUntilIdle(serverAndBackends);
    const before = cpuTicks([config.serverPid]);
    const dbBefore = cpuByPid(await backends());
    const started = process.hrtime.bigint();
    const headers = { authorization: `Bearer ${config.token}`, ...(config.update ? { 'content-type': 'application/json' } : {}) };
    const result = rate
      ? await openLoop({ url: config.url, headers, rate, duration, next: nextRequest })
      : fromAutocannon(await autocannon({ url: config.url, connections, duration, headers, requests: [autocannonRequest()], timeout: 30 }));
    const after = cpuTicks([config.serverPid]);
    let dbTicks = 0;
    for (const [pid, ticks] of cpuByPid(await backends())) dbTicks += ticks - (dbBefore.get(pid) ?? 0);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const requests = result.requests;
    const cpuMs = ((after - before) * 1000) / config.clkTck;
    const dbCpuMs = admin ? (dbTicks * 1000) / config.clkTck : null;
    return {
      name,
      rate: rate ?? null,
      seconds,
      requests,
      rps: result.rps,
      p50: result.p50,
      p90: result.p90,
      p99: result.p99,
      max: result.max,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts ?? 0,
      statusCodes: result.statusCodes,
      connections: rate ? null : connections,
      cpuMs,
      cpuUsPerRequest: requests ? (cpuMs * 1000) / requests : null,
      dbCpuUsPerRequest: admin && requests ? (dbCpuMs * 1000) / requests : null,
    };
  };

  const phases = [];
  for (const spec of config.phases) phases.push(await phase(spec, phases));
  // What was still in flight when the last phase stopped is finished before anything is read or
  // measured next (the next series, a verify that counts the events).
  await waitUntilIdle(serverAndBackends, 6);
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
  return phases;
}

/** autocannon's result in the terms of a phase. */
function fromAutocannon(result) {
  return {
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: result.statusCodeStats,
  };
}

process.on('message', async ({ id, config }) => {
  try {
    process.send({ id, phases: await runSeries(config) });
  } catch (error) {
    process.send({ id, error: error.stack ?? String(error) });
  }
});
process.on('disconnect', async () => {
  for (const client of admins.values()) await client.end().catch(() => undefined);
  process.exit(0);
});
