import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/** A hashed asset big enough to be worth compressing (the real first bundle is ~1 MB). */
const BUNDLE = 'assets/index-c0ffee12.js';
const BUNDLE_TEXT = `export const rows = [${Array.from({ length: 2000 }, (_, i) => `{ id: ${i}, title: 'Partnership ${i}' }`).join(', ')}];\n`;

/** The raw response, undecoded, to see exactly what went over the wire. */
function rawGet(
  address: AddressInfo,
  urlPath: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: address.port, path: urlPath, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

describe(`compressed responses and cache headers (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let address: AddressInfo;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.login('officer');
    // A real socket: supertest would decode the body before the test could see what was sent.
    await t.app.listen(0, '127.0.0.1');
    address = t.app.getHttpServer().address() as AddressInfo;
    fs.writeFileSync(path.join(t.config.uiDist, BUNDLE), BUNDLE_TEXT);
  });
  afterAll(() => t.close());

  const partnerships = (encoding?: string) =>
    rawGet(address, '/api/partnerships?range=%5B0%2C24%5D', { ...bearer(officer), ...(encoding ? { 'Accept-Encoding': encoding } : {}) });

  it('sends a JSON list gzip-compressed when the client accepts gzip, with its Content-Range and no-store', async () => {
    const plain = await partnerships();
    const zipped = await partnerships('gzip');
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toMatch(/accept-encoding/i);
    expect(zipped.headers['content-type']).toMatch(/application\/json/);
    expect(zipped.headers['content-range']).toBe(plain.headers['content-range']);
    expect(zipped.headers['cache-control']).toBe('no-store');
    // The same list, in fewer bytes.
    expect(zlib.gunzipSync(zipped.body).toString('utf8')).toBe(plain.body.toString('utf8'));
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
  });

  it('prefers brotli when the client accepts it (as browsers do), and sends plain JSON to a client that accepts neither', async () => {
    const both = await partnerships('gzip, deflate, br');
    expect(both.headers['content-encoding']).toBe('br');
    const plain = await partnerships();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zlib.brotliDecompressSync(both.body).toString('utf8')).toBe(plain.body.toString('utf8'));
    const identity = await partnerships('identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(identity.body.toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
  });

  it('leaves a small body uncompressed: under 1 kB the header would cost more than it saves', async () => {
    const health = await rawGet(address, '/api/health', { 'Accept-Encoding': 'gzip' });
    expect(health.status).toBe(200);
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(health.body.toString('utf8'))).toEqual({ status: 'ok', database: DB_KIND });
  });

  it('compresses hashed UI assets and caches them for a year as immutable', async () => {
    const plain = await rawGet(address, `/${BUNDLE}`, {});
    expect(plain.status).toBe(200);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const zipped = await rawGet(address, `/${BUNDLE}`, { 'Accept-Encoding': 'gzip' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toMatch(/javascript/);
    expect(zipped.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.gunzipSync(zipped.body).toString('utf8')).toBe(BUNDLE_TEXT);
    expect(zipped.body.length).toBeLessThan(BUNDLE_TEXT.length / 4);
  });

  it('sends index.html with no-cache (revalidated on every visit), compressed when it is big enough', async () => {
    const index = path.join(t.config.uiDist, 'index.html');
    const original = fs.readFileSync(index, 'utf8');
    const page = `<!doctype html><html><head>${'<link rel="modulepreload" href="/assets/chunk-0123abcd.js">'.repeat(40)}</head><body><div id="root"></div></body></html>`;
    fs.writeFileSync(index, page);
    try {
      for (const url of ['/', '/partnerships']) {
        const response = await rawGet(address, url, { 'Accept-Encoding': 'gzip' });
        expect(response.status).toBe(200);
        expect(response.headers['cache-control']).toBe('no-cache');
        expect(response.headers['content-encoding']).toBe('gzip');
        expect(zlib.gunzipSync(response.body).toString('utf8')).toBe(page);
      }
    } finally {
      fs.writeFileSync(index, original);
    }
  });

  it("does not serve the build's manifest (dist/.vite): the UI's own paths answer index.html instead", async () => {
    fs.mkdirSync(path.join(t.config.uiDist, '.vite'), { recursive: true });
    fs.writeFileSync(path.join(t.config.uiDist, '.vite', 'manifest.json'), '{"index.html":{"file":"assets/index.js"}}');
    const response = await rawGet(address, '/.vite/manifest.json', {});
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body.toString('utf8')).not.toContain('"file"');
  });

  it('never compresses the live stream (/api/events): its first event arrives at once, as plain text', async () => {
    const { headers, firstChunk } = await new Promise<{ headers: http.IncomingHttpHeaders; firstChunk: string }>((resolve, reject) => {
      const request = http.get(
        { host: '127.0.0.1', port: address.port, path: '/api/events', headers: { ...bearer(officer), 'Accept-Encoding': 'gzip, br' } },
        (response) => {
          response.once('data', (chunk: Buffer) => {
            resolve({ headers: response.headers, firstChunk: chunk.toString('utf8') });
            request.destroy();
          });
        },
      );
      request.on('error', reject);
      // A compressed (buffered) stream would hold the first events back: fail rather than wait.
      request.setTimeout(5000, () => reject(new Error('no event within 5 s: the stream is buffered')));
    });
    expect(headers['content-type']).toMatch(/^text\/event-stream/);
    expect(headers['content-encoding']).toBeUndefined();
    expect(firstChunk).toMatch(/^retry: 3000\n\n/);
  });
});
