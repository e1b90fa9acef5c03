import { fieldError } from '../errors/http-errors';
import { type Message, msg } from '../i18n/message';
import { findUnstorableText } from '../validation/storable-text';
import { parseIsoInstant } from './iso-instant';
import { DEFAULT_PAGE_SIZE, type FilterDef, type ListSpec, MAX_PAGE_SIZE, type ScalarType } from './list-spec';

export interface ListQuery {
  sort: { column: string; order: 'ASC' | 'DESC' };
  offset: number;
  limit: number;
  filters: Array<{ name: string; def: FilterDef; op: 'eq' | 'gte' | 'lte'; value: unknown }>;
}

/** The raw query string of a react-admin `ra-data-simple-rest` getList: `sort`, `range`, `filter` as JSON. */
export interface RawListQuery {
  sort?: unknown;
  range?: unknown;
  filter?: unknown;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseListQuery(raw: RawListQuery, spec: ListSpec): ListQuery {
  const filters = parseFilters(raw.filter, spec);
  // react-admin's getMany is `filter={"id":[…]}` with no range, and expects every record it named:
  // the default page of 25 would cut a longer list short without a word. (A page of a list still
  // asks for its range, capped as always.) The ids fit in a URL, so their number is bounded there.
  const ids =
    raw.range === undefined ? filters.find((filter) => filter.name === 'id' && filter.op === 'eq' && Array.isArray(filter.value)) : undefined;
  const range = ids ? { offset: 0, limit: Math.max((ids.value as unknown[]).length, 1) } : parseRange(raw.range);
  return { sort: parseSort(raw.sort, spec), ...range, filters };
}

function parseJson(name: string, text: unknown): unknown {
  if (typeof text !== 'string') throw bad(msg('list.once', { field: `"${name}"` }), name);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw bad(msg('list.json', { field: `"${name}"` }), name);
  }
  // JSON escapes ("\u0000", "\ud800") get past the check of the raw query string (StorableTextPipe).
  const unstorable = findUnstorableText(value);
  if (unstorable) throw bad(msg(unstorable.problem, { field: `"${name}"${unstorable.field ? ` (${unstorable.field})` : ''}` }), name);
  return value;
}

function parseSort(text: unknown, spec: ListSpec): ListQuery['sort'] {
  if (text === undefined) return { column: spec.sortable[spec.defaultSort.field], order: spec.defaultSort.order };
  const value = parseJson('sort', text);
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') {
    throw bad(msg('list.sortShape', { field: '"sort"' }), 'sort');
  }
  const [field, order] = value as [string, unknown];
  const column = Object.prototype.hasOwnProperty.call(spec.sortable, field) ? spec.sortable[field] : undefined;
  if (!column) {
    throw bad(msg('list.sortField', { name: field, fields: Object.keys(spec.sortable).join(', ') }), 'sort');
  }
  const upper = typeof order === 'string' ? order.toUpperCase() : '';
  if (upper !== 'ASC' && upper !== 'DESC') throw bad(msg('list.sortOrder'), 'sort');
  return { column, order: upper };
}

function parseRange(text: unknown): { offset: number; limit: number } {
  if (text === undefined) return { offset: 0, limit: DEFAULT_PAGE_SIZE };
  const value = parseJson('range', text);
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    // Safe integers only: 1e20 is an "integer" to JavaScript but reaches SQL as `1e+20`, and beyond
    // 2^53 the numbers a client sent are no longer the numbers compared.
    !value.every((n) => Number.isSafeInteger(n) && n >= 0) ||
    (value[1] as number) < (value[0] as number)
  ) {
    throw bad(msg('list.range', { field: '"range"', max: Number.MAX_SAFE_INTEGER }), 'range');
  }
  const [start, end] = value as [number, number];
  // Pages are capped rather than refused: react-admin asks for what it shows, scripts get the cap.
  return { offset: start, limit: Math.min(end - start + 1, MAX_PAGE_SIZE) };
}

function parseFilters(text: unknown, spec: ListSpec): ListQuery['filters'] {
  if (text === undefined) return [];
  const value = parseJson('filter', text);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw bad(msg('list.filterObject', { field: '"filter"' }), 'filter');
  const filters: ListQuery['filters'] = [];
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    const { name, op } = splitOperator(key);
    const def = Object.prototype.hasOwnProperty.call(spec.filters, name) ? spec.filters[name] : undefined;
    if (!def || (op !== 'eq' && def.kind !== 'range')) {
      throw bad(msg('list.filterUnknown', { name: key, filters: describeFilters(spec) }), 'filter');
    }
    if (raw === null || raw === '') continue; // an emptied filter input means "no filter"
    filters.push({ name, def, op, value: checkValue(key, def, raw) });
  }
  return filters;
}

function splitOperator(key: string): { name: string; op: 'eq' | 'gte' | 'lte' } {
  if (key.endsWith('_gte')) return { name: key.slice(0, -4), op: 'gte' };
  if (key.endsWith('_lte')) return { name: key.slice(0, -4), op: 'lte' };
  return { name: key, op: 'eq' };
}

function describeFilters(spec: ListSpec): string {
  return Object.entries(spec.filters)
    .map(([name, def]) => (def.kind === 'range' ? `${name}_gte, ${name}_lte` : name))
    .join(', ');
}

function checkValue(key: string, def: FilterDef, raw: unknown): unknown {
  if (def.kind === 'range') {
    if (def.type === 'date') {
      if (typeof raw !== 'string' || !DATE.test(raw)) throw bad(msg('list.filterDate', { field: `"${key}"` }), key);
      return raw;
    }
    // A bare date as an upper bound means the end of that day; as a lower bound, its start (UTC).
    const instant = typeof raw === 'string' ? parseIsoInstant(raw, key.endsWith('_lte') ? 'end' : 'start') : null;
    if (!instant) throw bad(msg('list.filterInstant', { field: `"${key}"` }), key);
    return instant;
  }
  const many = def.kind === 'exact' || def.many;
  if (Array.isArray(raw)) {
    if (!many) throw bad(msg('list.filterOne', { field: `"${key}"` }), key);
    if (raw.length > 1000) throw bad(msg('list.filterMany', { field: `"${key}"`, max: 1000 }), key);
    return raw.map((item) => checkScalar(key, def.type, item));
  }
  return checkScalar(key, def.type, raw);
}

function checkScalar(key: string, type: ScalarType, raw: unknown): unknown {
  switch (type) {
    case 'string':
      if (typeof raw === 'string' && raw.length <= 500) return raw;
      if (typeof raw === 'number') return String(raw);
      throw bad(msg('list.filterText', { field: `"${key}"` }), key);
    case 'integer': {
      const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
      if (Number.isSafeInteger(n)) return n;
      throw bad(msg('list.filterWhole', { field: `"${key}"` }), key);
    }
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      throw bad(msg('list.filterBoolean', { field: `"${key}"` }), key);
    case 'date':
      if (typeof raw === 'string' && DATE.test(raw)) return raw;
      throw bad(msg('list.filterDate', { field: `"${key}"` }), key);
  }
}

const bad = (message: Message, field: string) => fieldError(field, message);
