import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PARTNERSHIP_CATEGORIES } from '@klch/shared';
import { prepareDatabase } from '../../src/startup/prepare-database';
import { DB_KIND, startTestApp, type TestApp } from '../support/test-app';

const UI_INDEX = '<!doctype html><title>KL Partnerships</title><div id="root"></div>';

const countOf = (t: TestApp, table: string) => t.count(table);

/** A Content-Security-Policy header as directive → sources, to check each directive on its own. */
function directives(header: unknown): Record<string, string[]> {
  expect(typeof header).toBe('string');
  return Object.fromEntries(
    String(header)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** What every page's policy says whatever its styles: this origin only, no plugins, no framing, no <base>, no off-site forms. */
const PAGE_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** index.html as the build writes it: the style nonce is a placeholder the server fills in. */
const BUILT_INDEX =
  '<!doctype html><html><head><meta property="csp-nonce" nonce="__KLCH_CSP_NONCE__">' +
  '<script type="module" src="/assets/app-abc123.js" nonce="__KLCH_CSP_NONCE__"></script></head><body><div id="root"></div></body></html>';

const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe(`the app shell: health, docs, UI, request ids, first start (${DB_KIND})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers GET /api/health with 200 {status: "ok"}, without signing in, and never cached', async () => {
    const response = await t.http().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: DB_KIND });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('serves the Swagger UI at /api/docs and the OpenAPI document with the partnerships paths', async () => {
    const ui = await t.http().get('/api/docs').redirects(2);
    expect(ui.status).toBe(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
    expect(ui.text).toMatch(/swagger/i);

    const document = await t.http().get('/api/docs-json');
    expect(document.status).toBe(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(document.body.paths['/api/partnerships']).toEqual(expect.objectContaining({ get: expect.any(Object), post: expect.any(Object) }));
    expect(document.body.paths['/api/partnerships/{id}']).toEqual(
      expect.objectContaining({ get: expect.any(Object), put: expect.any(Object), delete: expect.any(Object) }),
    );
    expect(document.body.paths['/api/auth/login']).toBeDefined();
  });

  it('documents request and response schemas, and the list query parameters, in the OpenAPI document', async () => {
    const { body } = await t.http().get('/api/docs-json');
    const create = body.components.schemas.CreatePartnershipDto;
    expect(create.required).toEqual(expect.arrayContaining(['title', 'category', 'instrument']));
    expect(create.properties.title).toEqual(expect.objectContaining({ type: 'string', maxLength: 500 }));
    expect(create.properties.category.enum).toEqual([...PARTNERSHIP_CATEGORIES]);

    const list = body.paths['/api/partnerships'].get;
    expect(list.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'filter', in: 'query', required: false })]));
    expect(list.responses['200'].content['application/json'].schema).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/PartnershipResponse' },
    });
    expect(list.responses['200'].headers['Content-Range']).toBeDefined();
  });

  it("serves the UI's index.html at / and at client-side routes, never cached", async () => {
    for (const url of ['/', '/partnerships/3/show', '/organisations?filter=%7B%7D']) {
      const response = await t.http().get(url);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.text).toBe(UI_INDEX);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    }
  });

  it("sends the UI's CSP: scripts from this origin only, styles only with a fresh nonce, no plugins, no framing", async () => {
    const index = path.join(t.config.uiDist, 'index.html');
    const original = fs.readFileSync(index, 'utf8');
    fs.writeFileSync(index, BUILT_INDEX);
    try {
      const nonces: string[] = [];
      for (const url of ['/', '/partnerships/3/show']) {
        const response = await t.http().get(url);
        expect(response.status).toBe(200);
        const policy = directives(response.headers['content-security-policy']);
        expect(policy).toEqual({ ...PAGE_DIRECTIVES, 'style-src': ["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/]{24}'$/)] });
        const nonce = policy['style-src'][1].slice("'nonce-".length, -1);
        // The page carries the header's nonce, for the UI's style cache to read; nothing else is changed.
        expect(response.text).toBe(BUILT_INDEX.replaceAll('__KLCH_CSP_NONCE__', nonce));
        expect(response.headers['cache-control']).toBe('no-cache');
        nonces.push(nonce);
      }
      expect(nonces[0]).not.toBe(nonces[1]);
    } finally {
      fs.writeFileSync(index, original);
    }
  });

  it('sends the UI policy with assets too, and never HSTS outside production', async () => {
    const response = await t.http().get('/assets/app-abc123.js');
    expect(directives(response.headers['content-security-policy'])).toEqual({
      ...PAGE_DIRECTIVES,
      'style-src': ["'self'", expect.stringMatching(/^'nonce-/)],
    });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers /api with a policy that loads nothing and frames nowhere: JSON is never a page', async () => {
    for (const request of [
      t.http().get('/api/health'),
      t.http().get('/api/partnerships'),
      t.http().get('/api/no-such-thing'),
      t.http().get('/api/docs-json'),
    ]) {
      const response = await request;
      expect(directives(response.headers['content-security-policy'])).toEqual({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] });
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it("gives the Swagger UI at /api/docs a CSP that allows its inline styles by hash only, and no inline or eval'd script", async () => {
    const response = await t.http().get('/api/docs');
    expect(response.status).toBe(200);
    const policy = directives(response.headers['content-security-policy']);
    const { 'style-src': styles, ...rest } = policy;
    expect(rest).toEqual(PAGE_DIRECTIVES);
    expect(styles.slice(0, 2)).toEqual(["'self'", "'unsafe-hashes'"]);
    // Every inline style of the page is allowed by its hash, and nothing else is.
    const inline = [
      ...[...response.text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]),
      ...[...response.text.matchAll(/\sstyle="([^"]*)"/g)].map((match) => match[1]),
    ];
    expect(inline.length).toBeGreaterThanOrEqual(2);
    expect([...styles.slice(2)].sort()).toEqual([...new Set(inline.map(sha256Source))].sort());
    expect(String(response.headers['content-security-policy'])).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
    // The page's scripts are files of this origin (script-src 'self' covers them), none inline.
    expect(response.text).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('serves source maps outside production, for debugging the demo', async () => {
    fs.writeFileSync(path.join(t.config.uiDist, 'assets', 'app-abc123.js.map'), '{"version":3}');
    const response = await t.http().get('/assets/app-abc123.js.map');
    expect(response.status).toBe(200);
    expect(response.text).toBe('{"version":3}');
  });

  it('serves hashed assets with an immutable Cache-Control', async () => {
    const response = await t.http().get('/assets/app-abc123.js');
    expect(response.status).toBe(200);
    expect(response.text).toBe('console.log("ui")');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toMatch(/immutable/);
    expect(response.headers['cache-control']).toMatch(/max-age=31536000/);
  });

  it('does not serve files outside the UI folder', async () => {
    for (const url of ['/../test.sqlite', '/%2e%2e/test.sqlite', '/assets/..%2f..%2ftest.sqlite', '/..%2fjwt-secret']) {
      const response = await t.http().get(url);
      expect(response.text).not.toMatch(/SQLite format/);
      if (response.status === 200) expect(response.text).toBe(UI_INDEX);
    }
    const malformed = await t.http().get('/%E0%A4%A');
    expect(malformed.status).toBe(400);
  });

  it('answers an unknown /api route with 404 JSON, not the UI', async () => {
    for (const request of [t.http().get('/api/no-such-thing'), t.http().get('/api'), t.http().post('/api/no-such-thing').send({})]) {
      const response = await request;
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/application\/json/);
      expect(response.body.statusCode).toBe(404);
      expect(typeof response.body.message).toBe('string');
      expect(response.text).not.toContain('<!doctype html>');
    }
  });

  it('gives every response an X-Request-Id, echoing a sane one and replacing an unsafe one', async () => {
    const generated = await t.http().get('/api/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const other = await t.http().get('/api/health');
    expect(other.headers['x-request-id']).not.toBe(generated.headers['x-request-id']);

    const echoed = await t.http().get('/api/health').set('X-Request-Id', 'trace-abc.123_XYZ');
    expect(echoed.headers['x-request-id']).toBe('trace-abc.123_XYZ');
    for (const unsafe of ['has space', 'x'.repeat(65), 'evil\u00e9', '<script>']) {
      const response = await t.http().get('/api/health').set('X-Request-Id', unsafe);
      expect(response.headers['x-request-id']).not.toBe(unsafe);
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    const unauthorised = await t.http().get('/api/partnerships').set('X-Request-Id', 'trace-on-error');
    expect(unauthorised.status).toBe(401);
    expect(unauthorised.headers['x-request-id']).toBe('trace-on-error');
  });

  it('loads the demo data only once: a second prepareDatabase adds no users or partnerships', async () => {
    const before = {
      users: await countOf(t, 'users'),
      partnerships: await countOf(t, 'partnerships'),
      organisations: await countOf(t, 'organisations'),
      targets: await countOf(t, 'sdg_targets'),
      events: await countOf(t, 'audit_events'),
    };
    expect(before.users).toBe(5);
    expect(before.partnerships).toBe(9);
    const again = await prepareDatabase(t.app, t.config);
    expect(again).toEqual({ created: false, migrationsRun: [], demoLogins: [] });
    expect({
      users: await countOf(t, 'users'),
      partnerships: await countOf(t, 'partnerships'),
      organisations: await countOf(t, 'organisations'),
      targets: await countOf(t, 'sdg_targets'),
      events: await countOf(t, 'audit_events'),
    }).toEqual(before);
    expect(before.targets).toBe(169);
  });

  it('brings a changed SDG target back in line with shared at the next start, and rewrites no target that is current', async () => {
    const [current] = await t.sql<{ title: string; position: number | string }>("SELECT title, position FROM sdg_targets WHERE code = '17.17'");
    await t.sql("UPDATE sdg_targets SET title = 'An outdated title', position = 0 WHERE code = '17.17'");
    expect(await rowsWrittenBy(t, () => prepareDatabase(t.app, t.config))).toBe(1);
    const [restored] = await t.sql<{ title: string; position: number | string }>("SELECT title, position FROM sdg_targets WHERE code = '17.17'");
    expect(restored).toEqual(current);
    // A start with nothing to bring in line writes nothing: no commit to sync, no dead rows to vacuum.
    expect(await rowsWrittenBy(t, () => prepareDatabase(t.app, t.config))).toBe(0);
  });
});

/**
 * How many rows some work wrote: on PostgreSQL the SDG target rows with a new row version (xmin),
 * on SQLite every row the app's one connection changed (total_changes()).
 */
async function rowsWrittenBy(t: TestApp, work: () => Promise<unknown>): Promise<number> {
  if (DB_KIND === 'postgres') {
    const versions = async () =>
      new Map((await t.sql<{ code: string; v: string }>('SELECT code, xmin::text AS v FROM sdg_targets')).map((row) => [row.code, row.v]));
    const before = await versions();
    await work();
    return [...(await versions())].filter(([code, version]) => before.get(code) !== version).length;
  }
  const changes = async () => Number((await t.sql<{ n: number }>('SELECT total_changes() AS n'))[0].n);
  const before = await changes();
  await work();
  return (await changes()) - before;
}

describe(`a production start on a new database (${DB_KIND})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-at-least-32-chars!',
      AUDIT_HEAD_KEY: 'a-production-head-key-of-at-least-32-chars',
      DEMO_PASSWORD: undefined,
    });
  });
  afterAll(() => t.close());

  it('has no users and no partnerships, but all 169 SDG targets', async () => {
    expect(t.config.production).toBe(true);
    expect(t.config.demoPassword).toBeNull();
    expect(await countOf(t, 'users')).toBe(0);
    expect(await countOf(t, 'partnerships')).toBe(0);
    expect(await countOf(t, 'organisations')).toBe(0);
    expect(await countOf(t, 'sdg_targets')).toBe(169);
    expect((await t.http().post('/api/auth/login').send({ username: 'admin', password: 'demo-pass-1234' })).status).toBe(401);
  });

  it('sends HSTS on every response in production: pages, assets, the API and its docs', async () => {
    for (const url of ['/', '/assets/app-abc123.js', '/api/health', '/api/partnerships', '/api/docs']) {
      const response = await t.http().get(url);
      expect({ url, hsts: response.headers['strict-transport-security'] }).toEqual({ url, hsts: 'max-age=31536000; includeSubDomains' });
    }
  });

  it('does not serve source maps in production (404), only the bundles', async () => {
    fs.writeFileSync(path.join(t.config.uiDist, 'assets', 'app-abc123.js.map'), '{"version":3,"sources":["src/App.tsx"]}');
    for (const url of ['/assets/app-abc123.js.map', '/assets/app-abc123.js.map?x=1', '/assets/../assets/app-abc123.js.map']) {
      const response = await t.http().get(url);
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ statusCode: 404, message: 'Source maps are not served in production.' });
      expect(response.text).not.toContain('sources');
    }
    expect((await t.http().get('/assets/app-abc123.js')).status).toBe(200);
  });

  it('marks the session cookie Secure in production', async () => {
    // No user yet: create one the way an operator would (the CLI goes through the same service).
    const { UsersService } = await import('../../src/users/users.service');
    const { SYSTEM_ACTOR } = await import('../../src/audit/actor');
    await t.app
      .get(UsersService)
      .create({ username: 'ops-admin', fullName: 'Ops Admin', role: 'admin', password: 'operations-key-2468' }, SYSTEM_ACTOR);
    const response = await t.http().post('/api/auth/login').send({ username: 'ops-admin', password: 'operations-key-2468' });
    expect(response.status).toBe(200);
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((line) => line.startsWith('klch_session='));
    expect(cookie).toMatch(/; Secure/);
  });
});
