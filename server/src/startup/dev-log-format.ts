import { Writable } from 'node:stream';
import type { Options } from 'pino-http';

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

interface LogLine {
  level?: number;
  time?: number;
  msg?: string;
  context?: string;
  err?: { stack?: string; message?: string };
}

/** "14:03:07 INFO  GET /api/partnerships 200 12 ms 3f2a…": what a developer reads in a terminal. */
export function formatLogLine(json: string): string {
  let line: LogLine;
  try {
    line = JSON.parse(json) as LogLine;
  } catch {
    return json.endsWith('\n') ? json : `${json}\n`;
  }
  const time = new Date(line.time ?? Date.now()).toLocaleTimeString('en-GB', { timeZone: 'Asia/Kuala_Lumpur', hour12: false });
  const level = (LEVELS[line.level ?? 30] ?? String(line.level)).padEnd(5);
  const context = line.context ? `[${line.context}] ` : '';
  const stack = line.err?.stack ? `\n${line.err.stack}` : '';
  return `${time} ${level} ${context}${line.msg ?? ''}${stack}\n`;
}

/** Writes each of pino's JSON lines as one readable line (development only: production keeps JSON for log collectors). */
export function devLogStream(out: NodeJS.WritableStream = process.stdout): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString('utf8');
      for (const json of text.split('\n').filter(Boolean)) out.write(formatLogLine(json));
      done();
    },
  });
}

type Req = { method?: string; url?: string; id?: unknown };
type Res = { statusCode?: number };

const requestLine = (req: Req, res: Res, ms: number) => `${req.method} ${req.url} ${res.statusCode} ${Math.round(ms)} ms ${String(req.id ?? '')}`;

/**
 * Request logs in development: one line per request (method, url, status, time, request id), not the
 * whole request and response with their headers. The message carries it all, so no objects are attached.
 */
export const DEV_REQUEST_LOG: Pick<Options, 'customSuccessMessage' | 'customErrorMessage' | 'serializers' | 'customProps'> = {
  customSuccessMessage: (req, res, ms) => requestLine(req, res, ms),
  customErrorMessage: (req, res, error) => `${requestLine(req, res, 0).replace(/ 0 ms /, ' ')} — ${error.message}`,
  serializers: { req: () => undefined, res: () => undefined, responseTime: () => undefined },
  customProps: () => ({}),
};
