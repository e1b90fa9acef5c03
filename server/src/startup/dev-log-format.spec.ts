import { PassThrough } from 'node:stream';
import { DEV_REQUEST_LOG, devLogStream, formatLogLine } from './dev-log-format';

describe('development logs', () => {
  it('write a request as one short line: time in Kuala Lumpur, level, method, url, status, ms, request id', () => {
    const req = { method: 'GET', url: '/api/partnerships?range=[0,24]', id: 'req-7', headers: { cookie: 'secret' } };
    const res = { statusCode: 200 };
    const msg = (DEV_REQUEST_LOG.customSuccessMessage as (req: unknown, res: unknown, ms: number) => string)(req, res, 12.4);
    expect(msg).toBe('GET /api/partnerships?range=[0,24] 200 12 ms req-7');
    // 2026-12-02T06:03:07Z is 14:03:07 in Kuala Lumpur (UTC+8).
    const line = formatLogLine(JSON.stringify({ level: 30, time: Date.parse('2026-12-02T06:03:07Z'), msg, req, res, responseTime: 12 }));
    expect(line).toBe('14:03:07 INFO  GET /api/partnerships?range=[0,24] 200 12 ms req-7\n');
    expect(line).not.toContain('secret');
  });

  it('keep a failure on its line with its reason, and an error stack below it', () => {
    const req = { method: 'POST', url: '/api/users', id: 'req-9' };
    const failed = (DEV_REQUEST_LOG.customErrorMessage as (req: unknown, res: unknown, error: Error) => string)(
      req,
      { statusCode: 500 },
      new Error('boom'),
    );
    expect(failed).toBe('POST /api/users 500 req-9 — boom');
    const line = formatLogLine(JSON.stringify({ level: 50, time: 0, msg: failed, err: { message: 'boom', stack: 'Error: boom\n    at x' } }));
    expect(line).toMatch(/^\d\d:\d\d:\d\d ERROR POST \/api\/users 500 req-9 — boom\nError: boom\n {4}at x\n$/);
  });

  it("name Nest's own messages by their context, and pass through what is not JSON unchanged", () => {
    expect(formatLogLine(JSON.stringify({ level: 40, time: 0, context: 'RoutesResolver', msg: 'Mapped {/api, GET}' }))).toMatch(
      / WARN {2}\[RoutesResolver\] Mapped \{\/api, GET\}\n$/,
    );
    expect(formatLogLine('plain text')).toBe('plain text\n');
  });

  it('turn every JSON line of a write into its own line', () => {
    const out = new PassThrough();
    const stream = devLogStream(out);
    stream.write(`${JSON.stringify({ level: 30, time: 0, msg: 'one' })}\n${JSON.stringify({ level: 30, time: 0, msg: 'two' })}\n`);
    const text = String(out.read());
    expect(
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(9)),
    ).toEqual(['INFO  one', 'INFO  two']);
  });
});
