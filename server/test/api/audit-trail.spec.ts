import { AuditChainHeadEntity } from '../../src/audit/audit-chain-head.entity';
import { AuditEventEntity } from '../../src/audit/audit-event.entity';
import { AuditService } from '../../src/audit/audit.service';
import { eventHash, hashedContent } from '../../src/audit/event-hash';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

const GENESIS = '0'.repeat(64);

describe(`the audit trail: one event per write, hash-chained, append-only (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let manager: string;
  let auditor: string;
  let tokyoOrgId: number;

  beforeAll(async () => {
    t = await startTestApp();
    [officer, manager, auditor] = await Promise.all([t.login('officer'), t.login('manager'), t.login('auditor')]);
    tokyoOrgId = Number((await t.sql<{ id: number }>('SELECT id FROM organisations WHERE name = $1', ['Tokyo Metropolitan Government']))[0].id);
  });
  afterAll(() => t.close());

  const eventCount = () => t.count('audit_events');
  const lastEvent = async () =>
    (
      await t.sql<{ id: number; action: string; entity_type: string; entity_id: string; request_id: string; actor_name: string }>(
        'SELECT id, action, entity_type, entity_id, request_id, actor_name FROM audit_events ORDER BY id DESC LIMIT 1',
      )
    )[0];
  const partnership = (overrides: Record<string, unknown> = {}) => ({
    title: 'Audit trail test partnership',
    category: 'international_city',
    instrument: 'mou',
    parties: [{ organisationId: tokyoOrgId, role: 'counterpart' }],
    ...overrides,
  });

  /** Runs a write and checks it appended exactly one event, about that record, from that request. */
  const expectOneEvent = async (
    write: () => Promise<{ status: number; body: Record<string, unknown> & { id?: number }; headers: Record<string, string> }>,
    action: string,
    entityType: string,
  ) => {
    const before = await eventCount();
    const response = await write();
    expect(response.status).toBeLessThan(300);
    expect(await eventCount()).toBe(before + 1);
    const event = await lastEvent();
    expect(event).toMatchObject({
      action,
      entity_type: entityType,
      entity_id: String(response.body.id),
      request_id: response.headers['x-request-id'],
    });
    return response;
  };

  /** Checks the whole chain from the first event: gap-free ids, links, and every hash recomputed. */
  const verifyChain = async () => {
    const events = await t.dataSource.getRepository(AuditEventEntity).find({ order: { id: 'ASC' } });
    const problems: string[] = [];
    let prev = GENESIS;
    events.forEach((event, index) => {
      if (event.id !== index + 1) problems.push(`event at position ${index + 1} has id ${event.id}`);
      if (event.prevHash !== prev) problems.push(`event ${event.id}: prev_hash does not link to event ${event.id - 1}`);
      const { hash, ...rest } = event;
      if (eventHash(event.prevHash, hashedContent(rest)) !== hash) problems.push(`event ${event.id}: hash does not match its content`);
      prev = hash;
    });
    const head = await t.dataSource.getRepository(AuditChainHeadEntity).findOneByOrFail({ id: 1 });
    expect(problems).toEqual([]);
    expect(head).toEqual({ id: 1, seq: events.length, hash: prev });
    return events;
  };

  it('starts with a valid chain from the demo data', async () => {
    const events = await verifyChain();
    expect(events.length).toBeGreaterThan(20);
    expect(events[0].prevHash).toBe(GENESIS);
  });

  it('appends exactly one event for a create, an update and an archive, in the request that made them', async () => {
    const created = await expectOneEvent(() => t.http().post('/api/partnerships').set(bearer(officer)).send(partnership()), 'create', 'partnerships');
    const updated = await expectOneEvent(
      () =>
        t
          .http()
          .put(`/api/partnerships/${created.body.id}`)
          .set(bearer(officer))
          .send({ ...created.body, summary: 'Now with a summary' }),
      'update',
      'partnerships',
    );
    expect(updated.body.version).toBe(2);
    await expectOneEvent(() => t.http().delete(`/api/partnerships/${created.body.id}`).set(bearer(manager)), 'archive', 'partnerships');

    const organisation = await expectOneEvent(
      () => t.http().post('/api/organisations').set(bearer(officer)).send({ name: 'Audit Org', type: 'academic', country: 'MY' }),
      'create',
      'organisations',
    );
    await expectOneEvent(
      () => t.http().put(`/api/organisations/${organisation.body.id}`).set(bearer(officer)).send({ version: 1, city: 'Kuala Lumpur' }),
      'update',
      'organisations',
    );
    await expectOneEvent(() => t.http().delete(`/api/organisations/${organisation.body.id}`).set(bearer(manager)), 'delete', 'organisations');
    await verifyChain();
  });

  it('appends nothing for a refused write (400, 404, 409, 422); a 403 appends only its access_denied record', async () => {
    const target = (
      await t
        .http()
        .post('/api/partnerships')
        .set(bearer(officer))
        .send(partnership({ title: 'Refusals target' }))
    ).body;
    const before = await eventCount();
    const refused = [
      await t.http().post('/api/partnerships').set(bearer(officer)).send({ title: '' }),
      await t.http().post('/api/partnerships').set(bearer(auditor)).send(partnership()),
      await t
        .http()
        .put(`/api/partnerships/${target.id}`)
        .set(bearer(auditor))
        .send({ ...target, title: 'Auditor' }),
      await t.http().delete(`/api/partnerships/${target.id}`).set(bearer(officer)),
      await t
        .http()
        .put('/api/partnerships/999999')
        .set(bearer(officer))
        .send({ ...target, title: 'Nobody' }),
      await t
        .http()
        .put(`/api/partnerships/${target.id}`)
        .set(bearer(officer))
        .send({ ...target, version: target.version + 5, title: 'Stale' }),
      await t
        .http()
        .put(`/api/partnerships/${target.id}`)
        .set(bearer(officer))
        .send({ ...target, status: 'active' }),
      await t
        .http()
        .post('/api/partnerships')
        .set(bearer(officer))
        .send(partnership({ parties: [{ organisationId: 999999, role: 'host' }] })),
      await t.http().delete(`/api/organisations/${tokyoOrgId}`).set(bearer(manager)),
    ];
    expect(refused.map((response) => response.status)).toEqual([400, 403, 403, 403, 404, 409, 422, 422, 409]);
    const added = await t.sql<{ action: string; entity_type: string; request_id: string }>(
      'SELECT action, entity_type, request_id FROM audit_events WHERE id > $1 ORDER BY id',
      [before],
    );
    const forbidden = refused.filter((response) => response.status === 403);
    expect(added).toEqual(
      forbidden.map((response) => ({ action: 'access_denied', entity_type: 'partnerships', request_id: response.headers['x-request-id'] })),
    );
  });

  it('rolls the change back when its audit event cannot be written (same transaction)', async () => {
    const audit = t.app.get(AuditService);
    const spy = jest.spyOn(audit, 'append').mockRejectedValueOnce(new Error('audit storage failed'));
    try {
      const partnershipsBefore = await t.count('partnerships');
      const codesBefore = await t.sql('SELECT scope, last_value FROM code_sequences ORDER BY scope');
      const eventsBefore = await eventCount();
      const response = await t
        .http()
        .post('/api/partnerships')
        .set(bearer(officer))
        .send(partnership({ title: 'Never audited' }));
      expect(response.status).toBe(500);
      expect(response.body.message).toMatch(/Nothing was changed/);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(await t.count('partnerships')).toBe(partnershipsBefore);
      expect(await t.sql('SELECT id FROM partnerships WHERE title = $1', ['Never audited'])).toEqual([]);
      expect(await t.sql('SELECT scope, last_value FROM code_sequences ORDER BY scope')).toEqual(codesBefore);
      expect(await eventCount()).toBe(eventsBefore);
    } finally {
      spy.mockRestore();
    }
    // The next write works and the chain is intact.
    expect(
      (
        await t
          .http()
          .post('/api/partnerships')
          .set(bearer(officer))
          .send(partnership({ title: 'Audited after all' }))
      ).status,
    ).toBe(201);
    await verifyChain();
  });

  it('refuses UPDATE and DELETE of audit events in the database itself', async () => {
    const before = await t.sql('SELECT * FROM audit_events ORDER BY id');
    await expect(t.sql('UPDATE audit_events SET action = $1 WHERE id = $2', ['tampered', 1])).rejects.toThrow(/append-only/);
    await expect(t.sql('UPDATE audit_events SET hash = prev_hash')).rejects.toThrow(/append-only/);
    await expect(t.sql('DELETE FROM audit_events WHERE id = $1', [1])).rejects.toThrow(/append-only/);
    await expect(t.sql('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    if (DB_KIND === 'postgres') await expect(t.sql('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    expect(await t.sql('SELECT * FROM audit_events ORDER BY id')).toEqual(before);
    await verifyChain();
  });

  it('keeps one unforked chain under 20 concurrent creations', async () => {
    const before = await eventCount();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t
          .http()
          .post('/api/organisations')
          .set(bearer(i % 2 ? officer : manager))
          .send({ name: `Concurrent Org ${i}`, type: 'academic', country: 'MY' }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    const events = await verifyChain();
    expect(events.length).toBe(before + 20);
    const created = events.slice(before);
    expect(created.every((event) => event.action === 'create' && event.entityType === 'organisations')).toBe(true);
    expect(new Set(created.map((event) => event.entityId))).toEqual(new Set(responses.map((response) => String(response.body.id))));
    expect(new Set(events.map((event) => event.prevHash)).size).toBe(events.length);
  });
});
