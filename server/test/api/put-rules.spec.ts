import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/**
 * One rule for a PUT on every resource (README, "Using the API"): a field left out stays; null clears
 * an optional field; null for a field the record always has is refused (400), since nothing could
 * clear it; the server-owned fields react-admin sends back are accepted and ignored.
 */
describe(`the PUT rule, the same on every resource (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    [officer, admin] = await Promise.all([t.login('officer'), t.login('admin')]);
  });
  afterAll(() => t.close());

  /** A record of each resource to edit, as GET answers it, and who may edit it. */
  const fixtures: Array<{
    resource: string;
    create: () => Promise<Record<string, unknown>>;
    token: () => string;
    required: string[];
    optional: string;
  }> = [
    {
      resource: 'partnerships',
      create: async () =>
        (
          await t
            .http()
            .post('/api/partnerships')
            .set(bearer(officer))
            .send({ title: 'PUT rule', category: 'international_city', instrument: 'mou', summary: 'to clear' })
        ).body,
      token: () => officer,
      required: ['title', 'category', 'instrument', 'status', 'parties', 'themes', 'sdgTargets', 'alignment'],
      optional: 'summary',
    },
    {
      resource: 'organisations',
      create: async () =>
        (
          await t
            .http()
            .post('/api/organisations')
            .set(bearer(officer))
            .send({ name: 'PUT rule Org', type: 'academic', country: 'MY', city: 'to clear' })
        ).body,
      token: () => officer,
      required: ['name', 'type', 'country', 'aliases'],
      optional: 'city',
    },
    {
      resource: 'users',
      create: async () =>
        (
          await t
            .http()
            .post('/api/users')
            .set(bearer(admin))
            .send({ username: 'put-rule', fullName: 'PUT Rule', email: 'to-clear@example.org', role: 'auditor', password: 'clearing-fields-pass' })
        ).body,
      token: () => admin,
      required: ['fullName', 'role', 'active', 'language'],
      optional: 'email',
    },
    {
      resource: 'milestones',
      create: async () => {
        const partnership = (
          await t
            .http()
            .post('/api/partnerships')
            .set(bearer(officer))
            .send({ title: 'PUT rule milestones', category: 'international_city', instrument: 'mou' })
        ).body;
        return (
          await t
            .http()
            .post('/api/milestones')
            .set(bearer(officer))
            .send({ partnershipId: partnership.id, title: 'PUT rule', kind: 'event', notes: 'to clear' })
        ).body;
      },
      token: () => officer,
      required: ['title', 'kind', 'status', 'partnershipId'],
      optional: 'notes',
    },
  ];

  describe.each(fixtures)('$resource', ({ resource, create, token, required, optional }) => {
    let record: Record<string, unknown>;
    beforeAll(async () => {
      record = await create();
      expect(record.id).toBeDefined();
    });
    const put = (body: Record<string, unknown>) =>
      t
        .http()
        .put(`/api/${resource}/${String(record.id)}`)
        .set(bearer(token()))
        .send(body);

    it.each(required)('refuses null for %s (400), changing nothing', async (field) => {
      const response = await put({ version: record.version, [field]: null });
      expect(response.status).toBe(400);
      expect(Object.keys(response.body.errors)).toEqual([field]);
      expect(
        (
          await t
            .http()
            .get(`/api/${resource}/${String(record.id)}`)
            .set(bearer(token()))
        ).body.version,
      ).toBe(record.version);
    });

    it('accepts the whole record as read back (server-owned fields ignored), and null clears an optional field', async () => {
      const response = await put({ ...record, [optional]: null });
      expect(response.status).toBe(200);
      expect(response.body[optional]).toBeNull();
      expect(response.body.version).toBe(Number(record.version) + 1);
      record = response.body;
    });

    it('keeps a field that is left out', async () => {
      const response = await put({ version: record.version });
      expect(response.status).toBe(200);
      expect(response.body).toEqual(record);
    });
  });
});
