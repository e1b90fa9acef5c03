import type AjvCompiler from '@fastify/ajv-compiler';
import type SerializerSelector from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;

/**
 * Fastify's own schema compilers (Ajv and fast-json-stringify), loaded the first time a route with
 * a JSON schema needs one instead of when Fastify starts: no route of ours has one (Nest validates
 * with class-validator and serialises with JSON.stringify), and loading them is some 110 modules
 * and a twentieth of the start-up. A route that does declare a schema gets the same compilers.
 *
 * One difference a future route could notice: Fastify treats any compiler given here as "custom",
 * and for a custom one it leaves a `headers` schema's property names as written instead of
 * lower-casing them (request headers arrive lower-cased), so write such names in lower case.
 */
export function lazySchemaCompilers(): Required<CompilersFactory> {
  let validators: ReturnType<typeof AjvCompiler> | undefined;
  let serializers: ReturnType<typeof SerializerSelector> | undefined;
  return {
    buildValidator: (externalSchemas, ajvOptions) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
      validators ??= (require('@fastify/ajv-compiler') as typeof AjvCompiler)();
      return validators(externalSchemas, ajvOptions);
    },
    buildSerializer: (externalSchemas, serializerOptions) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
      serializers ??= (require('@fastify/fast-json-stringify-compiler') as typeof SerializerSelector)();
      return serializers(externalSchemas, serializerOptions);
    },
  };
}
