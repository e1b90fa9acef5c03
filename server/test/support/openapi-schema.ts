/**
 * The part of OpenAPI 3 schemas the API's document uses (what @nestjs/swagger writes for our DTOs
 * and responses), read by the property-based suite: a checker for answers and the types both use.
 */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  readOnly?: boolean;
  example?: unknown;
  description?: string;
}

export interface Operation {
  parameters?: Array<{ name: string; in: 'query' | 'path' | 'header'; required?: boolean; description?: string; schema?: Schema }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** The schema a `$ref` names (`#/components/schemas/X`), or the schema itself. */
export function resolve(document: OpenApiDocument, schema: Schema): Schema {
  let current = schema;
  while (current.$ref) {
    const name = current.$ref.replace('#/components/schemas/', '');
    const found = document.components.schemas[name];
    if (!found) throw new Error(`the document has no schema ${current.$ref}`);
    current = found;
  }
  return current;
}

/**
 * Why `value` does not match `schema` (empty when it does). Objects may carry no property the
 * schema does not declare: an undeclared field in an answer is a field no client was told about.
 */
export function schemaErrors(document: OpenApiDocument, schema: Schema, value: unknown, at = '$'): string[] {
  const s = resolve(document, schema);
  if (s.allOf) return s.allOf.flatMap((part) => schemaErrors(document, part, value, at)).concat(s.type ? ownErrors(document, s, value, at) : []);
  if (s.oneOf) {
    const matching = s.oneOf.filter((option) => schemaErrors(document, option, value, at).length === 0);
    return matching.length === 1 ? [] : [`${at}: matches ${matching.length} of the ${s.oneOf.length} oneOf schemas`];
  }
  return ownErrors(document, s, value, at);
}

function ownErrors(document: OpenApiDocument, s: Schema, value: unknown, at: string): string[] {
  if (value === null) return s.nullable ? [] : [`${at}: null where the schema is not nullable`];
  if (s.enum && !s.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`];
  switch (s.type) {
    case undefined:
      return [];
    case 'string':
      if (typeof value !== 'string') return [`${at}: expected a string, got ${JSON.stringify(value)}`];
      if (s.format === 'date-time' && Number.isNaN(Date.parse(value))) return [`${at}: ${JSON.stringify(value)} is not a date-time`];
      if (s.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return [`${at}: ${JSON.stringify(value)} is not a date`];
      return [];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: expected an integer, got ${JSON.stringify(value)}`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: expected a number, got ${JSON.stringify(value)}`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: expected a boolean, got ${JSON.stringify(value)}`];
    case 'array':
      if (!Array.isArray(value)) return [`${at}: expected an array`];
      return s.items ? value.flatMap((item, index) => schemaErrors(document, s.items!, item, `${at}[${index}]`)) : [];
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected an object`];
      const record = value as Record<string, unknown>;
      const properties = s.properties ?? {};
      const errors = (s.required ?? []).filter((key) => !(key in record)).map((key) => `${at}.${key}: required but missing`);
      for (const [key, item] of Object.entries(record)) {
        if (properties[key]) errors.push(...schemaErrors(document, properties[key], item, `${at}.${key}`));
        else if (typeof s.additionalProperties === 'object') errors.push(...schemaErrors(document, s.additionalProperties, item, `${at}.${key}`));
        else if (s.additionalProperties !== true) errors.push(`${at}.${key}: not declared in the schema`);
      }
      return errors;
    }
  }
}
