import fastify from 'fastify';
import { lazySchemaCompilers } from './lazy-schema-compilers';

// What has been loaded (a Set: the Ajv compiler's own files require its index again).
const loaded = new Set<string>();
jest.mock('@fastify/ajv-compiler', () => {
  loaded.add('ajv-compiler');
  return jest.requireActual('@fastify/ajv-compiler');
});
jest.mock('@fastify/fast-json-stringify-compiler', () => {
  loaded.add('fast-json-stringify-compiler');
  return jest.requireActual('@fastify/fast-json-stringify-compiler');
});

describe('Fastify with the schema compilers loaded on first use', () => {
  it('loads neither compiler for routes without a schema', async () => {
    const app = fastify({ schemaController: { compilersFactory: lazySchemaCompilers() } });
    app.get('/plain', async () => ({ ok: true }));
    await app.ready();
    expect((await app.inject({ method: 'GET', url: '/plain' })).json()).toEqual({ ok: true });
    expect([...loaded]).toEqual([]);
    await app.close();
  });

  it('validates and serialises a route with a schema as Fastify does by default', async () => {
    const app = fastify({ schemaController: { compilersFactory: lazySchemaCompilers() } });
    app.post(
      '/typed',
      {
        schema: {
          body: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } },
          response: { 200: { type: 'object', properties: { n: { type: 'integer' } } } },
        },
      },
      async (request) => ({ n: (request.body as { n: number }).n, secret: 'not in the response schema' }),
    );
    await app.ready();
    expect([...loaded].sort()).toEqual(['ajv-compiler', 'fast-json-stringify-compiler']);

    const good = await app.inject({ method: 'POST', url: '/typed', payload: { n: '7' } });
    expect(good.statusCode).toBe(200);
    // Ajv's default coercion, and fast-json-stringify leaving out what the schema does not name.
    expect(good.json()).toEqual({ n: 7 });
    const bad = await app.inject({ method: 'POST', url: '/typed', payload: { m: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe("body must have required property 'n'");
    await app.close();
  });
});
