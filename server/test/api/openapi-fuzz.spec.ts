import fc from 'fast-check';
import { bodyFor, type IdPools, listQueryFor, toJsonText } from '../support/openapi-arbitraries';
import { type OpenApiDocument, type Operation, schemaErrors } from '../support/openapi-schema';
import { fuzzSettings, printFigures } from '../support/fuzz-settings';
import { changedTables, tableDigest } from '../support/table-digest';
import { bearer, DB_KIND, DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

/**
 * Routes left out, and why: logout ends every session of the user who calls it (the suite's own
 * tokens), a password change would change the demo users' credentials; auth.spec covers both.
 * A document upload is multipart, not JSON (documents.spec sends hostile files).
 */
const EXCLUDED = new Set(['POST /api/auth/logout', 'POST /api/auth/password', 'POST /api/documents']);

const ROLES = ['admin', 'manager', 'officer', 'auditor', 'anonymous'] as const;
type Role = (typeof ROLES)[number];

/**
 * Where a refused request may change the database by design: a 403 is audited (access_denied), a
 * failed sign-in is audited and counted (and the trigger on audit_events counts each event).
 */
const AUDIT_TABLES = ['audit_chain_head', 'audit_events', 'audit_event_counts'];
/** Bookkeeping any signed-in request may write, refused or not: a session's last-seen, at most once a minute. */
const BOOKKEEPING_TABLES = ['sessions'];
/** What a refused sign-in writes by design: the account's guess count and the address's attempt count. */
const SIGN_IN_TABLES = ['login_throttle', 'login_ip_throttle'];

/** The table behind each resource of the API, for the ids put in addresses. */
const TABLES: Record<string, string> = {
  users: 'users',
  organisations: 'organisations',
  partnerships: 'partnerships',
  milestones: 'milestones',
  documents: 'documents',
  'status-requests': 'status_requests',
};

interface Endpoint {
  route: string;
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  operation: Operation;
}

interface Case {
  route: string;
  role: Role;
  id: string;
  /** The body as sent: JSON text, so a counterexample prints as it went over the wire (and deep values print at all). */
  body?: string;
  query?: Record<string, string>;
}

describe(`OpenAPI-derived property-based suite (${DB_KIND})`, () => {
  const { runs, seed } = fuzzSettings(150, 3000);
  let t: TestApp;
  let document: OpenApiDocument;
  const tokens: Partial<Record<Role, string>> = {};
  const pools: IdPools = {};
  const pathIds: Record<string, number[]> = {};

  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http().get('/api/docs-json')).body;
    for (const role of ROLES) if (role !== 'anonymous') tokens[role] = await t.login(role);
    // Users the suite may edit and deactivate; the demo users' accounts stay as they are, so their tokens stay valid.
    const fuzzUsers: number[] = [];
    for (const username of ['fuzz.one', 'fuzz.two']) {
      const created = await t
        .http()
        .post('/api/users')
        .set(bearer(tokens.admin!))
        .send({ username, fullName: username, role: 'officer', password: 'a long fuzz password 1' });
      expect(created.status).toBe(201);
      fuzzUsers.push(created.body.id);
    }
    const ids = async (table: string) => (await t.sql<{ id: number | string }>(`SELECT id FROM ${table} ORDER BY id`)).map((row) => Number(row.id));
    for (const [resource, table] of Object.entries(TABLES)) pathIds[resource] = resource === 'users' ? fuzzUsers : (await ids(table)).slice(0, 12);
    pools.organisationId = pools.parentId = await ids('organisations');
    pools.partnershipId = await ids('partnerships');
    pools.ownerId = await ids('users');
  }, 120_000);
  afterAll(() => t.close());

  const endpoints = (): Endpoint[] =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, method: method as Endpoint['method'], path, operation }))
        .filter(({ route }) => !EXCLUDED.has(route))
        .filter(({ method, operation }) => method !== 'get' || operation.parameters?.some((parameter) => parameter.name === 'range')),
    );

  const caseFor = (endpoint: Endpoint): fc.Arbitrary<Case> => {
    const resource = endpoint.path.split('/')[2];
    const id = fc.oneof(
      { arbitrary: fc.constantFrom(...(pathIds[resource]?.length ? pathIds[resource] : [1])).map(String), weight: 4 },
      { arbitrary: fc.constantFrom('0', '-1', '999999', 'abc', '1.5', '1e3', '9007199254740993', '%20', "1'--"), weight: 1 },
    );
    const schema = endpoint.operation.requestBody?.content?.['application/json']?.schema;
    return fc.record({
      route: fc.constant(endpoint.route),
      role: fc.constantFrom(...ROLES),
      id,
      body: (endpoint.route === 'POST /api/auth/login'
        ? fc.oneof(
            fc.record({ username: fc.constantFrom('officer', 'nobody', 'ADMIN'), password: fc.constantFrom(DEMO_PASSWORD, 'wrong password 1') }),
            bodyFor(document, schema!, pools),
          )
        : schema
          ? bodyFor(document, schema, pools)
          : fc.constant(undefined)
      ).map((body) => (body === undefined ? undefined : toJsonText(body))),
      query: endpoint.method === 'get' ? listQueryFor(endpoint.operation, pools) : fc.constant(undefined),
    });
  };

  it(
    'answers every generated request below 500, 2xx as documented, and a refusal changes nothing',
    async () => {
      const all = endpoints();
      const byRoute = new Map(all.map((endpoint) => [endpoint.route, endpoint]));
      expect(all.length).toBeGreaterThan(20);
      const statuses: Record<string, number> = {};
      let cases = 0;

      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...all).chain(caseFor), async ({ route, role, id, body, query }: Case) => {
          const endpoint = byRoute.get(route)!;
          cases++;
          const url = endpoint.path.replace('{id}', encodeURIComponent(id)).replace(/%25/g, '%');
          const before = await tableDigest(t.dataSource);
          let request = t.http()[endpoint.method](url);
          if (role !== 'anonymous') request = request.set(bearer(tokens[role]!));
          if (query) request = request.query(query);
          if (body !== undefined) request = request.set('Content-Type', 'application/json').send(body);
          const response = await request;
          const label = `${endpoint.route} as ${role} (id ${id}) → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;

          expect({ label, serverError: response.status >= 500 }).toEqual({ label, serverError: false });
          if (response.status < 300) {
            const declared = endpoint.operation.responses[String(response.status)]?.content?.['application/json']?.schema;
            expect({ label, declared: Boolean(declared) }).toEqual({ label, declared: true });
            expect({ label, errors: schemaErrors(document, declared!, response.body) }).toEqual({ label, errors: [] });
            return;
          }
          // The refusal's own schema where the route declares one (a 409's `current`), else the common error shape.
          const refusal = endpoint.operation.responses[String(response.status)]?.content?.['application/json']?.schema ?? {
            $ref: '#/components/schemas/ErrorResponse',
          };
          expect({ label, errors: schemaErrors(document, refusal, response.body) }).toEqual({ label, errors: [] });
          const changed = changedTables(before, await tableDigest(t.dataSource));
          const mayChange = [
            ...BOOKKEEPING_TABLES,
            ...(response.status === 403 || endpoint.route === 'POST /api/auth/login' ? AUDIT_TABLES : []),
            ...(endpoint.route === 'POST /api/auth/login' ? SIGN_IN_TABLES : []),
          ];
          expect({ label, unexpected: changed.filter((table) => !mayChange.includes(table)) }).toEqual({ label, unexpected: [] });
        }),
        { numRuns: runs, seed, endOnFailure: true },
      );
      printFigures(
        `OpenAPI property-based suite (${DB_KIND}): ${cases} cases over ${all.length} routes × ${ROLES.length} roles, seed ${seed}; answers ${JSON.stringify(statuses)}`,
      );
    },
    60_000 + runs * 1_000,
  ); // generous per case: the long runs are many times the bounded one
});
