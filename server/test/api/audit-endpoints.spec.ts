import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AuditAction, AuditEventRecord, Resource } from '@klch/shared';
import { AuditEventEntity } from '../../src/audit/audit-event.entity';
import { AuditService } from '../../src/audit/audit.service';
import { eventHash, hashedContent } from '../../src/audit/event-hash';
import { VERIFY_BATCH } from '../../src/audit-events/audit-chain-verifier';
import { EXPORT_BATCH } from '../../src/audit-events/audit-events.service';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

type Row = Record<string, unknown>;

/** Every field of an audit event, in the API's order: the list answers them, the CSV has a column each. */
const EVENT_FIELDS = [
  'id',
  'at',
  'actorId',
  'actorName',
  'actorRole',
  'action',
  'entityType',
  'entityId',
  'changes',
  'reason',
  'requestId',
  'prevHash',
  'hash',
];

const COLUMNS = [
  'at',
  'actor_id',
  'actor_name',
  'actor_role',
  'action',
  'entity_type',
  'entity_id',
  'changes',
  'reason',
  'request_id',
  'prev_hash',
  'hash',
];

const eventCount = (t: TestApp) => t.count('audit_events');
const lastEvent = async (t: TestApp) =>
  (await t.sql<Row>('SELECT id, action, entity_type, entity_id, actor_id, actor_role, reason FROM audit_events ORDER BY id DESC LIMIT 1'))[0];
const userId = (t: TestApp, username: string) => t.userId(username);

/**
 * An event written through the app's own path (queue, lock, chain), e.g. one with an awkward reason.
 * Its action and entity type are test-only codes the app never writes (hence the casts), so these
 * events are easy to tell from the app's own.
 */
const NOTE = { action: 'note' as AuditAction, entityType: 'test-notes' as Resource };
const appendEvent = (t: TestApp, reason: string, entityId = 'csv-test') =>
  t.app.get(TransactionRunner).write((manager) =>
    t.app.get(AuditService).append(
      manager,
      { id: null, name: 'system', role: null, requestId: null },
      {
        ...NOTE,
        entityId,
        changes: { text: [null, reason] },
        reason,
      },
    ),
  );

/** A strict RFC 4180 parser: quoted fields with doubled quotes, commas and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe(`audit events API: list, show, verify, head, export (${DB_KIND})`, () => {
  let t: TestApp;
  let auditor: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    [auditor, admin] = await Promise.all([t.login('auditor'), t.login('admin')]);
  });
  afterAll(() => t.close());

  const list = (query: Record<string, unknown> = {}, token = auditor) => t.list('/api/audit-events', query, token);

  describe('list and show', () => {
    it('lists newest first with Content-Range, every field of the record', async () => {
      const total = await eventCount(t);
      const response = await list({ range: [0, 9] });
      expect(response.status).toBe(200);
      expect(response.headers['content-range']).toBe(`audit-events 0-9/${total}`);
      const ids = response.body.map((event: AuditEventRecord) => event.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(ids[0]).toBe(total);
      // Every stored field, and the names of the records it names (read beside it, not stored).
      expect(Object.keys(response.body[0]).sort()).toEqual([...EVENT_FIELDS, 'names'].sort());
    });

    it('filters by entity, entity id, actor, action (lists too), time range and id, and sorts by id or time', async () => {
      const officerId = await userId(t, 'officer');
      await t.login('officer');

      const partnerships = await list({ filter: { entityType: 'partnerships' }, range: [0, 99] });
      expect(partnerships.body.length).toBeGreaterThan(0);
      expect(partnerships.body.every((event: AuditEventRecord) => event.entityType === 'partnerships')).toBe(true);

      const one = partnerships.body[0] as AuditEventRecord;
      const byEntity = await list({ filter: { entityType: 'partnerships', entityId: one.entityId } });
      expect(byEntity.body.map((event: AuditEventRecord) => event.entityId)).toEqual(byEntity.body.map(() => one.entityId));

      const logins = await list({ filter: { actorId: officerId, action: ['login', 'logout'] } });
      expect(logins.body.length).toBeGreaterThan(0);
      expect(logins.body.every((event: AuditEventRecord) => event.actorId === officerId && event.action === 'login')).toBe(true);

      const byIds = await list({ filter: { id: [1, 2, 3] }, sort: ['id', 'ASC'] });
      expect(byIds.body.map((event: AuditEventRecord) => event.id)).toEqual([1, 2, 3]);

      // Time bounds in any offset or precision compare as instants, not as text.
      const [first] = (await list({ filter: { id: [2] } })).body as AuditEventRecord[];
      const ms = Date.parse(first.at);
      const plus8 = (when: number) => new Date(when + 8 * 3600_000).toISOString().replace('Z', '+08:00');
      const window = await list({ filter: { at_gte: plus8(ms), at_lte: plus8(ms) }, range: [0, 99] });
      expect(window.body.map((event: AuditEventRecord) => event.at)).toEqual(window.body.map(() => first.at));
      expect(window.body.map((event: AuditEventRecord) => event.id)).toContain(2);
      const after = await list({ filter: { at_gte: new Date(ms + 1).toISOString() }, range: [0, 99] });
      expect(after.body.every((event: AuditEventRecord) => event.at > first.at)).toBe(true);
      const today = first.at.slice(0, 10);
      const wholeDay = await list({ filter: { at_gte: today, at_lte: today, id: [2] } });
      expect(wholeDay.body.map((event: AuditEventRecord) => event.id)).toEqual([2]);

      const byTime = await list({ sort: ['at', 'ASC'], range: [0, 4] });
      const times = byTime.body.map((event: AuditEventRecord) => event.at);
      expect(times).toEqual([...times].sort());
      expect(byTime.body[0].id).toBe(1);
    });

    it('refuses unknown filters and sorts with 400, and such a refusal appends nothing', async () => {
      const before = await eventCount(t);
      const refused = [
        await list({ filter: { hash: 'x' } }),
        await list({ sort: ['actorName', 'ASC'] }),
        await list({ filter: { at_gte: 'last tuesday' } }),
        await list({ filter: { at_lte: '2024-02-30' } }),
        await t.http().get('/api/audit-events/abc').set(bearer(auditor)),
        await t.http().get('/api/audit-events/999999').set(bearer(auditor)),
      ];
      expect(refused.map((response) => response.status)).toEqual([400, 400, 400, 400, 400, 404]);
      expect(refused[0].body.message).toMatch(/cannot be filtered by "hash"/);
      expect(await eventCount(t)).toBe(before);
    });

    it('records every read of the trail: one audit_read event per list or show, with the query', async () => {
      const before = await eventCount(t);
      const filter = { entityType: 'partnerships', action: ['create'] };
      const response = await list({ filter, sort: ['id', 'ASC'], range: [0, 4] });
      expect(response.status).toBe(200);
      expect(await eventCount(t)).toBe(before + 1);
      const event = await lastEvent(t);
      expect(event).toMatchObject({ action: 'audit_read', entity_type: 'audit-events', entity_id: null, actor_role: 'auditor' });
      expect(Number(event.actor_id)).toBe(await userId(t, 'auditor'));
      expect(JSON.parse(String(event.reason))).toEqual({ filter, sort: ['id', 'ASC'], range: [0, 4] });
      // The list answered what was there before its own record.
      expect(response.body.every((row: AuditEventRecord) => row.id <= before)).toBe(true);

      const shown = await t.http().get('/api/audit-events/3').set(bearer(admin));
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({ id: 3 });
      expect(await eventCount(t)).toBe(before + 2);
      expect(await lastEvent(t)).toMatchObject({ action: 'audit_read', entity_type: 'audit-events', entity_id: '3', actor_role: 'admin' });
    });

    it.each(['officer', 'manager'])('refuses the %s (403) on every audit route, and records each refusal as access_denied', async (role) => {
      const token = await t.login(role);
      const id = await userId(t, role);
      for (const url of [
        '/api/audit-events',
        '/api/audit-events/1',
        '/api/audit-events/verify',
        '/api/audit-events/head',
        '/api/audit-events/export?format=csv',
      ]) {
        const before = await eventCount(t);
        const response = await t.http().get(url).set(bearer(token));
        expect(response.status).toBe(403);
        expect(response.body.message).toMatch(new RegExp(`Your role \\(${role}\\) may not`));
        expect(await eventCount(t)).toBe(before + 1);
        const event = await lastEvent(t);
        expect(event).toMatchObject({ action: 'access_denied', entity_type: 'audit-events', actor_role: role, reason: `GET ${url}` });
        expect(Number(event.actor_id)).toBe(id);
        expect(event.entity_id).toBe(url === '/api/audit-events/1' ? '1' : null);
      }
    });

    it('records a refused write elsewhere too (auditor editing a partnership), and no event for an anonymous 401', async () => {
      const [partnership] = await t.sql<{ id: number }>('SELECT id FROM partnerships ORDER BY id LIMIT 1');
      const before = await eventCount(t);
      const refused = await t.http().put(`/api/partnerships/${partnership.id}`).set(bearer(auditor)).send({ title: 'Auditor edit', version: 1 });
      expect(refused.status).toBe(403);
      expect(await lastEvent(t)).toMatchObject({
        action: 'access_denied',
        entity_type: 'partnerships',
        entity_id: String(partnership.id),
        reason: `PUT /api/partnerships/${partnership.id}`,
      });
      expect(await eventCount(t)).toBe(before + 1);
      expect((await t.http().get('/api/audit-events')).status).toBe(401);
      expect(await eventCount(t)).toBe(before + 1);
    });
  });

  describe('verify and head', () => {
    it('verifies the demo trail: valid, count = number of events, headHash = the last hash', async () => {
      const before = await eventCount(t);
      const response = await t.http().get('/api/audit-events/verify').set(bearer(auditor));
      expect(response.status).toBe(200);
      const [last] = await t.sql<{ hash: string }>('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1');
      expect(response.body).toEqual({ valid: true, count: before, headHash: last.hash });
    });

    it(`verifies a trail longer than one batch (keyset pages of ${VERIFY_BATCH})`, async () => {
      const runner = t.app.get(TransactionRunner);
      const audit = t.app.get(AuditService);
      const missing = VERIFY_BATCH + 100 - (await eventCount(t));
      for (let i = 0; i < missing; i += 100) {
        await runner.write(async (manager) => {
          for (let j = i; j < Math.min(i + 100, missing); j++) {
            await audit.append(manager, { id: null, name: 'system', role: null, requestId: null }, { ...NOTE, entityId: String(j) });
          }
        });
      }
      const response = await t.http().get('/api/audit-events/verify').set(bearer(auditor));
      expect(response.body).toMatchObject({ valid: true, count: await eventCount(t) });
      expect(response.body.count).toBeGreaterThan(VERIFY_BATCH);
    });

    it('gives the head signed with a key that lives in the data folder (0600), not the database', async () => {
      const response = await t.http().get('/api/audit-events/head').set(bearer(auditor));
      expect(response.status).toBe(200);
      const [last] = await t.sql<{ id: number; hash: string; at: string }>('SELECT id, hash, at FROM audit_events ORDER BY id DESC LIMIT 1');
      expect(response.body).toMatchObject({ seq: Number(last.id), hash: last.hash, at: last.at });
      const keyFile = path.join(t.config.dataDir, 'audit-head-key');
      expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
      const key = fs.readFileSync(keyFile, 'utf8').trim();
      expect(key.length).toBeGreaterThanOrEqual(32);
      expect(response.body.signature).toBe(createHmac('sha256', key).update(`${last.id}:${last.hash}`).digest('hex'));
      const tables = await t.sql<{ n: number | string }>(`SELECT COUNT(*) AS n FROM audit_events WHERE reason LIKE $1 OR changes LIKE $2`, [
        `%${key}%`,
        `%${key}%`,
      ]);
      expect(Number(tables[0].n)).toBe(0);

      const verified = await t.http().get('/api/audit-events/verify').query(response.body).set(bearer(auditor));
      expect(verified.body).toEqual({ valid: true, count: await eventCount(t), headHash: last.hash, exportedHeadSeq: Number(last.id) });
    });

    it('refuses a forged or altered head (422), and a partial or malformed one (400)', async () => {
      const head = (await t.http().get('/api/audit-events/head').set(bearer(auditor))).body;
      const verify = (query: Record<string, unknown>) => t.http().get('/api/audit-events/verify').query(query).set(bearer(auditor));
      const forged = await verify({
        seq: head.seq,
        hash: head.hash,
        signature: createHmac('sha256', 'a guessed key of 32 characters!!').update(`${head.seq}:${head.hash}`).digest('hex'),
      });
      expect(forged.status).toBe(422);
      expect(forged.body.message).toMatch(/signature does not match/);
      expect(forged.body.errors).toHaveProperty('signature');
      expect((await verify({ ...head, seq: head.seq + 5 })).status).toBe(422);
      expect((await verify({ seq: head.seq, hash: head.hash })).status).toBe(400);
      expect((await verify({ ...head, hash: 'XYZ' })).status).toBe(400);
      expect((await verify({ ...head, seq: '-1' })).status).toBe(400);
    });
  });

  describe('export', () => {
    const exportAs = (format: string, filter?: unknown, token = auditor) =>
      t
        .http()
        .get('/api/audit-events/export')
        .query({ format, ...(filter === undefined ? {} : { filter: JSON.stringify(filter) }) })
        .set(bearer(token))
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => done(null, text));
        });

    const allMatching = async (filter: Record<string, unknown>): Promise<AuditEventRecord[]> => {
      const events: AuditEventRecord[] = [];
      for (let start = 0; ; start += 100) {
        const page = (await list({ filter, sort: ['id', 'ASC'], range: [start, start + 99] })).body as AuditEventRecord[];
        events.push(...page);
        if (page.length < 100) return events;
      }
    };

    const awkward = 'halted: "COVID-19", see\nline two, and a comma';

    beforeAll(async () => {
      await appendEvent(t, awkward);
      await appendEvent(t, '=HYPERLINK("http://evil.example","x")');
    });

    it('streams CSV: header row, one row per event in sequence order, RFC 4180 quoting, a download name', async () => {
      const filter = { entityType: ['test-notes'], entityId: 'csv-test' };
      const response = await exportAs('csv', filter);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="audit-events-\d{8}T\d{6}Z\.csv"$/);
      const rows = parseCsv(response.body as string);
      expect(rows[0]).toEqual(EVENT_FIELDS);
      const expected = await allMatching(filter);
      expect(expected.length).toBe(2);
      expect(rows.slice(1)).toEqual(
        expected.map((event) => [
          String(event.id),
          event.at,
          '',
          'system',
          '',
          'note',
          'test-notes',
          'csv-test',
          JSON.stringify(event.changes),
          event.reason!.startsWith('=') ? `'${event.reason}` : event.reason,
          '',
          event.prevHash,
          event.hash,
        ]),
      );
      expect(rows[1][9]).toBe(awkward);
      expect(response.body as string).toContain('"halted: ""COVID-19"", see\nline two, and a comma"');
      // A formula is neutralised for spreadsheets.
      expect(rows[2][9]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    });

    it('streams JSON Lines equal to the list, and the whole trail when unfiltered, ending with its own export record', async () => {
      const filter = { entityType: 'partnerships' };
      const response = await exportAs('jsonl', filter, admin);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="audit-events-\d{8}T\d{6}Z\.jsonl"$/);
      const lines = (response.body as string).split('\n');
      expect(lines.pop()).toBe('');
      // The export is the stored events exactly: the list's names are for reading, not part of an event.
      const listed = (await allMatching(filter)).map((event) => {
        const { names: _names, ...stored } = event as AuditEventRecord & { names?: unknown };
        return stored;
      });
      expect(lines.map((line) => JSON.parse(line))).toEqual(listed);

      const whole = await exportAs('jsonl');
      const events = (whole.body as string)
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as AuditEventRecord);
      expect(events.map((event) => event.id)).toEqual(events.map((_, index) => index + 1));
      expect(events.length).toBeGreaterThan(EXPORT_BATCH); // several batches (the verify tests above appended that many)
      const last = events[events.length - 1];
      expect(last).toMatchObject({ action: 'audit_export', entityType: 'audit-events', actorRole: 'auditor' });
      expect(JSON.parse(last.reason!)).toEqual({ format: 'jsonl', filter: {} });
      // The export holds enough to recompute the chain outside the app.
      let prev = '0'.repeat(64);
      for (const event of events) {
        expect(event.prevHash).toBe(prev);
        const { hash, ...content } = event;
        expect(eventHash(event.prevHash, hashedContent(content as Omit<AuditEventEntity, 'hash'>))).toBe(hash);
        prev = hash;
      }
    });

    it('records the export (format and filter) before streaming; a refused export records nothing', async () => {
      const before = await eventCount(t);
      const filter = { action: ['login'] };
      const response = await exportAs('csv', filter);
      expect(response.status).toBe(200);
      expect(await eventCount(t)).toBe(before + 1);
      const event = await lastEvent(t);
      expect(event).toMatchObject({ action: 'audit_export', entity_type: 'audit-events', actor_role: 'auditor' });
      expect(JSON.parse(String(event.reason))).toEqual({ format: 'csv', filter });

      const refused = [await exportAs('xlsx'), await exportAs('csv', { nope: 1 }), await exportAs('csv', { at_gte: 'soon' })];
      expect(refused.map((r) => r.status)).toEqual([400, 400, 400]);
      expect(JSON.parse(refused[0].body as string).message).toMatch(/"format" must be one of: csv, jsonl/);
      expect(await eventCount(t)).toBe(before + 1);
    });
  });
});

/**
 * The attacker has database access: the append-only triggers are dropped, rows are changed, and the
 * chain must tell. Each case starts from the same untampered trail: it is restored after every case
 * (and checked valid before the next), so the cases are independent.
 */
describe(`verify detects tampering done with database access (${DB_KIND})`, () => {
  let t: TestApp;
  let auditor: string;
  let pristine: Row[];
  let pristineHead: Row;

  beforeAll(async () => {
    t = await startTestApp();
    auditor = await t.login('auditor');
    if (DB_KIND === 'postgres') {
      await t.sql('ALTER TABLE audit_events DISABLE TRIGGER USER');
      await t.sql('ALTER TABLE audit_chain_head DISABLE TRIGGER USER');
    } else {
      await t.sql('DROP TRIGGER audit_events_no_update');
      await t.sql('DROP TRIGGER audit_events_no_delete');
      await t.sql('DROP TRIGGER audit_events_insert_next_only');
      await t.sql('DROP TRIGGER audit_chain_head_moves_on');
      await t.sql('DROP TRIGGER audit_chain_head_never_deleted');
    }
    pristine = await t.sql<Row>(`SELECT id, ${COLUMNS.join(', ')} FROM audit_events ORDER BY id`);
    [pristineHead] = await t.sql<Row>('SELECT seq, hash FROM audit_chain_head WHERE id = 1');
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    expect(await verify()).toMatchObject({ valid: true, count: pristine.length });
  });

  afterEach(async () => {
    await t.sql('DELETE FROM audit_events');
    const columns = ['id', ...COLUMNS];
    for (let i = 0; i < pristine.length; i += 50) {
      const rows = pristine.slice(i, i + 50);
      const values = rows.map((_, r) => `(${columns.map((_c, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
      await t.sql(
        `INSERT INTO audit_events (${columns.join(', ')}) VALUES ${values}`,
        rows.flatMap((row) => columns.map((column) => row[column])),
      );
    }
    await t.sql('UPDATE audit_chain_head SET seq = $1, hash = $2 WHERE id = 1', [pristineHead.seq, pristineHead.hash]);
  });

  const verify = async (head?: Record<string, unknown>) => {
    const response = await t
      .http()
      .get('/api/audit-events/verify')
      .query(head ?? {})
      .set(bearer(auditor));
    expect(response.status).toBe(200);
    return response.body as { valid: boolean; count?: number; firstBadSeq?: number; reason?: string };
  };
  const exportedHead = async () => (await t.http().get('/api/audit-events/head').set(bearer(auditor))).body as Record<string, unknown>;
  const count = () => eventCount(t);
  const setColumns = (id: number, row: Row) =>
    t.sql(`UPDATE audit_events SET ${COLUMNS.map((column, i) => `${column} = $${i + 1}`).join(', ')} WHERE id = $${COLUMNS.length + 1}`, [
      ...COLUMNS.map((column) => row[column]),
      id,
    ]);
  const rowOf = async (id: number) => (await t.sql<Row>(`SELECT ${COLUMNS.join(', ')} FROM audit_events WHERE id = $1`, [id]))[0];

  it('starts valid with the triggers gone (nothing tampered yet)', async () => {
    expect(await verify()).toMatchObject({ valid: true, count: await count() });
  });

  it('detects an event added in raw SQL after the chain head', async () => {
    const n = await count();
    const last = pristine[pristine.length - 1];
    await t.sql(`INSERT INTO audit_events (id, ${COLUMNS.join(', ')}) VALUES ($1, ${COLUMNS.map((_, i) => `$${i + 2}`).join(', ')})`, [
      n + 1,
      ...COLUMNS.map((column) => (column === 'prev_hash' ? last.hash : last[column])),
    ]);
    expect(await verify()).toMatchObject({
      valid: false,
      firstBadSeq: n + 1,
      reason: expect.stringMatching(/does not match its hash|after the recorded chain head/),
    });
  });

  it('detects a row whose content was edited in raw SQL, naming that event', async () => {
    const target = Math.floor((await count()) / 2);
    await t.sql('UPDATE audit_events SET reason = $1 WHERE id = $2', ['nothing to see here', target]);
    expect(await verify()).toEqual({ valid: false, firstBadSeq: target, reason: expect.stringMatching(/does not match its hash/) });
  });

  it('detects changes that are not JSON at all, naming that event', async () => {
    await t.sql("UPDATE audit_events SET changes = '{not json' WHERE id = 3");
    expect(await verify()).toMatchObject({ valid: false, firstBadSeq: 3, reason: expect.stringMatching(/does not match its hash/) });
  });

  it('detects a deleted middle row', async () => {
    const target = Math.floor((await count()) / 2);
    await t.sql('DELETE FROM audit_events WHERE id = $1', [target]);
    expect(await verify()).toEqual({ valid: false, firstBadSeq: target, reason: expect.stringMatching(/Event \d+ is missing/) });
  });

  it('detects two rows whose contents were swapped (ids kept)', async () => {
    const n = await count();
    const [a, b] = [Math.floor(n / 3), Math.floor((2 * n) / 3)];
    const [rowA, rowB] = [await rowOf(a), await rowOf(b)];
    await setColumns(a, rowB);
    await setColumns(b, rowA);
    expect(await verify()).toMatchObject({ valid: false, firstBadSeq: a });
  });

  it('detects swapped contents even when the hashes are kept in place', async () => {
    const n = await count();
    const [a, b] = [n - 3, n - 1];
    const [rowA, rowB] = [await rowOf(a), await rowOf(b)];
    await setColumns(a, { ...rowB, prev_hash: rowA.prev_hash, hash: rowA.hash });
    await setColumns(b, { ...rowA, prev_hash: rowB.prev_hash, hash: rowB.hash });
    expect(await verify()).toMatchObject({ valid: false, firstBadSeq: a, reason: expect.stringMatching(/does not match its hash/) });
  });

  it('detects deleted newest rows against the chain head row, and — when the attacker fixes that row too — against an exported head', async () => {
    const head = await exportedHead();
    const n = await count();
    expect(head.seq).toBe(n);
    const keep = n - 3;
    await t.sql('DELETE FROM audit_events WHERE id > $1', [keep]);
    expect(await verify()).toMatchObject({ valid: false, firstBadSeq: keep + 1, reason: expect.stringMatching(/truncated/) });

    // A careful attacker points the chain head at the new last event: the trail alone now looks whole.
    const [last] = await t.sql<{ hash: string }>('SELECT hash FROM audit_events WHERE id = $1', [keep]);
    await t.sql('UPDATE audit_chain_head SET seq = $1, hash = $2 WHERE id = 1', [keep, last.hash]);
    expect(await verify()).toEqual({ valid: true, count: keep, headHash: last.hash });

    // The head the auditor exported earlier still tells.
    const checked = await verify(head);
    expect(checked).toMatchObject({ valid: false, firstBadSeq: keep + 1 });
    expect(checked.reason).toMatch(/truncated/);
    expect(checked.reason).toMatch(new RegExp(`events ${keep + 1} to ${n} were deleted`));
  });

  it('detects a rewrite with every hash recomputed after it, against an exported head', async () => {
    const head = await exportedHead();
    const target = Math.floor((await count()) / 2);
    // The attacker knows the algorithm (it is public) and rewrites the chain from the edited event on.
    const events = await t.dataSource.getRepository(AuditEventEntity).find({ order: { id: 'ASC' } });
    let prev = events[target - 2].hash;
    for (const event of events.slice(target - 1)) {
      const content = { ...event, prevHash: prev, reason: event.id === target ? 'rewritten' : event.reason };
      const { hash: _old, ...rest } = content;
      const hash = eventHash(prev, hashedContent(rest));
      await t.sql('UPDATE audit_events SET reason = $1, prev_hash = $2, hash = $3 WHERE id = $4', [content.reason, prev, hash, event.id]);
      prev = hash;
    }
    await t.sql('UPDATE audit_chain_head SET hash = $1 WHERE id = 1', [prev]);
    expect(await verify()).toMatchObject({ valid: true });
    const checked = await verify(head);
    expect(checked).toMatchObject({ valid: false, firstBadSeq: head.seq });
    expect(checked.reason).toMatch(/rewritten/);
  });
});
