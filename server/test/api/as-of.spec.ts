import type { PartnershipRecord } from '@klch/shared';
import { AuditService } from '../../src/audit/audit.service';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/** The fields an as-of answer must reproduce exactly (timestamps come from the events, see below). */
const omitTimes = ({ createdAt: _c, updatedAt: _u, ...rest }: PartnershipRecord & { asOf?: string }) => rest;

describe(`a partnership as it stood at a past time, rebuilt from the audit trail (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let manager: string;
  let orgs: number[];

  /** Each state the record went through, with the time of the audit event that made it. */
  const states: Array<{ record: PartnershipRecord; at: string; action: string }> = [];

  const eventOf = async (id: number) =>
    (
      await t.sql<{ at: string; action: string }>(
        'SELECT at, action FROM audit_events WHERE entity_type = $1 AND entity_id = $2 ORDER BY id DESC LIMIT 1',
        ['partnerships', String(id)],
      )
    )[0];
  const asOf = (id: number, when: string, token = officer) => t.http().get(`/api/partnerships/${id}`).query({ asOf: when }).set(bearer(token));
  const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

  beforeAll(async () => {
    t = await startTestApp();
    [officer, manager] = await Promise.all([t.login('officer'), t.login('manager')]);
    orgs = (await t.sql<{ id: number }>('SELECT id FROM organisations ORDER BY id LIMIT 3')).map((row) => Number(row.id));

    const record = async (response: { status: number; body: PartnershipRecord }) => {
      expect(response.status).toBeLessThan(300);
      const event = await eventOf(response.body.id);
      states.push({ record: response.body, at: event.at, action: event.action });
      return response.body;
    };

    let current = await record(
      await t
        .http()
        .post('/api/partnerships')
        .set(bearer(officer))
        .send({
          title: 'As-of test: energy MoU',
          category: 'international_city',
          instrument: 'mou',
          themes: ['energy'],
          sdgTargets: ['17.16'],
          parties: [{ organisationId: orgs[0], role: 'counterpart' }],
          proposedOn: '2024-01-15',
        }),
    );
    current = await record(
      await t
        .http()
        .put(`/api/partnerships/${current.id}`)
        .set(bearer(officer))
        .send({ ...current, title: 'As-of test: energy and smart city MoU', themes: ['energy', 'smart city'] }),
    );
    current = await record(
      await t
        .http()
        .put(`/api/partnerships/${current.id}`)
        .set(bearer(officer))
        .send({
          ...current,
          summary: 'Now with a summary',
          titleMs: 'MoU tenaga',
          sdgTargets: ['7.3', '17.16'],
          parties: [...current.parties, { organisationId: orgs[1], role: 'funder' }],
          proposedOn: null,
        }),
    );
    current = await record(
      await t
        .http()
        .put(`/api/partnerships/${current.id}`)
        .set(bearer(officer))
        .send({ ...current, themes: ['decarbonisation'] }),
    );

    // The status workflow's event, as status-requests writes it on approval (status and reason change, version bumps).
    const managerId = await t.userId('manager');
    await t.app.get(TransactionRunner).write(async (manager) => {
      await manager.query(
        DB_KIND === 'postgres'
          ? 'UPDATE partnerships SET status = $1, status_reason = $2, version = version + 1, updated_by_id = $3 WHERE id = $4'
          : 'UPDATE partnerships SET status = ?, status_reason = ?, version = version + 1, updated_by_id = ? WHERE id = ?',
        ['proposed', 'Put forward to the partner', managerId, current.id],
      );
      await t.app.get(AuditService).append(
        manager,
        { id: managerId, name: 'Demo Manager', role: 'manager', requestId: null },
        {
          action: 'status_change',
          entityType: 'partnerships',
          entityId: current.id,
          changes: { status: ['draft', 'proposed'], statusReason: [null, 'Put forward to the partner'] },
          reason: 'Put forward to the partner',
        },
      );
    });
    const afterStatus = (await t.http().get(`/api/partnerships/${current.id}`).set(bearer(officer))).body as PartnershipRecord;
    current = await record({ status: 200, body: afterStatus });

    current = await record(await t.http().delete(`/api/partnerships/${current.id}`).set(bearer(manager)));
    expect(states.map((state) => state.action)).toEqual(['create', 'update', 'update', 'update', 'status_change', 'archive']);
    // Each edit was its own request, so each event has its own millisecond: the test needs no sleeping.
    for (let i = 1; i < states.length; i++) expect(states[i].at > states[i - 1].at).toBe(true);
  });
  afterAll(() => t.close());

  it('answers, at the time of each event, the record as that request left it', async () => {
    const id = states[0].record.id;
    for (const [index, state] of states.entries()) {
      const response = await asOf(id, state.at);
      expect(response.status).toBe(200);
      expect(omitTimes(response.body)).toEqual({ ...omitTimes(state.record), asOf: state.at });
      expect(response.body.version).toBe(index + 1);
      expect(response.body.createdAt).toBe(states[0].at);
      expect(response.body.updatedAt).toBe(state.at);
    }
  });

  it('answers the earlier state just before each later event, and the latest one long after', async () => {
    const id = states[0].record.id;
    for (let i = 1; i < states.length; i++) {
      const response = await asOf(id, shift(states[i].at, -1));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ title: states[i - 1].record.title, themes: states[i - 1].record.themes, version: i });
      expect(omitTimes(response.body)).toEqual({ ...omitTimes(states[i - 1].record), asOf: shift(states[i].at, -1) });
    }
    const later = await asOf(id, '2999-12-31T00:00:00Z');
    expect(omitTimes(later.body)).toEqual({ ...omitTimes(states[states.length - 1].record), asOf: '2999-12-31T00:00:00.000Z' });
    expect(later.body.archivedAt).not.toBeNull();
    expect(later.body.status).toBe('proposed');
  });

  it('takes any offset, and a bare date as the end of that day (UTC)', async () => {
    const id = states[0].record.id;
    const second = states[1];
    const inKualaLumpur = new Date(Date.parse(second.at) + 8 * 3600_000).toISOString().replace('Z', '+08:00');
    const response = await asOf(id, inKualaLumpur);
    expect(response.body).toMatchObject({ title: second.record.title, asOf: second.at });
    const today = await asOf(id, states[states.length - 1].at.slice(0, 10));
    expect(today.body).toMatchObject({ status: 'proposed', asOf: `${states[states.length - 1].at.slice(0, 10)}T23:59:59.999Z` });
  });

  it('is 404 "did not exist yet" before the creation, and for seeded records long ago', async () => {
    const id = states[0].record.id;
    const before = await asOf(id, shift(states[0].at, -1));
    expect(before.status).toBe(404);
    expect(before.body.message).toMatch(/did not exist yet/);
    const [seeded] = await t.sql<{ id: number }>('SELECT id FROM partnerships WHERE id <> $1 ORDER BY id LIMIT 1', [id]);
    const longAgo = await asOf(Number(seeded.id), '2023-06-30T00:00:00Z');
    expect(longAgo.status).toBe(404);
    expect(longAgo.body.message).toMatch(/did not exist yet/);
    const unknown = await asOf(999999, '2023-06-30T00:00:00Z');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/does not exist/);
  });

  it('refuses an asOf that is not a date or time with 400', async () => {
    const id = states[0].record.id;
    for (const bad of ['yesterday', '2023-02-30', '2023-06-30T25:00:00Z', '30/06/2023', '']) {
      const response = await asOf(id, bad);
      expect(response.status).toBe(400);
      expect(response.body.errors).toHaveProperty('asOf');
    }
    const twice = await t.http().get(`/api/partnerships/${id}?asOf=2024-01-01&asOf=2024-02-01`).set(bearer(officer));
    expect(twice.status).toBe(400);
  });

  it('follows a status change made through the real approval workflow', async () => {
    const created = (
      await t
        .http()
        .post('/api/partnerships')
        .set(bearer(officer))
        .send({ title: 'As-of test: workflow', category: 'local_partner', instrument: 'moa' })
    ).body as PartnershipRecord;
    const asked = await t
      .http()
      .post('/api/status-requests')
      .set(bearer(officer))
      .send({ partnershipId: created.id, toStatus: 'proposed', reason: 'Ready to propose' });
    expect(asked.status).toBe(201);
    const beforeApproval = (await eventOf(created.id)).at;
    const approved = await t.http().post(`/api/status-requests/${asked.body.id}/approve`).set(bearer(manager)).send({ comment: 'Agreed' });
    expect(approved.status).toBeLessThan(300);
    const change = await eventOf(created.id);
    expect(change.action).toBe('status_change');
    const now = (await t.http().get(`/api/partnerships/${created.id}`).set(bearer(officer))).body as PartnershipRecord;
    expect(now.status).toBe('proposed');

    const then = await asOf(created.id, beforeApproval);
    expect(omitTimes(then.body)).toEqual({ ...omitTimes(created), asOf: beforeApproval });
    const after = await asOf(created.id, change.at);
    expect(omitTimes(after.body)).toEqual({ ...omitTimes(now), asOf: change.at });
  });

  it('rebuilds a seeded partnership as it stands now, the owner named', async () => {
    const [seeded] = await t.sql<{ id: number }>('SELECT id FROM partnerships WHERE owner_id IS NOT NULL ORDER BY id LIMIT 1');
    const now = (await t.http().get(`/api/partnerships/${seeded.id}`).set(bearer(officer))).body as PartnershipRecord;
    const rebuilt = await asOf(Number(seeded.id), new Date().toISOString());
    expect(omitTimes(rebuilt.body)).toEqual({ ...omitTimes(now), asOf: rebuilt.body.asOf });
    expect(rebuilt.body.ownerName).toBeTruthy();
  });
});
