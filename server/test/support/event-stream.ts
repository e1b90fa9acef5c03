import * as http from 'node:http';
import type { LiveEvent } from '@klch/shared';

/** An open GET /api/events stream, read as a browser's EventSource would: each `data:` line one event. */
export interface EventStream {
  status: number;
  events: LiveEvent[];
  /** Resolves with the first event (from now on, or already received) that matches. */
  next: (match: (event: LiveEvent) => boolean, timeoutMs?: number) => Promise<LiveEvent>;
  close: () => void;
}

/** Opens the live stream of the app listening at `address` with a bearer token. */
export function openEventStream(address: { port: number }, token: string): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const events: LiveEvent[] = [];
    const waiters: Array<{ match: (event: LiveEvent) => boolean; resolve: (event: LiveEvent) => void }> = [];
    const request = http.get(
      { host: '127.0.0.1', port: address.port, path: '/api/events', headers: { Authorization: `Bearer ${token}` } },
      (response) => {
        let buffer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            for (const line of block.split('\n')) {
              if (!line.startsWith('data: ')) continue;
              const event = JSON.parse(line.slice(6)) as LiveEvent;
              events.push(event);
              for (const waiter of [...waiters]) {
                if (waiter.match(event)) {
                  waiters.splice(waiters.indexOf(waiter), 1);
                  waiter.resolve(event);
                }
              }
            }
          }
        });
        resolve({
          status: response.statusCode ?? 0,
          events,
          next: (match, timeoutMs = 5000) => {
            const seen = events.find(match);
            if (seen) return Promise.resolve(seen);
            return new Promise((found, fail) => {
              const timer = setTimeout(
                () => fail(new Error(`no matching live event within ${timeoutMs} ms; got ${JSON.stringify(events)}`)),
                timeoutMs,
              );
              waiters.push({ match, resolve: (event) => (clearTimeout(timer), found(event)) });
            });
          },
          close: () => request.destroy(),
        });
      },
    );
    request.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
    });
  });
}
