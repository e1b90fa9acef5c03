import { startTestApp, type TestApp } from '../support/test-app';

type Operation = {
  operationId?: string;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
type Schema = { properties?: Record<string, { readOnly?: boolean; example?: unknown; description?: string }> };

/** Routes that take no body at all: a command on the record named in the address. */
const BODYLESS = new Set([
  'POST /api/auth/logout',
  'POST /api/status-requests/{id}/withdraw',
  'POST /api/users/{id}/reactivate',
  'POST /api/notifications/{id}/read',
  'POST /api/notifications/read-all',
  'POST /api/reminders/run',
]);

/** Every route of the API described with what it takes and what it answers: what a client is generated from. */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http().get('/api/docs-json')).body;
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })),
    );

  it('gives every route a success answer with a schema', () => {
    const undescribed = operations()
      .filter(({ operation }) => {
        const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
        return success.length === 0 || success.some(([, answer]) => !answer.content || Object.values(answer.content).some((media) => !media.schema));
      })
      .map(({ route }) => route);
    expect(undescribed).toEqual([]);
  });

  it('gives every route that takes a body its schema', () => {
    const withoutBody = operations()
      .filter(({ route }) => /^(POST|PUT|PATCH) /.test(route) && !BODYLESS.has(route))
      .filter(({ operation }) => !operation.requestBody?.content || Object.values(operation.requestBody.content).some((media) => !media.schema))
      .map(({ route }) => route);
    expect(withoutBody).toEqual([]);
  });

  it('documents both answers of GET /api/partnerships/{id}: the record, and the record as of a past time', () => {
    const answer = document.paths['/api/partnerships/{id}'].get.responses['200'].content?.['application/json'].schema as {
      oneOf?: Array<{ $ref: string }>;
    };
    expect(answer.oneOf?.map((schema) => schema.$ref)).toEqual([
      '#/components/schemas/PartnershipResponse',
      '#/components/schemas/PartnershipAsOfResponse',
    ]);
    expect(document.components.schemas.PartnershipAsOfResponse.properties?.asOf).toBeDefined();
  });

  it("documents a decision's record-level refusal (four-eyes) beside the role's", () => {
    const refusals = document.paths['/api/status-requests/{id}/approve'].post.responses['403'].content?.['application/json'] as {
      examples?: Record<string, unknown>;
    };
    expect(Object.keys(refusals.examples ?? {}).sort()).toEqual(['fourEyes', 'role']);
  });

  it("documents the server-owned fields of a PUT body as read-only, with the record's own docs", () => {
    const put = document.components.schemas.UpdatePartnershipDto.properties ?? {};
    expect(put.code).toEqual(expect.objectContaining({ readOnly: true, example: 'KLCH-IR-2021-002' }));
    expect(put.code.description).toMatch(/^ignored: set by the server\. The reference code/);
    const milestone = document.components.schemas.UpdateMilestoneDto.properties ?? {};
    expect(milestone.overdue).toEqual(expect.objectContaining({ readOnly: true }));
    expect(milestone.title.readOnly).toBeUndefined();
  });
});
