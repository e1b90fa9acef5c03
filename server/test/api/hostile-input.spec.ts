import { AUDIT_EVENT_LIST } from '../../src/audit-events/audit-query';
import type { EntityListSpec } from '../../src/common/list-query/list-spec';
import { MAX_BODY_DEPTH } from '../../src/common/validation/body-depth.pipe';
import { DOCUMENT_LIST } from '../../src/documents/document-query';
import { MILESTONE_LIST } from '../../src/milestones/milestone-query';
import { ORGANISATION_LIST } from '../../src/organisations/organisation-query';
import { PARTNERSHIP_LIST } from '../../src/partnerships/partnership-query';
import { SDG_TARGET_LIST } from '../../src/sdg-targets/sdg-target-query';
import { STATUS_REQUEST_LIST } from '../../src/status-requests/status-request-query';
import { USER_LIST } from '../../src/users/user-query';
import { changedTables, tableDigest } from '../support/table-digest';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/** Every list of the API, with a role that may read it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the specs are of different entities; only their filters are read
const LISTS: Array<{ spec: EntityListSpec<any>; reader: string }> = [
  { spec: PARTNERSHIP_LIST, reader: 'officer' },
  { spec: ORGANISATION_LIST, reader: 'officer' },
  { spec: STATUS_REQUEST_LIST, reader: 'officer' },
  { spec: MILESTONE_LIST, reader: 'officer' },
  { spec: DOCUMENT_LIST, reader: 'officer' },
  { spec: SDG_TARGET_LIST, reader: 'officer' },
  { spec: AUDIT_EVENT_LIST, reader: 'auditor' },
  { spec: USER_LIST, reader: 'admin' },
];

/** The documented error shape and nothing else: no Fastify `code`/`error`, no stack. */
function expectErrorShape(response: { status: number; body: Record<string, unknown> }, status: number): void {
  expect(response.status).toBe(status);
  expect(Object.keys(response.body).filter((key) => !['statusCode', 'message', 'errors'].includes(key))).toEqual([]);
  expect(response.body.statusCode).toBe(status);
  expect(response.body.message).toEqual(expect.stringMatching(/^[A-Z"].{10,}\.$/));
}

const nested = (depth: number, open: string, close: string) => `${open.repeat(depth)}1${close.repeat(depth)}`;

describe(`hostile input (${DB_KIND})`, () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['officer', 'auditor', 'admin']) tokens[user] = await t.login(user);
  });
  afterAll(() => t.close());

  it('proves "changed nothing" with a digest that is stable across reads and notices a one-character change in any row', async () => {
    const before = await tableDigest(t.dataSource);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['audit_events', 'partnerships', 'users', 'login_throttle']));
    expect(await tableDigest(t.dataSource)).toEqual(before);
    const [row] = await t.sql<{ id: number; city: string | null }>("SELECT id, city FROM organisations WHERE name = 'Tokyo Metropolitan Government'");
    await t.sql('UPDATE organisations SET city = $1 WHERE id = $2', [`${row.city ?? ''}.`, row.id]);
    expect(changedTables(before, await tableDigest(t.dataSource))).toEqual(['organisations']);
    await t.sql('UPDATE organisations SET city = $1 WHERE id = $2', [row.city, row.id]);
    expect(await tableDigest(t.dataSource)).toEqual(before);
  });

  describe('range', () => {
    it.each([
      ['an offset of 1e20', '[1e20,1e20]'],
      ['offsets beyond 2^53', '[9007199254740992,9007199254740993]'],
      ['an end beyond 2^53', '[0,9007199254740992]'],
      ['a huge span', '[0,1e300]'],
      ['a negative offset', '[-1,5]'],
      ['a fractional offset', '[0.5,2]'],
      ['a reversed range', '[5,2]'],
    ])('refuses %s on every list with 400 naming range', async (_label, range) => {
      for (const { spec, reader } of LISTS) {
        const response = await t.list(`/api/${spec.resource}`, { range }, tokens[reader]);
        expectErrorShape(response, 400);
        expect(response.body.errors).toEqual({ range: expect.stringMatching(/two whole numbers from 0 to 9007199254740991/) });
      }
    });

    it('answers an empty page for the largest offsets it accepts', async () => {
      for (const { spec, reader } of LISTS) {
        const response = await t.list(`/api/${spec.resource}`, { range: '[9007199254740990,9007199254740991]' }, tokens[reader]);
        expect(response.status).toBe(200);
        expect(response.body).toEqual([]);
      }
    });
  });

  describe('empty lists in filters', () => {
    // Every filter that takes a list: exact fields and the custom "many" ones (country, organisationId, sdgTargets).
    const cases = LISTS.flatMap(({ spec, reader }) =>
      Object.entries(spec.filters)
        .filter(([, def]) => def.kind === 'exact' || (def.kind === 'custom' && def.many))
        .map(([name]) => ({ resource: spec.resource, name, reader })),
    );

    it('match nothing: 200 with total 0, on every list filter that takes a list', async () => {
      expect(cases.map(({ resource, name }) => `${resource}.${name}`)).toEqual(
        expect.arrayContaining(['partnerships.country', 'partnerships.organisationId', 'partnerships.sdgTargets', 'partnerships.status']),
      );
      for (const { resource, name, reader } of cases) {
        const response = await t.list(`/api/${resource}`, { filter: { [name]: [] } }, tokens[reader]);
        expect({ filter: `${resource}.${name}`, status: response.status, range: response.headers['content-range'] }).toEqual({
          filter: `${resource}.${name}`,
          status: 200,
          range: `${resource} */0`,
        });
        expect(response.body).toEqual([]);
      }
    });
  });

  describe('deeply nested bodies', () => {
    it.each([
      ['objects', '{"a":', '}'],
      ['lists', '[', ']'],
    ])('refuses 2,000 levels of %s with 400 on validated routes, changing nothing', async (_label, open, close) => {
      const deep = nested(2000, open, close);
      const before = await tableDigest(t.dataSource);
      const partnershipId = await t.idOf('partnerships', 'code', 'KLCH-IR-2019-001');
      const routes: Array<[string, string, string]> = [
        ['post', '/api/organisations', `{"name":"Deep","type":"academic","country":"MY","aliases":${deep}}`],
        ['post', '/api/partnerships', `{"title":"Deep","parties":${deep}}`],
        ['put', `/api/partnerships/${partnershipId}`, `{"version":1,"parties":[{"organisationId":${deep}}]}`],
        ['post', '/api/status-requests', `{"partnershipId":${partnershipId},"reason":${deep}}`],
        ['post', '/api/users', `{"username":${deep}}`],
      ];
      for (const [method, path, body] of routes) {
        const token = path === '/api/users' ? tokens.admin : tokens.officer;
        const response = await t.http()[method as 'post' | 'put'](path).set(bearer(token)).set('Content-Type', 'application/json').send(body);
        expectErrorShape(response, 400);
        expect(response.body.errors).toEqual({ body: expect.stringMatching(/nested too deeply/) });
      }
      expect(changedTables(before, await tableDigest(t.dataSource))).toEqual([]);
    });

    it(`still takes a body ${MAX_BODY_DEPTH} levels deep to the validator`, async () => {
      const response = await t
        .http()
        .post('/api/organisations')
        .set(bearer(tokens.officer))
        .set('Content-Type', 'application/json')
        .send(`{"name":"Deep","type":"academic","country":"MY","aliases":${nested(MAX_BODY_DEPTH - 1, '[', ']')}}`);
      expectErrorShape(response, 400);
      expect(Object.keys(response.body.errors)).toEqual(['aliases']);
    });
  });

  describe('text the validators choke on', () => {
    it('refuses an email with a lone surrogate with 400 (the email check threw: 500), on create and edit', async () => {
      const before = await tableDigest(t.dataSource);
      const body = (email: string) =>
        JSON.stringify({ username: 'surrogate.user', fullName: 'S', role: 'officer', password: 'a long password 12', email });
      for (const email of ['a\udd06@example.org', '\ud800@example.org']) {
        const created = await t.http().post('/api/users').set(bearer(tokens.admin)).set('Content-Type', 'application/json').send(body(email));
        expectErrorShape(created, 400);
        expect(created.body.errors).toEqual({ email: expect.stringMatching(/^Email must be/) });
        const officerId = await t.userId('officer');
        const edited = await t
          .http()
          .put(`/api/users/${officerId}`)
          .set(bearer(tokens.admin))
          .set('Content-Type', 'application/json')
          .send(JSON.stringify({ version: 1, email }));
        expectErrorShape(edited, 400);
        expect(edited.body.errors).toEqual({ email: expect.stringMatching(/^Email must be/) });
      }
      expect(changedTables(before, await tableDigest(t.dataSource))).toEqual([]);
    });
  });

  describe("Fastify's own errors, in the documented shape", () => {
    const post = (path: string) => t.http().post(path).set(bearer(tokens.officer));

    it('malformed JSON: 400', async () => {
      const response = await post('/api/organisations').set('Content-Type', 'application/json').send('{"name":');
      expectErrorShape(response, 400);
      expect(response.body.message).toBe('The request body is not valid JSON.');
    });

    it('an empty body labelled JSON: 400', async () => {
      const response = await post('/api/organisations').set('Content-Type', 'application/json').send('');
      expectErrorShape(response, 400);
      expect(response.body.message).toMatch(/body is empty/);
    });

    it('a __proto__ key: 400', async () => {
      const response = await post('/api/organisations').set('Content-Type', 'application/json').send('{"name":"x","__proto__":{"isAdmin":true}}');
      expectErrorShape(response, 400);
    });

    it('an unsupported media type: 415', async () => {
      const response = await post('/api/organisations').set('Content-Type', 'text/csv').send('name,type\nX,academic');
      expectErrorShape(response, 415);
      expect(response.body.message).toMatch(/application\/json/);
    });

    it('a body over the limit: 413', async () => {
      const response = await post('/api/organisations')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ name: 'x'.repeat(t.config.bodyLimitBytes) }));
      expectErrorShape(response, 413);
      expect(response.body.message).toMatch(/too large/);
    });

    it('headers over the limit: 431', async () => {
      const response = await t.http().get('/api/partnerships').set(bearer(tokens.officer)).set('X-Padding', 'x'.repeat(20_000));
      expectErrorShape(response, 431);
      expect(response.body.message).toMatch(/headers are too large/);
    });

    it('a malformed %-escape in the address: 400', async () => {
      for (const path of ['/api/partnerships/%E0%A4%A', '/%E0%A4%A']) {
        const response = await t.http().get(path).set(bearer(tokens.officer));
        expectErrorShape(response, 400);
        expect(response.body.message).toMatch(/%-escape/);
      }
    });

    it('no such route: 404', async () => {
      expectErrorShape(await t.http().get('/api/nothing-here').set(bearer(tokens.officer)), 404);
      expectErrorShape(await post('/api/nothing-here').send({}), 404);
      expectErrorShape(await post('/nothing-here').send({}), 404);
      expectErrorShape(await t.http().delete('/api/partnerships').set(bearer(tokens.officer)), 404);
    });
  });

  describe('case-insensitive search beyond ASCII', () => {
    let created: string[] = [];

    beforeAll(async () => {
      const organisation = async (name: string, country: string) => {
        const response = await t.http().post('/api/organisations').set(bearer(tokens.officer)).send({ name, type: 'academic', country });
        expect(response.status).toBe(201);
        return response.body.id as number;
      };
      const ecole = await organisation('École Nationale des Ponts', 'FR');
      const moskva = await organisation('Москва State University', 'RU');
      const fundacion = await organisation('FUNDACIÓN CIUDAD', 'ES');
      for (const [title, id] of [
        ['Bridges with the École', ecole],
        ['Exchange with Москва', moskva],
        ['Plazas with FUNDACIÓN CIUDAD', fundacion],
      ] as const) {
        const response = await t
          .http()
          .post('/api/partnerships')
          .set(bearer(tokens.officer))
          .send({
            title,
            category: 'international_organisation',
            instrument: 'mou',
            parties: [{ organisationId: id, role: 'counterpart' }],
            sdgTargets: [],
          });
        expect(response.status).toBe(201);
      }
      created = ['École Nationale des Ponts', 'Москва State University', 'FUNDACIÓN CIUDAD'];
    });

    it.each([
      ['école', 'École Nationale des Ponts'],
      ['ÉCOLE', 'École Nationale des Ponts'],
      ['МОСКВА', 'Москва State University'],
      ['москва', 'Москва State University'],
      ['fundación ciudad', 'FUNDACIÓN CIUDAD'],
      ['Fundación Metrópoli'.toUpperCase(), 'Fundación Metrópoli'],
    ])('organisations: q=%p finds %p', async (q, name) => {
      const response = await t.list('/api/organisations', { filter: { q } }, tokens.officer);
      expect(response.status).toBe(200);
      expect(response.body.map((row: { name: string }) => row.name)).toEqual([name]);
      expect(created).toHaveLength(3);
    });

    it.each([
      ['ÉCOLE', 'Bridges with the École'],
      ['москва', 'Exchange with Москва'],
      ['fundación ciudad', 'Plazas with FUNDACIÓN CIUDAD'],
      ['SMART CITY PARTNERSHIP WITH FUNDACIÓN', 'Smart City partnership with Fundación Metrópoli'],
    ])('partnerships: q=%p finds %p (by title or party name)', async (q, title) => {
      const response = await t.list('/api/partnerships', { filter: { q } }, tokens.officer);
      expect(response.status).toBe(200);
      expect(response.body.map((row: { title: string }) => row.title)).toEqual([title]);
    });
  });
});
