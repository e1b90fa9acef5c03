/**
 * The floor's input checks, the app's rules without its machinery: a list's sort, range and
 * filter against the resource's whitelist (common/list-query/parse-list-query.ts), the id in the
 * path (common/http/id-param.ts), text that cannot be stored (common/validation/storable-text.ts),
 * the body's depth (body-depth.pipe.ts), and a partnership PUT as UpdatePartnershipDto validates
 * it (whitelisted fields, types, lengths, vocabularies, real dates), trimming as it does.
 */
import { ALIGNMENTS, INSTRUMENTS, PARTNERSHIP_CATEGORIES, PARTNERSHIP_STATUSES, PARTY_ROLES, SDG_TARGETS } from '../lib/app.mjs';

export class HttpError extends Error {
  constructor(statusCode, message, errors, extra) {
    super(message);
    this.statusCode = statusCode;
    this.body = { statusCode, message, ...(errors ? { errors } : {}), ...extra };
  }
}
const fieldError = (field, message) => new HttpError(400, message, { [field]: message });

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export function unstorableTextProblem(text) {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text: it holds half of a character (a lone UTF-16 surrogate)';
  return null;
}

/** The first unstorable string or key in a JSON value, with its path (as StorableTextPipe names it). */
export function findUnstorableText(value) {
  const pending = [{ value, path: '' }];
  while (pending.length) {
    const { value: current, path } = pending.pop();
    if (typeof current === 'string') {
      const problem = unstorableTextProblem(current);
      if (problem) return { field: path, problem };
    } else if (current && typeof current === 'object') {
      const entries = Array.isArray(current) ? current.map((item, index) => [String(index), item]) : Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i];
        const keyProblem = unstorableTextProblem(key);
        if (keyProblem) return { field: path || 'body', problem: `has a field name that ${keyProblem}` };
        pending.push({ value: item, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return null;
}

export function checkStorable(value, fallbackField) {
  const found = findUnstorableText(value);
  if (found) {
    const field = found.field || fallbackField;
    throw new HttpError(400, `Please correct this field: ${field}.`, { [field]: `${field} ${found.problem}` });
  }
}

export const MAX_BODY_DEPTH = 32;
export function nestingDepth(value, limit) {
  let deepest = 0;
  const pending = [{ node: value, depth: 0 }];
  while (pending.length > 0) {
    const { node, depth } = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) pending.push({ node: child, depth: level });
  }
  return deepest;
}

export const MAX_ID = 2_147_483_647;
export function parseId(text) {
  const id = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(id) || id < 1 || id > MAX_ID) throw new HttpError(400, 'The id in the address must be a whole number.');
  return id;
}

// ---- lists ---------------------------------------------------------------------------------

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseJson(name, text) {
  if (typeof text !== 'string') throw fieldError(name, `"${name}" must be given once, as JSON.`);
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw fieldError(name, `"${name}" is not valid JSON.`);
  }
  const unstorable = findUnstorableText(value);
  if (unstorable) throw fieldError(name, `"${name}" ${unstorable.field ? `at ${unstorable.field} ` : ''}${unstorable.problem}.`);
  return value;
}

/** A list query (`sort`, `range`, `filter` as the raw query strings, undefined when absent) against a spec. */
export function parseListQuery(raw, spec) {
  return { sort: parseSort(raw.sort, spec), ...parseRange(raw.range), filters: parseFilters(raw.filter, spec) };
}

const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

function parseSort(text, spec) {
  if (text === undefined) return { column: spec.sortable[spec.defaultSort.field], order: spec.defaultSort.order };
  const value = parseJson('sort', text);
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') throw fieldError('sort', '"sort" must look like ["field","ASC"].');
  const [field, order] = value;
  const column = own(spec.sortable, field) ? spec.sortable[field] : undefined;
  if (!column)
    throw fieldError('sort', `${spec.resource} cannot be sorted by "${field}". Sortable fields: ${Object.keys(spec.sortable).join(', ')}.`);
  const upper = typeof order === 'string' ? order.toUpperCase() : '';
  if (upper !== 'ASC' && upper !== 'DESC') throw fieldError('sort', 'The sort order must be "ASC" or "DESC".');
  return { column, order: upper };
}

function parseRange(text) {
  if (text === undefined) return { offset: 0, limit: 25 };
  const value = parseJson('range', text);
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => Number.isSafeInteger(n) && n >= 0) || value[1] < value[0]) {
    throw fieldError(
      'range',
      `"range" must look like [0,24]: two whole numbers from 0 to ${Number.MAX_SAFE_INTEGER}, the first not above the second.`,
    );
  }
  return { offset: value[0], limit: Math.min(value[1] - value[0] + 1, 100) };
}

function parseFilters(text, spec) {
  if (text === undefined) return [];
  const value = parseJson('filter', text);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw fieldError('filter', '"filter" must be a JSON object.');
  const filters = [];
  for (const [key, raw] of Object.entries(value)) {
    const op = key.endsWith('_gte') ? 'gte' : key.endsWith('_lte') ? 'lte' : 'eq';
    const name = op === 'eq' ? key : key.slice(0, -4);
    const def = own(spec.filters, name) ? spec.filters[name] : undefined;
    if (!def || (op !== 'eq' && def.kind !== 'range')) throw fieldError('filter', `${spec.resource} cannot be filtered by "${key}".`);
    if (raw === null || raw === '') continue;
    filters.push({ name, def, op, value: checkValue(key, def, raw) });
  }
  return filters;
}

function checkValue(key, def, raw) {
  if (def.kind === 'range') {
    if (def.type === 'date') {
      if (typeof raw !== 'string' || !DATE.test(raw)) throw fieldError(key, `Filter "${key}" needs a date like 2024-06-30.`);
      return raw;
    }
    const instant = typeof raw === 'string' ? parseIsoInstant(raw, key.endsWith('_lte') ? 'end' : 'start') : null;
    if (!instant) throw fieldError(key, `Filter "${key}" needs a date like 2024-06-30 or a time like 2024-06-30T10:15:00Z.`);
    return instant;
  }
  const many = def.kind === 'exact' || def.many;
  if (Array.isArray(raw)) {
    if (!many) throw fieldError(key, `Filter "${key}" takes one value, not a list.`);
    if (raw.length > 1000) throw fieldError(key, `Filter "${key}" takes at most 1000 values.`);
    return raw.map((item) => checkScalar(key, def.type, item));
  }
  return checkScalar(key, def.type, raw);
}

function checkScalar(key, type, raw) {
  switch (type) {
    case 'string':
      if (typeof raw === 'string' && raw.length <= 500) return raw;
      if (typeof raw === 'number') return String(raw);
      throw fieldError(key, `Filter "${key}" needs text.`);
    case 'integer': {
      const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
      if (Number.isSafeInteger(n)) return n;
      throw fieldError(key, `Filter "${key}" needs a whole number.`);
    }
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      throw fieldError(key, `Filter "${key}" needs true or false.`);
    case 'date':
      if (typeof raw === 'string' && DATE.test(raw)) return raw;
      throw fieldError(key, `Filter "${key}" needs a date like 2024-06-30.`);
  }
  throw new Error(`unknown filter type ${type}`);
}

function parseIsoInstant(text, bareDate) {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:\d{2})?)?$/.exec(text);
  if (!match) return null;
  const [, date, time, offset] = match;
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) return null;
  if (time !== undefined && (Number(time.slice(0, 2)) > 23 || Number(time.slice(3, 5)) > 59 || Number(time.slice(6, 8) || 0) > 59)) return null;
  if (offset !== undefined && offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59)) return null;
  const full = time === undefined ? `${date}T${bareDate === 'end' ? '23:59:59.999' : '00:00:00.000'}Z` : `${date}T${time}${offset ?? 'Z'}`;
  const instant = new Date(full);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** What a list asked for, as its audit_read event's reason (audit-events.service.ts describeQuery). */
export function describeQuery(raw) {
  const parsed = {};
  for (const key of ['filter', 'sort', 'range']) if (raw[key] !== undefined) parsed[key] = JSON.parse(raw[key]);
  return JSON.stringify({ filter: {}, ...parsed });
}

// ---- the partnership PUT body ---------------------------------------------------------------

const SDG_CODES = new Set(SDG_TARGETS.map((target) => target.code));
/** UpdatePartnershipDto's fields, and the server-owned ones it accepts and ignores (@ServerOwnedFields). */
const EDITABLE = new Set([
  'titleMs',
  'summary',
  'parties',
  'themes',
  'sdgTargets',
  'alignment',
  'leadDepartment',
  'ownerId',
  'proposedOn',
  'signedOn',
  'effectiveFrom',
  'expiresOn',
  'nextReviewOn',
  'version',
  'title',
  'category',
  'instrument',
  'status',
]);
const SERVER_OWNED = new Set([
  'id',
  'code',
  'statusReason',
  'ownerName',
  'isDemoData',
  'demoNote',
  'archivedAt',
  'createdAt',
  'updatedAt',
  'createdById',
  'updatedById',
]);

/** The checked PUT body (texts trimmed, empty optional texts null), or a 400 listing every bad field. */
export function checkPartnershipUpdate(body) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'The request body must be a JSON object.');
  const errors = {};
  const dto = {};
  for (const key of Object.keys(body)) {
    if (!EDITABLE.has(key) && !SERVER_OWNED.has(key)) errors[key] = `${key} is not a field of this record`;
  }
  const text = (key, max, { required, optional }) => {
    let value = body[key];
    if (value === undefined) return;
    if (typeof value === 'string') {
      value = value.trim();
      if (optional && value === '') value = null;
    }
    if (value === null && optional) return void (dto[key] = null);
    if (typeof value !== 'string') return void (errors[key] = `${key} must be a string`);
    if (required && value === '') return void (errors[key] = `${key} cannot be empty`);
    if (value.length > max) return void (errors[key] = `${key} must be shorter than or equal to ${max} characters`);
    dto[key] = value;
  };
  const oneOf = (key, allowed) => {
    const value = body[key];
    if (value === undefined) return;
    if (!allowed.includes(value)) return void (errors[key] = `${key} must be one of: ${allowed.join(', ')}`);
    dto[key] = value;
  };
  const date = (key) => {
    const value = body[key];
    if (value === undefined) return;
    if (value === null) return void (dto[key] = null);
    if (typeof value !== 'string' || !DATE.test(value)) return void (errors[key] = `${key} must be a date like 2024-06-30`);
    const day = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) return void (errors[key] = `${key} must be a real calendar date`);
    dto[key] = value;
  };
  const array = (key, max, each) => {
    const value = body[key];
    if (value === undefined) return;
    if (!Array.isArray(value)) return void (errors[key] = `${key} must be an array`);
    if (value.length > max) return void (errors[key] = `${key} must contain no more than ${max} elements`);
    for (const [index, item] of value.entries()) {
      const problem = each(item, index);
      if (problem) return void (errors[problem.field ?? key] = problem.message);
    }
    dto[key] = value;
  };

  const version = body.version;
  if (!Number.isInteger(version) || version < 1) errors.version = "version is required: send the version you read, so nobody's change is overwritten";
  else dto.version = version;
  text('title', 500, { required: true });
  text('titleMs', 500, { optional: true });
  text('summary', 5000, { optional: true });
  text('leadDepartment', 200, { optional: true });
  oneOf('category', PARTNERSHIP_CATEGORIES);
  oneOf('instrument', INSTRUMENTS);
  oneOf('status', PARTNERSHIP_STATUSES);
  array('parties', 50, (party, index) => {
    if (!party || typeof party !== 'object' || Array.isArray(party)) return { field: `parties.${index}`, message: 'each party must be an object' };
    for (const key of Object.keys(party)) {
      if (key !== 'organisationId' && key !== 'role') return { field: `parties.${index}.${key}`, message: `${key} is not a field of this record` };
    }
    if (!Number.isInteger(party.organisationId) || party.organisationId < 1) {
      return { field: `parties.${index}.organisationId`, message: 'organisationId must be the id of an organisation' };
    }
    if (!PARTY_ROLES.includes(party.role)) return { field: `parties.${index}.role`, message: `role must be one of: ${PARTY_ROLES.join(', ')}` };
    return null;
  });
  array('themes', 30, (theme) =>
    typeof theme !== 'string' || theme.length < 1 || theme.length > 60 ? { message: 'each theme must be 1 to 60 characters' } : null,
  );
  array('sdgTargets', 169, (code) => (SDG_CODES.has(code) ? null : { message: 'sdgTargets must be official SDG target codes such as 17.16' }));
  array('alignment', Infinity, (value) =>
    ALIGNMENTS.includes(value) ? null : { message: `alignment values must be among: ${ALIGNMENTS.join(', ')}` },
  );
  if (body.ownerId !== undefined) {
    if (body.ownerId === null) dto.ownerId = null;
    else if (!Number.isInteger(body.ownerId) || body.ownerId < 1 || body.ownerId > MAX_ID) errors.ownerId = 'ownerId must be the id of a user';
    else dto.ownerId = body.ownerId;
  }
  for (const key of ['proposedOn', 'signedOn', 'effectiveFrom', 'expiresOn', 'nextReviewOn']) date(key);
  const fields = Object.keys(errors);
  if (fields.length) throw new HttpError(400, `Please correct ${fields.length === 1 ? 'this field' : 'these fields'}: ${fields.join(', ')}.`, errors);
  return dto;
}
