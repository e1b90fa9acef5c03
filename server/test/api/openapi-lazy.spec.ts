import { SwaggerModule } from '@nestjs/swagger';
import { openApiDocument } from '../../src/app.factory';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The OpenAPI document is built on the first request for it rather than at start (scanning every
 * route and DTO is a tenth of the start-up), and every docs address then serves that one document.
 */
describe('the OpenAPI document, built on the first request for it', () => {
  let t: TestApp;
  let builds: jest.SpyInstance;

  beforeAll(async () => {
    builds = jest.spyOn(SwaggerModule, 'createDocument');
    t = await startTestApp();
  });
  afterAll(async () => {
    builds.mockRestore();
    await t.close();
  });

  it('is not built by starting the app, nor by the Swagger UI page', async () => {
    expect((await t.http().get('/api/docs')).status).toBe(200);
    expect(builds).not.toHaveBeenCalled();
  });

  it('is built once, and /api/docs-json, /api/docs-yaml and the Swagger UI all serve it', async () => {
    const json = await t.http().get('/api/docs-json');
    expect(json.status).toBe(200);
    const yaml = await t.http().get('/api/docs-yaml');
    expect(yaml.status).toBe(200);
    expect(yaml.text).toMatch(/^openapi: 3\./m);
    expect(yaml.text).toContain('  /api/partnerships/{id}:');
    const init = await t.http().get('/api/docs/swagger-ui-init.js');
    expect(init.status).toBe(200);
    expect(init.text).toContain('"swaggerDoc"');
    expect(init.text).toContain('"/api/partnerships/{id}"');
    expect(builds).toHaveBeenCalledTimes(1);

    // The whole document: what building it now gives, every route of every feature.
    expect(json.body).toEqual(JSON.parse(JSON.stringify(openApiDocument(t.app))));
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining(['/api/partnerships', '/api/milestones', '/api/documents', '/api/status-requests', '/api/audit-events', '/api/users']),
    );
  });
});
