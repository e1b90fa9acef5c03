/**
 * The scenarios that are one long request, not a load: verify the whole chain, export the whole
 * trail (time to the last byte, events per second, the server's peak memory over its idle
 * memory), and the cold start (spawn to the first signed-in 200).
 */
import { coldStart, rssMb } from './servers.mjs';
import { LIST_PATH } from './scenarios.mjs';

export async function timeVerify(server, token) {
  const started = performance.now();
  const response = await fetch(`${server.url}/api/audit-events/verify`, { headers: { authorization: `Bearer ${token}` } });
  const body = await response.json();
  const seconds = (performance.now() - started) / 1000;
  if (response.status !== 200 || !body.valid) throw new Error(`verify on the ${server.kind} answered ${response.status}: ${JSON.stringify(body)}`);
  return { seconds, count: body.count, headHash: body.headHash, eventsPerSecond: body.count / seconds };
}

/** GET /api/audit-events/export (CSV, every event), read to the end while sampling the server's memory. */
export async function timeExport(server, token) {
  const idle = rssMb(server.pid);
  let peak = idle;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, rssMb(server.pid));
    } catch {
      // The process is gone: the request will fail and say so.
    }
  }, 20);
  const started = performance.now();
  try {
    const response = await fetch(`${server.url}/api/audit-events/export`, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`export on the ${server.kind} answered ${response.status}: ${await response.text()}`);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of response.body) {
      bytes += chunk.length;
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
    }
    const seconds = (performance.now() - started) / 1000;
    // CSV: a header line, then one line per event (a line break inside a quoted cell is a CR LF too, but events carry none).
    const events = lines - 1;
    return { seconds, events, bytes, eventsPerSecond: events / seconds, idleRssMb: idle, peakRssMb: peak, rssGrowthMb: peak - idle };
  } finally {
    clearInterval(sampler);
  }
}

export async function timeColdStarts(databaseUrl, token, count) {
  const times = [];
  for (let i = 0; i < count; i++) times.push(await coldStart(databaseUrl, token, LIST_PATH));
  const sorted = [...times].sort((a, b) => a - b);
  return { seconds: sorted[Math.floor(sorted.length / 2)] / 1000, all: times.map((ms) => ms / 1000) };
}
