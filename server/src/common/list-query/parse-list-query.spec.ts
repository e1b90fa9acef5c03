import { BadRequestException } from '@nestjs/common';
import { DEFAULT_PAGE_SIZE, type ListSpec, MAX_PAGE_SIZE } from './list-spec';
import { parseListQuery, type RawListQuery } from './parse-list-query';
import { errorResponse } from '../errors/all-exceptions.filter';

const SPEC: ListSpec = {
  resource: 'things',
  sortable: { id: 't.id', name: 't.name', createdAt: 't.created_at' },
  defaultSort: { field: 'name', order: 'ASC' },
  tieBreaker: 't.id',
  filters: {
    id: { kind: 'exact', column: 't.id', type: 'integer' },
    status: { kind: 'exact', column: 't.status', type: 'string' },
    active: { kind: 'exact', column: 't.active', type: 'boolean' },
    dueOn: { kind: 'exact', column: 't.due_on', type: 'date' },
    signedOn: { kind: 'range', column: 't.signed_on', type: 'date' },
    createdAt: { kind: 'range', column: 't.created_at', type: 'timestamp' },
    q: { kind: 'custom', type: 'string', apply: () => undefined },
    tags: { kind: 'custom', type: 'string', many: true, apply: () => undefined },
  },
};

const parse = (raw: RawListQuery) => parseListQuery(raw, SPEC);
const json = (value: unknown) => JSON.stringify(value);

/** The 400 a bad query gets: its message and the field it names. */
function refusal(raw: RawListQuery): { message: string; errors: Record<string, string> } {
  try {
    parse(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    // Worded as the exception filter words it for an English reader.
    const { status, body } = errorResponse(error, 'test', 'en');
    expect(status).toBe(400);
    expect(typeof body.message).toBe('string');
    return body as { message: string; errors: Record<string, string> };
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be refused`);
}

const filtersOf = (filter: unknown) => parse({ filter: json(filter) }).filters.map(({ name, op, value }) => ({ name, op, value }));

describe('parseListQuery', () => {
  describe('defaults', () => {
    it("sorts by the spec's default, first page of 25, no filters", () => {
      expect(parse({})).toEqual({ sort: { column: 't.name', order: 'ASC' }, offset: 0, limit: DEFAULT_PAGE_SIZE, filters: [] });
      expect(DEFAULT_PAGE_SIZE).toBe(25);
    });
  });

  describe('sort', () => {
    it('maps a whitelisted field to its column and accepts either case of the order', () => {
      expect(parse({ sort: json(['createdAt', 'DESC']) }).sort).toEqual({ column: 't.created_at', order: 'DESC' });
      expect(parse({ sort: json(['id', 'asc']) }).sort).toEqual({ column: 't.id', order: 'ASC' });
    });

    it.each([
      ['an unknown field', ['password', 'ASC'], /cannot be sorted by "password"/],
      ['a column name instead of a field', ['t.name', 'ASC'], /cannot be sorted/],
      ['SQL', ['name; DROP TABLE things', 'ASC'], /cannot be sorted/],
      ['an inherited property', ['constructor', 'ASC'], /cannot be sorted/],
      ['__proto__', ['__proto__', 'ASC'], /cannot be sorted/],
      ['a bad order', ['name', 'UP'], /"ASC" or "DESC"/],
      ['a missing order', ['name'], /must look like/],
      ['an object', { field: 'name', order: 'ASC' }, /must look like/],
    ])('refuses %s', (_label, sort, message) => {
      const { message: text, errors } = refusal({ sort: json(sort) });
      expect(text).toMatch(message);
      expect(errors.sort).toBe(text);
    });

    it('refuses sort that is not JSON, or given twice', () => {
      expect(refusal({ sort: 'name' }).message).toMatch(/not valid JSON/);
      expect(refusal({ sort: [json(['name', 'ASC']), json(['id', 'ASC'])] }).message).toMatch(/given once/);
    });
  });

  describe('range', () => {
    it('turns [start, end] into offset and limit', () => {
      expect(parse({ range: json([0, 24]) })).toMatchObject({ offset: 0, limit: 25 });
      expect(parse({ range: json([10, 19]) })).toMatchObject({ offset: 10, limit: 10 });
      expect(parse({ range: json([7, 7]) })).toMatchObject({ offset: 7, limit: 1 });
    });

    it('answers a getMany (filter id:[…] and no range) with every id it names, however many; a page keeps its range', () => {
      const ids = Array.from({ length: 140 }, (_, i) => i + 1);
      expect(parse({ filter: json({ id: ids }) })).toMatchObject({ offset: 0, limit: 140 });
      expect(parse({ filter: json({ id: [] }) })).toMatchObject({ offset: 0, limit: 1 });
      expect(parse({ filter: json({ id: ids }), range: json([0, 9]) })).toMatchObject({ offset: 0, limit: 10 });
      expect(parse({ filter: json({ id: 7 }) })).toMatchObject({ limit: DEFAULT_PAGE_SIZE });
    });

    it('caps a page at 100 rows rather than refusing it', () => {
      expect(MAX_PAGE_SIZE).toBe(100);
      expect(parse({ range: json([0, 9999]) })).toMatchObject({ offset: 0, limit: 100 });
      expect(parse({ range: json([50, 1_000_000]) })).toMatchObject({ offset: 50, limit: 100 });
      expect(parse({ range: json([0, 99]) })).toMatchObject({ limit: 100 });
    });

    it.each([
      ['reversed', '[5,2]'],
      ['negative', '[-1,5]'],
      ['fractional', '[0,2.5]'],
      ['1e20 (an integer to JavaScript, `1e+20` to SQL)', '[1e20,1e20]'],
      ['beyond 2^53', '[9007199254740992,9007199254740993]'],
      ['one number', '[0]'],
      ['three numbers', '[0,1,2]'],
      ['text numbers', '["0","9"]'],
      ['an object', '{"start":0}'],
      ['not JSON', '0-24'],
    ])('refuses a %s range', (_label, range) => {
      const { errors } = refusal({ range });
      expect(errors.range).toBeDefined();
    });
  });

  describe('filters', () => {
    it('refuses an unknown filter, listing the ones there are', () => {
      const { message, errors } = refusal({ filter: json({ secret: 1 }) });
      expect(message).toMatch(/cannot be filtered by "secret"/);
      expect(message).toMatch(/signedOn_gte, signedOn_lte/);
      expect(errors.filter).toBe(message);
      expect(refusal({ filter: json({ __proto__: 1, ['constructor']: 1 }) }).message).toMatch(/cannot be filtered by "constructor"/);
    });

    it('refuses a filter that is not a JSON object', () => {
      expect(refusal({ filter: '{status:1}' }).message).toMatch(/not valid JSON/);
      expect(refusal({ filter: '[1,2]' }).message).toMatch(/JSON object/);
      expect(refusal({ filter: 'null' }).message).toMatch(/JSON object/);
      expect(refusal({ filter: '"active"' }).message).toMatch(/JSON object/);
    });

    it('takes a list for exact and "many" filters (IN), and refuses one for single-value filters', () => {
      expect(filtersOf({ status: ['active', 'halted'], id: [1, '2'], tags: ['a', 'b'] })).toEqual([
        { name: 'status', op: 'eq', value: ['active', 'halted'] },
        { name: 'id', op: 'eq', value: [1, 2] },
        { name: 'tags', op: 'eq', value: ['a', 'b'] },
      ]);
      expect(filtersOf({ status: [] })).toEqual([{ name: 'status', op: 'eq', value: [] }]);
      expect(refusal({ filter: json({ q: ['a', 'b'] }) }).message).toMatch(/one value, not a list/);
      expect(refusal({ filter: json({ id: Array.from({ length: 1001 }, (_, i) => i + 1) }) }).message).toMatch(/at most 1000/);
      expect(refusal({ filter: json({ id: [1, 'two'] }) }).message).toMatch(/whole number/);
    });

    it('allows _gte and _lte on range fields only', () => {
      expect(filtersOf({ signedOn_gte: '2022-01-01', signedOn_lte: '2022-12-31', createdAt_gte: '2024-06-30T08:00:00Z' })).toEqual([
        { name: 'signedOn', op: 'gte', value: '2022-01-01' },
        { name: 'signedOn', op: 'lte', value: '2022-12-31' },
        { name: 'createdAt', op: 'gte', value: '2024-06-30T08:00:00.000Z' },
      ]);
      expect(refusal({ filter: json({ status_gte: 'a' }) }).message).toMatch(/cannot be filtered by "status_gte"/);
      expect(refusal({ filter: json({ id_lte: 5 }) }).message).toMatch(/cannot be filtered by "id_lte"/);
      expect(refusal({ filter: json({ q_gte: 'x' }) }).message).toMatch(/cannot be filtered by "q_gte"/);
    });

    it('checks the dates of range filters', () => {
      expect(refusal({ filter: json({ signedOn_gte: 'last year' }) }).errors.signedOn_gte).toMatch(/2024-06-30/);
      expect(refusal({ filter: json({ signedOn_gte: '2024-06-30T00:00:00Z' }) }).message).toMatch(/date/);
      expect(refusal({ filter: json({ createdAt_lte: "2024-06-30' OR 1=1" }) }).message).toMatch(/date/);
      expect(refusal({ filter: json({ signedOn_gte: 20240630 }) }).message).toMatch(/date/);
      // Timestamp bounds become the stored UTC text: a bare upper date covers its whole day, offsets are applied.
      expect(filtersOf({ createdAt_lte: '2024-06-30' })).toEqual([{ name: 'createdAt', op: 'lte', value: '2024-06-30T23:59:59.999Z' }]);
      expect(filtersOf({ createdAt_gte: '2024-06-30T08:00:00+08:00' })).toEqual([
        { name: 'createdAt', op: 'gte', value: '2024-06-30T00:00:00.000Z' },
      ]);
    });

    it('coerces booleans and whole numbers given as text, and refuses anything else', () => {
      expect(filtersOf({ active: 'true' })).toEqual([{ name: 'active', op: 'eq', value: true }]);
      expect(filtersOf({ active: 'false' })).toEqual([{ name: 'active', op: 'eq', value: false }]);
      expect(filtersOf({ active: false })).toEqual([{ name: 'active', op: 'eq', value: false }]);
      expect(filtersOf({ id: '42' })).toEqual([{ name: 'id', op: 'eq', value: 42 }]);
      expect(filtersOf({ id: 7 })).toEqual([{ name: 'id', op: 'eq', value: 7 }]);
      expect(filtersOf({ status: 5 })).toEqual([{ name: 'status', op: 'eq', value: '5' }]);
      expect(filtersOf({ dueOn: '2025-01-31' })).toEqual([{ name: 'dueOn', op: 'eq', value: '2025-01-31' }]);
      for (const bad of ['yes', 1, 'TRUE']) expect(refusal({ filter: json({ active: bad }) }).message).toMatch(/true or false/);
      for (const bad of ['4.2', 'x', '-1', 4.2, true, 2 ** 60]) expect(refusal({ filter: json({ id: bad }) }).message).toMatch(/whole number/);
      expect(refusal({ filter: json({ status: { $ne: 1 } }) }).message).toMatch(/needs text/);
      expect(refusal({ filter: json({ status: 'x'.repeat(501) }) }).message).toMatch(/needs text/);
      expect(refusal({ filter: json({ dueOn: 'tomorrow' }) }).message).toMatch(/date/);
    });

    it('ignores empty strings and nulls (an emptied filter input), but still refuses unknown names', () => {
      expect(filtersOf({ status: '', q: null, id: '', signedOn_gte: '' })).toEqual([]);
      expect(filtersOf({ status: '', q: 'tokyo' })).toEqual([{ name: 'q', op: 'eq', value: 'tokyo' }]);
      expect(refusal({ filter: json({ nonsense: '' }) }).message).toMatch(/cannot be filtered by "nonsense"/);
    });
  });
});
