/**
 * The fixed-rate phase: an open loop, one request every 1000/rate ms, each sent at its own moment
 * whether or not the earlier ones have been answered, over keep-alive connections opened as needed.
 *
 * Not autocannon's `overallRate`: it lets each connection send its share of a second back to back
 * as soon as the second begins, so "100 a second over 10 connections" is a burst of 100 requests in
 * a closed loop of 10 at the start of every second, then nothing — its latencies are those of
 * 10 requests at once, not of a steady 100 a second (measured: a 0.65 ms get showed p50 3 ms).
 *
 * A latency runs from the moment the request was due, not from when it went out, so a driver or
 * a record that was late counts against the server (coordinated omission corrected by design).
 */
import http from 'node:http';

/**
 * `next()` answers the next request ({ method, path, body, onResponse(status, body) }), or null
 * while none can be sent yet (every record to edit has a request in flight): it is then asked
 * again as soon as a response arrives, and the latency still counts from when it was due.
 */
export async function openLoop({ url, headers, rate, duration, next }) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const interval = 1000 / rate;
  const total = Math.round(rate * duration);
  const latencies = [];
  const statusCodes = {};
  let errors = 0;
  let answered = 0;
  const waiting = []; // due times of requests that could not be built yet
  let finish;
  const finished = new Promise((resolve) => (finish = resolve));

  const send = (due) => {
    const request = next();
    if (!request) {
      waiting.push(due);
      return;
    }
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.path,
        agent,
        headers: { ...headers, ...(body ? { 'content-length': body.length } : {}) },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          statusCodes[res.statusCode] = (statusCodes[res.statusCode] ?? 0) + 1;
          request.onResponse?.(res.statusCode, Buffer.concat(chunks).toString('utf8'));
          done(due);
        });
      },
    );
    req.on('error', () => {
      errors++;
      request.onResponse?.(0, '');
      done(due);
    });
    req.end(body);
  };

  const done = (due) => {
    latencies.push(performance.now() - due);
    answered++;
    if (waiting.length) send(waiting.shift());
    if (answered === total) finish();
  };

  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    send(due);
  }
  await finished;
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const at = (fraction) => latencies[Math.min(latencies.length - 1, Math.ceil(fraction * latencies.length) - 1)];
  const non2xx = Object.entries(statusCodes)
    .filter(([status]) => Number(status) < 200 || Number(status) >= 300)
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    requests: total,
    seconds,
    rps: total / seconds,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: latencies[latencies.length - 1],
    non2xx,
    errors,
    statusCodes,
  };
}
