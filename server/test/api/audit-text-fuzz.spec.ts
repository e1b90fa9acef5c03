import fc from 'fast-check';
import { ORGANISATION_TYPES } from '@klch/shared';
import type { Response } from 'supertest';
import { unstorableTextProblem } from '../../src/common/validation/storable-text';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/**
 * Property: whatever text a client sends in any free-text field of any write, the audit chain still
 * verifies, and what the API answered is what it stores and reads back. The fields are taken from
 * the OpenAPI document (every string that is not an enum, a format or a pattern), so a new text
 * field is covered without touching this file. `npm run test:fuzz -w server` runs it long (200 runs
 * per field); `FUZZ_RUNS` (per field) and `FUZZ_SEED` set the run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.FUZZ_LONG ? 200 : 10));
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

/** Code units of every kind: lone surrogates, NUL and other controls, combining marks, emoji, scripts. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\u0301', '\u200d', '\ufeff', '\u202e', '\n', '\t', ' '),
  fc.constantFrom('😀', '👩‍💻', '🇲🇾', 'e\u0301', 'É', 'Ж', 'ß', '郑州', 'تعاون', 'ﷺ', '\u{10ffff}'),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);
const text = fc.string({ unit, minLength: 1, maxLength: 24 });

/** Every write with a free-text field; the first test fails when the API gains one that is not here. */
const ROUTES = [
  'POST /api/organisations',
  'PUT /api/organisations/{id}',
  'POST /api/partnerships',
  'PUT /api/partnerships/{id}',
  'POST /api/milestones',
  'PUT /api/milestones/{id}',
  'POST /api/status-requests',
  'POST /api/status-requests/{id}/approve',
  'POST /api/status-requests/{id}/reject',
  'POST /api/users',
  'PUT /api/users/{id}',
  'POST /api/auth/login',
];

type Schema = { type?: string; enum?: unknown[]; format?: string; pattern?: string; readOnly?: boolean; items?: Schema };
type OpenApi = {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }>>;
  components: { schemas: Record<string, { properties?: Record<string, Schema> }> };
};

const isFreeText = (schema: Schema | undefined) => !!schema && schema.type === 'string' && !schema.enum && !schema.format && !schema.pattern;

/** `route` → its free-text fields, and whether each is a list of texts. */
function freeTextFields(document: OpenApi): Map<string, Array<{ field: string; list: boolean }>> {
  const fields = new Map<string, Array<{ field: string; list: boolean }>>();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const ref = operation.requestBody?.content?.['application/json']?.schema?.$ref;
      if (!ref) continue;
      const properties = document.components.schemas[ref.split('/').pop()!].properties ?? {};
      const found = Object.entries(properties)
        .filter(([, schema]) => !schema.readOnly)
        .flatMap(([field, schema]) =>
          isFreeText(schema) ? [{ field, list: false }] : schema.type === 'array' && isFreeText(schema.items) ? [{ field, list: true }] : [],
        );
      if (found.length) fields.set(`${method.toUpperCase()} ${path}`, found);
    }
  }
  return fields;
}

describe(`any text, through every free-text field of every write, keeps the audit chain valid (${DB_KIND})`, () => {
  let t: TestApp;
  let tokens: Record<'officer' | 'manager' | 'admin' | 'auditor', string>;
  let tokyoOrgId: number;
  let fields: Map<string, Array<{ field: string; list: boolean }>>;
  let serial = 0;
  let cases = 0;

  beforeAll(async () => {
    t = await startTestApp();
    const [officer, manager, admin, auditor] = await Promise.all(['officer', 'manager', 'admin', 'auditor'].map((name) => t.login(name)));
    tokens = { officer, manager, admin, auditor };
    tokyoOrgId = await t.idOf('organisations', 'name', 'Tokyo Metropolitan Government');
    fields = freeTextFields((await t.http().get('/api/docs-json')).body as OpenApi);
  });
  afterAll(async () => {
    // The figure docs/security.md quotes.
    const fieldCount = [...fields.values()].reduce((sum, list) => sum + list.length, 0);
    process.stdout.write(
      `audit text fuzz (${DB_KIND}): ${cases} writes with generated text through ${fieldCount} fields of ${fields.size} routes (seed ${SEED}, ${RUNS} runs per field)\n`,
    );
    await t.close();
  });

  const ok = (response: Response, status = 201) => {
    expect(response.status).toBe(status);
    return response.body as { id: number; version: number };
  };
  const post = (path: string, body: object, token = tokens.officer) => t.http().post(path).set(bearer(token)).send(body);
  const newPartnership = async () =>
    ok(
      await post('/api/partnerships', {
        title: `Fuzz partnership ${++serial}`,
        category: 'international_city',
        instrument: 'mou',
        parties: [{ organisationId: tokyoOrgId, role: 'counterpart' }],
      }),
    );
  const pendingRequest = async () => ok(await post('/api/status-requests', { partnershipId: (await newPartnership()).id, toStatus: 'proposed' }));
  const current = async (path: string, token = tokens.officer) => ok(await t.http().get(path).set(bearer(token)), 200);

  /** How each write is made, given a body with the generated field in it; and where its record is read back. */
  const writes: Record<(typeof ROUTES)[number], (patch: object) => Promise<{ response: Response; readBack?: string; token?: string }>> = {
    'POST /api/organisations': async (patch) => ({
      response: await post('/api/organisations', { name: `Fuzz org ${++serial}`, type: ORGANISATION_TYPES[0], country: 'MY', ...patch }),
      readBack: '/api/organisations/',
    }),
    'PUT /api/organisations/{id}': async (patch) => {
      const id = tokyoOrgId;
      const { version } = await current(`/api/organisations/${id}`);
      return {
        response: await t
          .http()
          .put(`/api/organisations/${id}`)
          .set(bearer(tokens.officer))
          .send({ version, ...patch }),
        readBack: '/api/organisations/',
      };
    },
    'POST /api/partnerships': async (patch) => ({
      response: await post('/api/partnerships', {
        title: `Fuzz partnership ${++serial}`,
        category: 'international_city',
        instrument: 'mou',
        parties: [{ organisationId: tokyoOrgId, role: 'counterpart' }],
        ...patch,
      }),
      readBack: '/api/partnerships/',
    }),
    'PUT /api/partnerships/{id}': async (patch) => {
      const { id, version } = await newPartnership();
      return {
        response: await t
          .http()
          .put(`/api/partnerships/${id}`)
          .set(bearer(tokens.officer))
          .send({ version, ...patch }),
        readBack: '/api/partnerships/',
      };
    },
    'POST /api/milestones': async (patch) => ({
      response: await post('/api/milestones', {
        partnershipId: (await newPartnership()).id,
        title: `Fuzz milestone ${++serial}`,
        kind: 'visit',
        ...patch,
      }),
      readBack: '/api/milestones/',
    }),
    'PUT /api/milestones/{id}': async (patch) => {
      const made = ok(
        await post('/api/milestones', { partnershipId: (await newPartnership()).id, title: `Fuzz milestone ${++serial}`, kind: 'visit' }),
      );
      return {
        response: await t
          .http()
          .put(`/api/milestones/${made.id}`)
          .set(bearer(tokens.officer))
          .send({ version: made.version, ...patch }),
        readBack: '/api/milestones/',
      };
    },
    'POST /api/status-requests': async (patch) => ({
      response: await post('/api/status-requests', { partnershipId: (await newPartnership()).id, toStatus: 'proposed', ...patch }),
      readBack: '/api/status-requests/',
    }),
    'POST /api/status-requests/{id}/approve': async (patch) => ({
      response: await post(`/api/status-requests/${(await pendingRequest()).id}/approve`, patch, tokens.manager),
      readBack: '/api/status-requests/',
      token: tokens.manager,
    }),
    'POST /api/status-requests/{id}/reject': async (patch) => ({
      response: await post(`/api/status-requests/${(await pendingRequest()).id}/reject`, patch, tokens.manager),
      readBack: '/api/status-requests/',
      token: tokens.manager,
    }),
    'POST /api/users': async (patch) => ({
      response: await post(
        '/api/users',
        { username: `fuzz${++serial}`, fullName: 'Fuzz User', role: 'officer', password: 'a long Fuzz passphrase 2026', ...patch },
        tokens.admin,
      ),
      readBack: '/api/users/',
      token: tokens.admin,
    }),
    'PUT /api/users/{id}': async (patch) => {
      const id = await t.userId('manager2');
      const { version } = await current(`/api/users/${id}`, tokens.admin);
      return {
        response: await t
          .http()
          .put(`/api/users/${id}`)
          .set(bearer(tokens.admin))
          .send({ version, ...patch }),
        readBack: '/api/users/',
        token: tokens.admin,
      };
    },
    'POST /api/auth/login': async (patch) => ({
      response: await t
        .http()
        .post('/api/auth/login')
        .send({ username: 'nobody', password: 'not the password', ...patch }),
    }),
  };

  it('finds the free-text fields of every write in the API description, and knows how to make each write', () => {
    const named = [...fields].flatMap(([route, list]) => list.map(({ field }) => `${route} ${field}`));
    expect(named).toEqual(
      expect.arrayContaining([
        'POST /api/organisations name',
        'POST /api/organisations aliases',
        'POST /api/partnerships title',
        'POST /api/partnerships themes',
        'PUT /api/milestones/{id} notes',
        'POST /api/status-requests reason',
        'POST /api/status-requests/{id}/approve comment',
        'POST /api/status-requests/{id}/reject comment',
        'PUT /api/users/{id} fullName',
      ]),
    );
    expect([...fields.keys()].filter((route) => !ROUTES.includes(route))).toEqual([]);
  });

  it.each(ROUTES)(
    '%s: 2xx with the text as stored, or 400 naming the field; never 5xx',
    async (route) => {
      for (const { field, list: isList } of fields.get(route) ?? []) {
        await fc.assert(
          fc.asyncProperty(text, async (value) => {
            cases++;
            const { response, readBack, token } = await writes[route]({ [field]: isList ? [value] : value });
            const where = `${route} ${field}=${JSON.stringify(value)}`;
            expect({ where, status: response.status < 500 }).toEqual({ where, status: true });
            if (unstorableTextProblem(value)) {
              expect({ where, status: response.status }).toEqual({ where, status: 400 });
              expect(Object.keys(response.body.errors ?? {})).toEqual([isList ? `${field}.0` : field]);
            } else if (response.status < 300 && readBack) {
              const stored = await current(`${readBack}${response.body.id}`, token);
              expect({ where, stored: (stored as Record<string, unknown>)[field] }).toEqual({ where, stored: response.body[field] });
            }
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
      }
    },
    300_000,
  );

  it('leaves an audit chain that verifies, every event counted', async () => {
    expect(cases).toBeGreaterThan(0);
    const verified = await t.http().get('/api/audit-events/verify').set(bearer(tokens.auditor));
    expect(verified.body).toMatchObject({ valid: true, count: await t.count('audit_events') });
  });
});
