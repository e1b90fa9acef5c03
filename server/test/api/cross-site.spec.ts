import { bearer, DB_KIND, DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

/**
 * A page on another port or a sibling subdomain is the same *site*, so the browser sends the
 * SameSite=Strict session cookie with its form posts and fetches. These are the requests such a page
 * can make (the real browser's version is e2e/tests/10-cross-site.spec.ts); none may change anything.
 */
const HOST = 'partnerships.test';
const OWN = `http://${HOST}`;
const EVIL = 'http://partnerships.test:8080';
const ALLOWED = 'https://partnerships.example.gov.my';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

describe(`cross-site requests are refused; the app's own pages and bearer clients are not (${DB_KIND})`, () => {
  let t: TestApp;
  let adminCookie: string;
  let adminToken: string;

  beforeAll(async () => {
    t = await startTestApp({ ALLOWED_ORIGINS: ALLOWED });
    const signIn = await t.http().post('/api/auth/login').set('Host', HOST).set('Origin', OWN).send({ username: 'admin', password: DEMO_PASSWORD });
    expect(signIn.status).toBe(200);
    adminToken = signIn.body.accessToken;
    adminCookie = `klch_session=${adminToken}`;
  });
  afterAll(() => t.close());

  let serial = 0;
  const newAdmin = () => ({ username: `csrf${++serial}`, fullName: 'Planted Admin', role: 'admin', password: 'a planted passphrase 2026' });
  const postUser = (body: object | string) => t.http().post('/api/users').set('Host', HOST).set('Cookie', adminCookie).send(body);
  const usersNamed = (username: string) => t.count('users', 'WHERE username = $1', [username]);

  it('refuses a form post (application/x-www-form-urlencoded) with 415, and creates no one', async () => {
    const user = newAdmin();
    const response = await postUser(new URLSearchParams(user).toString())
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .set('X-KLCH-Request', '1')
      .set('Origin', OWN);
    expect(response.status).toBe(415);
    expect(await usersNamed(user.username)).toBe(0);
  });

  it('refuses JSON sent as text/plain (what a form or a "simple" cross-site fetch can send) with 415', async () => {
    const user = newAdmin();
    const response = await postUser(JSON.stringify(user)).set('Content-Type', 'text/plain').set('X-KLCH-Request', '1').set('Origin', OWN);
    expect(response.status).toBe(415);
    expect(await usersNamed(user.username)).toBe(0);
  });

  it("refuses a cookie-authenticated change without the app's header (403), and records the refusal", async () => {
    const user = newAdmin();
    const response = await postUser(user).set('Origin', OWN);
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(/x-klch-request header/);
    expect(await usersNamed(user.username)).toBe(0);
    const [event] = await t.sql<{ action: string; actor_name: string; reason: string }>(
      'SELECT action, actor_name, reason FROM audit_events ORDER BY id DESC LIMIT 1',
    );
    expect(event).toMatchObject({
      action: 'access_denied',
      actor_name: 'Demo Admin',
      reason: expect.stringMatching(/^POST \/api\/users — cross-site request refused/),
    });
  });

  it.each([
    ['another origin (another port of the same host)', { Origin: EVIL }],
    ['a sibling subdomain', { Origin: 'http://evil.partnerships.test' }],
    ['a sandboxed page (Origin: null)', { Origin: 'null' }],
    ['no Origin but Sec-Fetch-Site: same-site', { 'Sec-Fetch-Site': 'same-site' }],
    ['no Origin but Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses a change from %s even with the header (403)', async (_label, headers) => {
    const user = newAdmin();
    const response = await postUser(user).set('X-KLCH-Request', '1').set(headers);
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(/came from another site/);
    expect(await usersNamed(user.username)).toBe(0);
  });

  it('refuses an upload (multipart, which a form can send) from another origin, and takes the same from its own pages', async () => {
    const officer = await t.http().post('/api/auth/login').set('Host', HOST).send({ username: 'officer', password: DEMO_PASSWORD });
    const upload = (origin: string) =>
      t
        .http()
        .post('/api/documents')
        .set('Host', HOST)
        .set('Cookie', `klch_session=${officer.body.accessToken}`)
        .set('Origin', origin)
        .set('X-KLCH-Request', '1')
        .field('partnershipId', '1')
        .field('category', 'other')
        .attach('file', PDF, 'planted.pdf');
    const documents = await t.count('documents');
    const refused = await upload(EVIL);
    expect(refused.status).toBe(403);
    expect(await t.count('documents')).toBe(documents);
    expect((await upload(OWN)).status).toBe(201);
  });

  it('refuses a sign-in posted from another origin (login CSRF), and a sign-out', async () => {
    const login = await t.http().post('/api/auth/login').set('Host', HOST).set('Origin', EVIL).send({ username: 'officer', password: DEMO_PASSWORD });
    expect(login.status).toBe(403);
    expect(login.headers['set-cookie']).toBeUndefined();
    const logout = await t
      .http()
      .post('/api/auth/logout')
      .set('Host', HOST)
      .set('Cookie', adminCookie)
      .set('Origin', EVIL)
      .set('X-KLCH-Request', '1');
    expect(logout.status).toBe(403);
    expect((await t.http().get('/api/auth/me').set('Cookie', adminCookie)).status).toBe(200);
  });

  it("accepts the app's own pages: same origin with the header, and an origin the operator allows", async () => {
    for (const origin of [OWN, ALLOWED]) {
      const user = newAdmin();
      const response = await postUser(user)
        .set('X-KLCH-Request', '1')
        .set('Origin', origin)
        .set('Sec-Fetch-Site', origin === OWN ? 'same-origin' : 'cross-site');
      expect(response.status).toBe(201);
      expect(await usersNamed(user.username)).toBe(1);
    }
  });

  it('accepts a non-browser client with the cookie and the header (no Origin at all)', async () => {
    const user = newAdmin();
    expect((await postUser(user).set('X-KLCH-Request', '1')).status).toBe(201);
  });

  it('leaves bearer-token clients alone: no header needed, whatever Origin they send', async () => {
    const user = newAdmin();
    const response = await t.http().post('/api/users').set(bearer(adminToken)).set('Origin', EVIL).send(user);
    expect(response.status).toBe(201);
  });

  it('judges a request that names a bearer token by that token, never by a cookie beside it', async () => {
    const user = newAdmin();
    const response = await postUser(user).set('Origin', EVIL).set('Authorization', 'Bearer not-a-token');
    expect(response.status).toBe(401);
    expect(await usersNamed(user.username)).toBe(0);
  });

  it('leaves reads alone: a GET from another origin with the cookie answers (the browser keeps it from that page)', async () => {
    const response = await t.http().get('/api/users').set('Host', HOST).set('Cookie', adminCookie).set('Origin', EVIL);
    expect(response.status).toBe(200);
  });
});
