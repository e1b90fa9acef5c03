import * as fs from 'node:fs';
import * as http from 'node:http';
import { ApiClient } from '../support/api-client';
import { openDirect, sqliteIntegrity } from '../support/direct-sql';
import { freePort, type ScratchDatabase, scratchDatabase, startProcess, startServer } from '../support/server-process';

const DB_KIND: 'sqlite' | 'postgres' = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

jest.setTimeout(90_000);

const PDF_HEAD = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1');
const PDF_TAIL = Buffer.from('trailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

/**
 * A document upload whose body is sent in two halves, so it is still in flight when the server is
 * told to stop; over a kept-alive connection, as browsers and proxies send it.
 */
function slowUpload(url: string, token: string, partnershipId: number) {
  const boundary = 'klch-shutdown-test';
  const filler = Buffer.alloc(512 * 1024, 'x');
  const head = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="partnershipId"\r\n\r\n${partnershipId}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="category"\r\n\r\nreport\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Slow report.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    PDF_HEAD,
    filler,
  ]);
  const tail = Buffer.concat([filler, PDF_TAIL, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const request = http.request(`${url}/api/documents`, {
    method: 'POST',
    agent: new http.Agent({ keepAlive: true }),
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': `multipart/form-data; boundary=${boundary}`,
      'Content-Length': head.length + tail.length,
    },
  });
  const answer = new Promise<{ status: number; connection?: string; body: { id?: number; fileName?: string } }>((resolve, reject) => {
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body: JSON.parse(text) }));
    });
    request.on('error', reject);
  });
  request.write(head);
  return { answer, finish: () => request.end(tail), abort: () => request.destroy() };
}

/**
 * Asks for /api/health on a new connection each time until the server stops answering 200: a refused
 * connection (or one the kernel had accepted just before the listening socket closed, then reset) or our 503.
 */
async function untilRefused(url: string): Promise<string> {
  const once = () =>
    new Promise<string | null>((resolve) => {
      http
        .get(`${url}/api/health`, { agent: false }, (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve(response.statusCode === 200 ? null : `${response.statusCode} ${text}`));
        })
        .on('error', (error: Error & { code?: string }) => resolve(error.code ?? error.message));
    });
  for (let attempt = 0; attempt < 200; attempt++) {
    const outcome = await once();
    if (outcome) return outcome;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return 'still answering 200';
}

describe(`graceful shutdown (${DB_KIND})`, () => {
  let database: ScratchDatabase;

  beforeAll(async () => {
    database = await scratchDatabase(DB_KIND, 'stop');
  });
  afterAll(() => database.drop());

  it('on SIGTERM answers the upload in flight, refuses new requests, closes the database and exits 0', async () => {
    const server = await startServer(database);
    const api = new ApiClient(server.url);
    const officer = await api.login('officer');
    const [partnership] = (await api.get('/api/partnerships?range=[0,0]', officer)).body;
    const upload = slowUpload(server.url, officer, partnership.id);
    try {
      // The server has the request once it has read the first half: wait for the socket to drain.
      await new Promise((resolve) => setTimeout(resolve, 300));

      server.child.kill('SIGTERM');
      expect(await untilRefused(server.url)).toMatch(/^(ECONNREFUSED|ECONNRESET|503 .*shutting down)/);
      upload.finish();
      const answered = await upload.answer;
      expect(answered.status).toBe(201);
      // The kept-alive connection is closed after the answer: otherwise it would hold the shutdown open.
      expect(answered.connection).toBe('close');
      expect(answered.body.fileName).toBe('Slow report.pdf');

      const exit = await server.exited;
      expect(exit).toEqual({ code: 0, signal: null });
      expect(server.output().stderr).toContain('Stopped cleanly.');
      if (database.file) {
        // The WAL was checkpointed into the main file and removed when the last connection closed.
        expect(fs.existsSync(`${database.file}-wal`)).toBe(false);
        expect(sqliteIntegrity(database.file)).toBe('ok');
      }
      const sql = await openDirect(database);
      try {
        const events = await sql.query('SELECT action FROM audit_events WHERE entity_type = $1 AND entity_id = $2', [
          'documents',
          String(answered.body.id),
        ]);
        expect(events).toEqual([{ action: 'upload' }]);
      } finally {
        await sql.close();
      }
    } finally {
      // A failure above must not leave the upload or the server behind (jest would wait for them).
      upload.abort();
      await server.kill();
    }
  });

  it('`npm run start:prod -w server` stopped with Ctrl-C (SIGINT to its process group) exits 0 without an npm error', async () => {
    const server = await startProcess('npm', ['run', 'start:prod', '-w', 'server'], {
      env: {
        NODE_ENV: 'test',
        DATABASE_URL: database.url,
        DATA_DIR: database.dataDir,
        UI_DIST: `${database.dataDir}/ui`,
        LOG_LEVEL: 'silent',
      },
      port: await freePort(),
      detached: true,
    });
    try {
      // What a terminal does on Ctrl-C: the signal goes to every process of the foreground group (npm, sh, node).
      process.kill(-server.child.pid!, 'SIGINT');
      const exit = await server.exited;
      const { stderr } = server.output();
      expect(stderr).not.toMatch(/npm error|ELIFECYCLE|npm ERR!/);
      expect(stderr).toContain('Stopped cleanly.');
      expect(exit).toEqual({ code: 0, signal: null });
    } finally {
      // Whatever of the group is still there (a node left behind by a dying npm) goes.
      try {
        process.kill(-server.child.pid!, 'SIGKILL');
      } catch {
        // the group is gone: nothing left
      }
    }
  });
});
