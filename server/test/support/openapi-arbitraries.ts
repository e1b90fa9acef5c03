import fc from 'fast-check';
import { type OpenApiDocument, resolve, type Schema } from './openapi-schema';

/**
 * Generators of request bodies and list queries derived from the API's OpenAPI document: values
 * that follow the schema (so that writes can succeed), and hostile ones (wrong types, huge
 * numbers, deep nesting, long strings, any unicode including lone surrogates, unknown fields).
 */

/** Existing ids to put where a schema names a record (`organisationId`, `partnershipId`…), so valid bodies can succeed. */
export type IdPools = Record<string, number[]>;

/**
 * Deep nesting stands in the generated value as a marker that toJsonText expands: a value thousands
 * of levels deep would overflow JSON.stringify and fast-check's printing of it in the test itself.
 */
const DEEP = /"\\u0000deep:(\d+)\\u0000"/g;
const nest = (depth: number): string => `\u0000deep:${depth}\u0000`;

/** The JSON text of a generated value, its nesting markers expanded to `[{"a":[{"a":…1…}]}]`. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(DEEP, (_marker, depth: string) => {
    const levels = Number(depth);
    const open = Array.from({ length: levels }, (_, i) => (i % 2 ? '{"a":' : '[')).join('');
    const close = Array.from({ length: levels }, (_, i) => (i % 2 ? '}' : ']'))
      .reverse()
      .join('');
    return `${open}1${close}`;
  });
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Anything a careless or hostile client could put in a JSON value. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e20,
    -1e308,
    2 ** 53 + 2,
    2 ** 31,
    '',
    ' ',
    '0',
    'null',
    '__proto__',
    '%_\\',
    "' OR 1=1 --",
    '\u0000',
    '2024-02-30',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.oneof(loneSurrogate, fc.constantFrom('a', 'É', 'я', '\u0301', '😀', '\u202e')), maxLength: 20 }),
  fc.constantFrom('x'.repeat(10_001), 'é'.repeat(6_000)),
  fc.integer(),
  fc.double({ noNaN: true }),
  // Deep enough to overflow a recursive walk of the body (class-transformer's overflows at a few thousand levels).
  fc.integer({ min: 20, max: 10_000 }).map(nest),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxKeys: 3 }),
);

/** A value that follows `schema` (taking its example often: examples name real codes). */
export function validValue(document: OpenApiDocument, schema: Schema, name: string, pools: IdPools): fc.Arbitrary<unknown> {
  const s = resolve(document, schema);
  const orNull = (arb: fc.Arbitrary<unknown>) =>
    s.nullable ? fc.oneof({ arbitrary: arb, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }) : arb;
  if (s.allOf) return validValue(document, s.allOf[0], name, pools);
  if (s.enum) return orNull(fc.constantFrom(...s.enum));
  const pool = pools[name] ?? pools[name.replace(/s$/, '')];
  switch (s.type) {
    case 'integer':
    case 'number':
      if (pool) return orNull(fc.constantFrom(...pool));
      return orNull(fc.integer({ min: s.minimum ?? 0, max: Math.min(s.maximum ?? 5, 1000) }));
    case 'boolean':
      return orNull(fc.boolean());
    case 'string': {
      const example = typeof s.example === 'string' ? [fc.constant(s.example)] : [];
      if (s.format === 'date' || /On$|From$|Date$/.test(name))
        return orNull(
          fc.oneof(
            ...example,
            fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
          ),
        );
      const text = fc.string({ minLength: Math.max(s.minLength ?? 1, 1), maxLength: Math.min(s.maxLength ?? 40, 40), unit: 'grapheme' });
      return orNull(example.length ? fc.oneof({ arbitrary: example[0], weight: 2 }, { arbitrary: text, weight: 1 }) : text);
    }
    case 'array': {
      const items = s.items ? validValue(document, s.items, name, pools) : fc.string({ maxLength: 10 });
      const example = Array.isArray(s.example) ? [fc.constant(s.example)] : [];
      return orNull(fc.oneof(...example, fc.array(items, { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 3, 3) })));
    }
    case 'object':
    default: {
      const properties = Object.entries(s.properties ?? {}).filter(([, property]) => !resolve(document, property).readOnly);
      if (properties.length === 0) return fc.constant({});
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, property] of properties) model[key] = validValue(document, property, key, pools);
      return fc.record(model, { requiredKeys: (s.required ?? []).filter((key) => key in model) });
    }
  }
}

/** A request body for `schema`: valid, valid with one field made hostile, with an unknown field, or hostile as a whole. */
export function bodyFor(document: OpenApiDocument, schema: Schema, pools: IdPools): fc.Arbitrary<unknown> {
  const valid = validValue(document, schema, '', pools);
  const object = valid.filter((value): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value));
  const keys = Object.keys(resolve(document, schema).properties ?? {});
  return fc.oneof(
    { arbitrary: valid, weight: 5 },
    {
      arbitrary: fc
        .tuple(object, keys.length ? fc.constantFrom(...keys) : fc.constant('x'), hostileValue)
        .map(([body, key, value]) => ({ ...body, [key]: value })),
      weight: 4,
    },
    {
      arbitrary: fc
        .tuple(object, fc.constantFrom('isAdmin', 'status', 'archivedAt', 'constructor'), hostileValue)
        .map(([body, key, value]) => ({ ...body, [key]: value })),
      weight: 1,
    },
    { arbitrary: hostileValue, weight: 1 },
    // A field nested thousands of levels deep: what overflowed the validator's recursion.
    {
      arbitrary: fc
        .tuple(object, keys.length ? fc.constantFrom(...keys) : fc.constant('x'), fc.integer({ min: 3_000, max: 10_000 }))
        .map(([body, key, depth]) => ({ ...body, [key]: nest(depth) })),
      weight: 1,
    },
  );
}

/** The names between backticks in the part of a parameter's description that follows `label`. */
export function namesAfter(description: string | undefined, label: RegExp): string[] {
  const match = description ? label.exec(description) : null;
  return match ? [...match[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]) : [];
}

/** `sort`, `range` and `filter` of a list, from the fields its parameter descriptions name. */
export function listQueryFor(
  operation: { parameters?: Array<{ name: string; description?: string }> },
  pools: IdPools,
): fc.Arbitrary<Record<string, string>> {
  const described = (name: string) => operation.parameters?.find((parameter) => parameter.name === name)?.description;
  const sortable = namesAfter(described('sort'), /Sortable fields: (.*?)\.(?:\s|$)/);
  const filters = namesAfter(described('filter'), /Filters: (.*?\))\./);
  const json = (arb: fc.Arbitrary<unknown>) => arb.map(toJsonText);
  const field = fc.oneof(fc.constantFrom(...(sortable.length ? sortable : ['id'])), fc.string({ maxLength: 10 }));
  const ids = Object.values(pools).flat();
  const filterValue = fc.oneof(
    fc.constantFrom('active', 'draft', 'MY', 'CN', '17.16', 'true', '2024-06-30', '2024-06-30T10:15:00Z', 'École', '%', ''),
    fc.constantFrom(...(ids.length ? ids : [1])),
    fc.array(fc.oneof(fc.constantFrom(...(ids.length ? ids : [1])), fc.constantFrom('active', 'CN', '17.16')), { maxLength: 3 }),
    fc.boolean(),
    hostileValue,
  );
  const filterKey = fc.oneof(
    { arbitrary: fc.constantFrom(...(filters.length ? filters : ['id'])), weight: 5 },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  );
  const position = fc.oneof(fc.nat({ max: 120 }), fc.constantFrom(-1, 0.5, 1e20, 2 ** 53, Number.MAX_SAFE_INTEGER));
  return fc.record(
    {
      sort: fc.oneof(json(fc.tuple(field, fc.constantFrom('ASC', 'DESC', 'asc', 'up'))), json(hostileValue), fc.string({ maxLength: 10 })),
      range: fc.oneof(json(fc.tuple(position, position)), json(hostileValue), fc.string({ maxLength: 10 })),
      filter: fc.oneof(json(fc.dictionary(filterKey, filterValue, { maxKeys: 3 })), json(hostileValue), fc.string({ maxLength: 10 })),
    },
    { requiredKeys: [] },
  );
}
