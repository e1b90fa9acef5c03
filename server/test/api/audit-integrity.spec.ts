import { AuditService } from '../../src/audit/audit.service';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/**
 * What is hashed is exactly what is stored and read back, and no request can make the chain fail
 * to verify. (The property-based sweep over every text field is in audit-text-fuzz.spec.ts.)
 */
describe(`the audit chain's integrity (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let manager: string;
  let auditor: string;
  let tokyoOrgId: number;

  beforeAll(async () => {
    t = await startTestApp();
    [officer, manager, auditor] = await Promise.all(['officer', 'manager', 'auditor'].map((username) => t.login(username)));
    tokyoOrgId = await t.idOf('organisations', 'name', 'Tokyo Metropolitan Government');
  });
  afterAll(() => t.close());

  const verify = async () => (await t.http().get('/api/audit-events/verify').set(bearer(auditor))).body as { valid: boolean; count: number };
  const newPartnership = async (title: string) => {
    const response = await t
      .http()
      .post('/api/partnerships')
      .set(bearer(officer))
      .send({ title, category: 'international_city', instrument: 'mou', parties: [{ organisationId: tokyoOrgId, role: 'counterpart' }] });
    expect(response.status).toBe(201);
    return response.body as { id: number; version: number; createdAt: string; updatedAt: string; title: string };
  };

  describe('text the databases cannot store as sent is refused, naming the field', () => {
    it.each([
      ['a lone high surrogate', 'why \ud800 not'],
      ['a lone low surrogate', 'why \udc00 not'],
      ['a reversed pair', 'why \udc00\ud800 not'],
      ['a NUL character', 'why \u0000 not'],
    ])('%s in a status request reason: 400, nothing written', async (_label, reason) => {
      const partnership = await newPartnership(`Refused text ${JSON.stringify(reason)}`);
      const events = await t.count('audit_events');
      const response = await t
        .http()
        .post('/api/status-requests')
        .set(bearer(officer))
        .send({ partnershipId: partnership.id, toStatus: 'proposed', reason });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual({ reason: expect.stringMatching(/^Reason /) });
      expect(response.body.message).toMatch(/Reason/);
      expect(await t.count('status_requests', 'WHERE partnership_id = $1', [partnership.id])).toBe(0);
      expect(await t.count('audit_events')).toBe(events);
      expect((await verify()).valid).toBe(true);
    });

    it('a lone surrogate in a decision comment, nested in a list or in a query string: 400 naming where', async () => {
      const partnership = await newPartnership('Refused comment');
      const asked = await t
        .http()
        .post('/api/status-requests')
        .set(bearer(officer))
        .send({ partnershipId: partnership.id, toStatus: 'proposed', reason: 'Signed' });
      expect(asked.status).toBe(201);
      const approve = await t.http().post(`/api/status-requests/${asked.body.id}/approve`).set(bearer(manager)).send({ comment: 'ok \ud83d' });
      expect(approve.status).toBe(400);
      expect(approve.body.errors).toEqual({ comment: expect.stringMatching(/^Comment /) });
      expect((await t.http().get(`/api/status-requests/${asked.body.id}`).set(bearer(manager))).body.state).toBe('pending');

      const nested = await t
        .http()
        .put(`/api/partnerships/${partnership.id}`)
        .set(bearer(officer))
        .send({ version: partnership.version, themes: ['energy', 'smart \udfff city'] });
      expect(nested.status).toBe(400);
      expect(nested.body.errors).toEqual({ 'themes.1': expect.stringMatching(/^Themes 2 /) });

      const search = await t.http().get('/api/organisations').query({ q: 'a\u0000b' }).set(bearer(officer));
      expect(search.status).toBe(400);
      // In the address too (PostgreSQL refuses a NUL in a query's text).
      const address = await t.http().get('/api/sdg-targets/%00').set(bearer(officer));
      expect(address.status).toBe(400);
      expect(address.body.errors).toEqual({ id: expect.stringMatching(/^ID must not contain the NUL/) });
      // The same characters as JSON escapes inside a list's filter.
      for (const filter of ['{"q":"a\\u0000b"}', '{"q":"a\\ud800b"}', '{"country":["\\udfff"]}']) {
        const listed = await t.http().get('/api/organisations').query({ filter }).set(bearer(officer));
        expect({ filter, status: listed.status, errors: listed.body.errors }).toEqual({
          filter,
          status: 400,
          errors: { filter: expect.stringMatching(/^"filter" /) },
        });
      }
    });

    it('keeps every well-formed text exactly: emoji, combining marks, scripts, controls a person can type', async () => {
      const reason = 'Halt 🛑 — Zhèngzhōu 郑州, Москва, e\u0301cole, تعاون, tab\there\nnew line, ZWJ 👩‍💻';
      const partnership = await newPartnership('Kept text');
      const asked = await t
        .http()
        .post('/api/status-requests')
        .set(bearer(officer))
        .send({ partnershipId: partnership.id, toStatus: 'proposed', reason });
      expect(asked.status).toBe(201);
      expect(asked.body.reason).toBe(reason);
      const [stored] = await t.sql<{ reason: string }>('SELECT reason FROM status_requests WHERE id = $1', [asked.body.id]);
      expect(stored.reason).toBe(reason);
      expect((await verify()).valid).toBe(true);
    });
  });

  it('hashes what the database stores: an event appended with a lone surrogate (bypassing the API) still verifies', async () => {
    const audit = t.app.get(AuditService);
    await t.app.get(TransactionRunner).write((manager) =>
      audit.append(
        manager,
        { id: null, name: 'system \ud800', role: null, requestId: null },
        {
          action: 'update',
          entityType: 'partnerships',
          entityId: 1,
          reason: 'stored as U+FFFD \udc00',
          changes: { title: ['before \ud800', 'after \udbff'] },
        },
      ),
    );
    expect(await verify()).toMatchObject({ valid: true, count: await t.count('audit_events') });
  });

  describe('one timestamp per transaction: a row and its audit event carry the same time', () => {
    it('createdAt and updatedAt are the `at` of the create and update events, so as-of answers at those exact times', async () => {
      const created = await newPartnership('One clock: created');
      const [createEvent] = await t.eventsOf('partnerships', created.id);
      const [{ at: createdAt }] = await t.sql<{ at: string }>('SELECT at FROM audit_events WHERE id = $1', [createEvent.id]);
      expect(created.createdAt).toBe(createdAt);
      expect(created.updatedAt).toBe(createdAt);

      const asOfCreation = await t.http().get(`/api/partnerships/${created.id}`).query({ asOf: created.createdAt }).set(bearer(officer));
      expect(asOfCreation.status).toBe(200);
      expect(asOfCreation.body.title).toBe('One clock: created');

      const updated = await t
        .http()
        .put(`/api/partnerships/${created.id}`)
        .set(bearer(officer))
        .send({ version: created.version, title: 'One clock: updated' });
      expect(updated.status).toBe(200);
      const events = await t.sql<{ at: string; action: string }>(
        'SELECT at, action FROM audit_events WHERE entity_type = $1 AND entity_id = $2 ORDER BY id',
        ['partnerships', String(created.id)],
      );
      expect(events.map((event) => event.action)).toEqual(['create', 'update']);
      expect(updated.body.updatedAt).toBe(events[1].at);

      const asOfUpdate = await t.http().get(`/api/partnerships/${created.id}`).query({ asOf: updated.body.updatedAt }).set(bearer(officer));
      expect(asOfUpdate.body).toMatchObject({ title: 'One clock: updated', version: updated.body.version });
    });

    it("a status request and its approval: requestedAt and decidedAt are their events' times", async () => {
      const partnership = await newPartnership('One clock: workflow');
      const asked = await t
        .http()
        .post('/api/status-requests')
        .set(bearer(officer))
        .send({ partnershipId: partnership.id, toStatus: 'proposed', reason: 'Signed' });
      const decided = await t.http().post(`/api/status-requests/${asked.body.id}/approve`).set(bearer(manager)).send({});
      expect(decided.status).toBe(200);
      const events = await t.sql<{ at: string; action: string }>(
        'SELECT at, action FROM audit_events WHERE entity_type = $1 AND entity_id = $2 ORDER BY id',
        ['status-requests', String(asked.body.id)],
      );
      expect(events.map((event) => [event.action, event.at])).toEqual([
        ['status_request', asked.body.requestedAt],
        ['approve', decided.body.decidedAt],
      ]);
      const after = await t.http().get(`/api/partnerships/${partnership.id}`).set(bearer(officer));
      expect(after.body.updatedAt).toBe(decided.body.decidedAt);
    });
  });

  describe('the database itself refuses to rewrite the trail', () => {
    const eventRow = async (id: number) => (await t.sql<Record<string, unknown>>('SELECT * FROM audit_events WHERE id = $1', [id]))[0];

    it(DB_KIND === 'sqlite' ? 'INSERT OR REPLACE of an existing event' : 'INSERT … ON CONFLICT DO UPDATE of an existing event', async () => {
      const original = await eventRow(1);
      const rewrite =
        DB_KIND === 'sqlite'
          ? t.sql(
              `INSERT OR REPLACE INTO audit_events (id, at, actor_id, actor_name, actor_role, action, entity_type, entity_id, changes, reason, request_id, prev_hash, hash)
               SELECT id, at, actor_id, 'Someone else', actor_role, action, entity_type, entity_id, changes, reason, request_id, prev_hash, hash FROM audit_events WHERE id = 1`,
            )
          : t.sql(
              `INSERT INTO audit_events (id, at, actor_id, actor_name, actor_role, action, entity_type, entity_id, changes, reason, request_id, prev_hash, hash)
               SELECT id, at, actor_id, 'Someone else', actor_role, action, entity_type, entity_id, changes, reason, request_id, prev_hash, hash FROM audit_events WHERE id = 1
               ON CONFLICT (id) DO UPDATE SET actor_name = EXCLUDED.actor_name`,
            );
      await expect(rewrite).rejects.toThrow(/next of the chain/);
      expect(await eventRow(1)).toEqual(original);
    });

    it('an insert that is not the next event of the chain (a gap, or an id below the head)', async () => {
      const [{ seq }] = await t.sql<{ seq: number }>('SELECT seq FROM audit_chain_head WHERE id = 1');
      const insert = (id: number) =>
        t.sql(
          `INSERT INTO audit_events (id, at, action, entity_type, changes, prev_hash, hash) VALUES ($1, '2026-01-01T00:00:00.000Z', 'update', 'partnerships', '{}', $2, $3)`,
          [id, '0'.repeat(64), '0'.repeat(64)],
        );
      await expect(insert(Number(seq) + 5)).rejects.toThrow(/next of the chain/);
      expect(await t.count('audit_events', 'WHERE id = $1', [Number(seq) + 5])).toBe(0);
      expect((await verify()).valid).toBe(true);
    });

    it('the head only moves on by one, to an event that exists: it cannot be rewound (to replace an event) or deleted', async () => {
      const [head] = await t.sql<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_chain_head WHERE id = 1');
      await expect(t.sql('UPDATE audit_chain_head SET seq = 0 WHERE id = 1')).rejects.toThrow(/only moves on/);
      await expect(t.sql('UPDATE audit_chain_head SET seq = seq + 1 WHERE id = 1')).rejects.toThrow(/only moves on/);
      await expect(t.sql('UPDATE audit_chain_head SET hash = $1 WHERE id = 1', ['f'.repeat(64)])).rejects.toThrow(/only moves on/);
      await expect(t.sql('DELETE FROM audit_chain_head')).rejects.toThrow(/only moves on/);
      expect(await t.sql('SELECT seq, hash FROM audit_chain_head WHERE id = 1')).toEqual([head]);
      expect((await verify()).valid).toBe(true);
    });
  });
});
