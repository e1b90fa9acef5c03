import type { AttentionGroup, AttentionKind, DashboardRecord } from '@klch/shared';
import { addDays, addMonths, todayInKualaLumpur } from '../../src/database/timestamps';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/**
 * GET /api/dashboard on the demo data plus crafted records whose dates are set relative to today
 * (Kuala Lumpur's): every attention rule puts exactly the right records in its group, every group's
 * count and first records are those of the list it links to, and what a role sees follows the matrix.
 */
describe(`dashboard (${DB_KIND})`, () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids: Record<string, number> = {};
  const crafted: Record<string, number> = {};
  let tokyoOrgId: number;
  const today = todayInKualaLumpur();

  const dashboard = async (who: string): Promise<DashboardRecord> => {
    const response = await t.http().get('/api/dashboard').set(bearer(tokens[who]));
    expect(response.status).toBe(200);
    return response.body;
  };
  const group = (record: DashboardRecord, kind: AttentionKind): AttentionGroup => {
    const found = record.attention.find((candidate) => candidate.kind === kind);
    if (!found) throw new Error(`no ${kind} group`);
    return found;
  };
  /** Every record of the list a group links to (a page of 100 is enough for the test data). */
  const linked = async (who: string, attention: AttentionGroup) => {
    const response = await t.list(
      `/api/${attention.link.resource}`,
      { filter: attention.link.filter, sort: [attention.link.sort.field, attention.link.sort.order], range: [0, 99] },
      tokens[who],
    );
    expect(response.status).toBe(200);
    return { total: Number(response.headers['content-range'].split('/')[1]), ids: (response.body as Array<{ id: number }>).map((row) => row.id) };
  };
  /** A partnership made through the API, then given its status and dates directly (crafted data). */
  const craft = async (name: string, set: { status?: string; expiresOn?: string | null; nextReviewOn?: string | null }) => {
    const response = await t
      .http()
      .post('/api/partnerships')
      .set(bearer(tokens.officer))
      .send({
        title: `Dashboard test: ${name}`,
        category: 'international_city',
        instrument: 'mou',
        parties: [{ organisationId: tokyoOrgId, role: 'counterpart' }],
      });
    expect(response.status).toBe(201);
    const id = response.body.id as number;
    await t.sql('UPDATE partnerships SET status = $1, expires_on = $2, next_review_on = $3 WHERE id = $4', [
      set.status ?? 'draft',
      set.expiresOn ?? null,
      set.nextReviewOn ?? null,
      id,
    ]);
    crafted[name] = id;
    return id;
  };
  const milestone = (partnershipId: number, title: string, dueOn: string) =>
    t.http().post('/api/milestones').set(bearer(tokens.officer)).send({ partnershipId, title, kind: 'report', dueOn });

  beforeAll(async () => {
    t = await startTestApp();
    for (const username of ['officer', 'manager', 'manager2', 'auditor', 'admin']) tokens[username] = await t.login(username);
    for (const row of await t.sql<{ id: number; username: string }>('SELECT id, username FROM users')) ids[row.username] = Number(row.id);
    tokyoOrgId = await t.idOf('organisations', 'name', 'Tokyo Metropolitan Government');
    await craft('expired yesterday', { status: 'active', expiresOn: addDays(today, -1) });
    await craft('expires today', { status: 'active', expiresOn: today });
    await craft('expires in 30 days', { status: 'active', expiresOn: addDays(today, 30) });
    await craft('expires in 31 days', { status: 'active', expiresOn: addDays(today, 31) });
    await craft('expires in 100 days', { status: 'active', expiresOn: addDays(today, 100) });
    await craft('halted, expires in 20 days', { status: 'halted', expiresOn: addDays(today, 20) });
    await craft('halted, review passed', { status: 'halted', nextReviewOn: addDays(today, -3) });
    await craft('review tomorrow', { status: 'active', nextReviewOn: addDays(today, 1) });
    const dormant = await craft('dormant', { status: 'under_negotiation' });
    const lively = await craft('dormant but for a milestone', { status: 'under_negotiation' });
    const long = addMonths(today, -30);
    await t.sql('UPDATE partnerships SET updated_at = $1 WHERE id IN ($2, $3)', [`${long}T01:00:00.000Z`, dormant, lively]);
    expect((await milestone(lively, 'A recent plan', addDays(today, 60))).status).toBe(201);
    // Whatever the milestone's creation did to the partnership's own row, only the milestone is recent.
    await t.sql('UPDATE partnerships SET updated_at = $1 WHERE id = $2', [`${long}T01:00:00.000Z`, lively]);
    expect((await milestone(crafted['expires in 100 days'], 'Overdue report', addDays(today, -2))).status).toBe(201);
  });
  afterAll(() => t.close());

  it('asks for a sign-in (401) and answers every role', async () => {
    expect((await t.http().get('/api/dashboard')).status).toBe(401);
    for (const who of ['officer', 'manager', 'auditor', 'admin']) expect((await dashboard(who)).today).toBe(today);
  });

  it("refuses bad values of the dashboard's list filters with a 400 that names the filter", async () => {
    const partnerships = await t.list('/api/partnerships', { filter: { inactiveSince: 'two years ago' } }, tokens.officer);
    expect(partnerships.status).toBe(400);
    expect(partnerships.body.errors).toHaveProperty('inactiveSince');
    const requests = await t.list('/api/status-requests', { filter: { notRequestedBy: 'me' } }, tokens.manager);
    expect(requests.status).toBe(400);
    expect(requests.body.errors).toHaveProperty('notRequestedBy');
  });

  it('puts each crafted partnership in exactly the groups its dates call for', async () => {
    const record = await dashboard('officer');
    const inGroup = async (kind: AttentionKind) => new Set((await linked('officer', group(record, kind))).ids);
    const expired = await inGroup('expired_active');
    const within30 = await inGroup('expiring_30');
    const within90 = await inGroup('expiring_90');
    const within180 = await inGroup('expiring_180');
    const review = await inGroup('review_due');
    const dormant = await inGroup('dormant');
    const where = (name: string) =>
      ['expired_active', 'expiring_30', 'expiring_90', 'expiring_180', 'review_due', 'dormant'].filter((_, index) =>
        [expired, within30, within90, within180, review, dormant][index].has(crafted[name]),
      );
    expect({
      'expired yesterday': where('expired yesterday'),
      'expires today': where('expires today'),
      'expires in 30 days': where('expires in 30 days'),
      'expires in 31 days': where('expires in 31 days'),
      'expires in 100 days': where('expires in 100 days'),
      'halted, expires in 20 days': where('halted, expires in 20 days'),
      'halted, review passed': where('halted, review passed'),
      'review tomorrow': where('review tomorrow'),
      dormant: where('dormant'),
      'dormant but for a milestone': where('dormant but for a milestone'),
    }).toEqual({
      'expired yesterday': ['expired_active'],
      'expires today': ['expiring_30', 'expiring_90', 'expiring_180'],
      'expires in 30 days': ['expiring_30', 'expiring_90', 'expiring_180'],
      'expires in 31 days': ['expiring_90', 'expiring_180'],
      'expires in 100 days': ['expiring_180'],
      'halted, expires in 20 days': [],
      'halted, review passed': ['review_due'],
      'review tomorrow': [],
      dormant: ['dormant'],
      'dormant but for a milestone': [],
    });
    const overdue = group(record, 'milestones_overdue');
    expect(overdue.items.map((item) => [item.partnershipId, item.detail])).toContainEqual([crafted['expires in 100 days'], 'Overdue report']);
  });

  it('gives every group the count and first records of the list it links to, for every role', async () => {
    for (const who of ['officer', 'manager', 'auditor', 'admin']) {
      const record = await dashboard(who);
      for (const attention of record.attention) {
        const list = await linked(who, attention);
        expect({ who, kind: attention.kind, count: attention.count, first: attention.items.map((item) => item.id) }).toEqual({
          who,
          kind: attention.kind,
          count: list.total,
          first: list.ids.slice(0, 5),
        });
      }
    }
  });

  it('shows a manager the requests of others to decide, oldest first, and each writer their own pending requests', async () => {
    const ask = (token: string, partnershipId: number, toStatus: string) =>
      t
        .http()
        .post('/api/status-requests')
        .set(bearer(token))
        .send({ partnershipId, toStatus, reason: 'Dashboard test', nextReviewOn: addDays(today, 90) });
    const byOfficer = await ask(tokens.officer, crafted['review tomorrow'], 'halted');
    expect(byOfficer.status).toBe(201);
    const byManager = await ask(tokens.manager, crafted['expires in 31 days'], 'halted');
    expect(byManager.status).toBe(201);

    const manager = await dashboard('manager');
    const queue = group(manager, 'pending_approvals');
    expect(queue.items.map((item) => item.id)).toContain(byOfficer.body.id);
    expect(queue.items.map((item) => item.id)).not.toContain(byManager.body.id); // the four-eyes rule
    expect(group(manager, 'my_pending_requests').items.map((item) => item.id)).toEqual([byManager.body.id]);
    const mine = group(await dashboard('officer'), 'my_pending_requests');
    expect(mine.items.find((item) => item.id === byOfficer.body.id)).toMatchObject({ partnershipId: crafted['review tomorrow'], detail: 'halted' });
    expect(group(await dashboard('manager2'), 'pending_approvals').items.map((item) => item.id)).toEqual(
      expect.arrayContaining([byOfficer.body.id, byManager.body.id]),
    );

    const kinds = async (who: string) => (await dashboard(who)).attention.map((attention) => attention.kind);
    expect(await kinds('officer')).not.toContain('pending_approvals');
    for (const who of ['auditor', 'admin']) {
      expect(await kinds(who)).not.toContain('pending_approvals');
      expect(await kinds(who)).not.toContain('my_pending_requests');
      expect(await kinds(who)).not.toContain('my_partnerships');
    }
  });

  it("counts an officer's own partnerships, the ones they own and nobody else's", async () => {
    const mine = group(await dashboard('officer'), 'my_partnerships');
    expect(mine.count).toBe(await t.count('partnerships', 'WHERE owner_id = $1 AND archived_at IS NULL', [ids.officer]));
    expect(mine.count).toBeGreaterThanOrEqual(Object.keys(crafted).length);
    expect(group(await dashboard('manager'), 'my_partnerships').count).toBe(
      await t.count('partnerships', 'WHERE owner_id = $1 AND archived_at IS NULL', [ids.manager]),
    );
  });

  it('gives a manager who once was an admin no approval queue: such an account decides nothing', async () => {
    const made = await t
      .http()
      .post('/api/users')
      .set(bearer(tokens.admin))
      .send({ username: 'former-admin', fullName: 'Former Admin', role: 'admin', password: 'Tropical-monsoon-season-2026' });
    expect(made.status).toBe(201);
    const demoted = await t.http().put(`/api/users/${made.body.id}`).set(bearer(tokens.admin)).send({ version: made.body.version, role: 'manager' });
    expect(demoted.status).toBe(200);
    tokens['former-admin'] = await t.login('former-admin', 'Tropical-monsoon-season-2026');
    const kinds = (await dashboard('former-admin')).attention.map((attention) => attention.kind);
    expect(kinds).not.toContain('pending_approvals');
    expect(kinds).toContain('my_pending_requests');
  });

  it('counts open partnerships by status, category, country and SDG target as the rows say', async () => {
    const record = await dashboard('auditor');
    const grouped = async (sql: string) =>
      Object.fromEntries((await t.sql<{ key: string; n: number | string }>(sql)).map((row) => [row.key, Number(row.n)]));
    const asObject = (rows: Array<{ key: string; count: number }>) => Object.fromEntries(rows.map((row) => [row.key, row.count]));
    expect(asObject(record.byStatus)).toEqual(
      await grouped('SELECT status AS key, COUNT(*) AS n FROM partnerships WHERE archived_at IS NULL GROUP BY status'),
    );
    expect(asObject(record.byCategory)).toEqual(
      await grouped('SELECT category AS key, COUNT(*) AS n FROM partnerships WHERE archived_at IS NULL GROUP BY category'),
    );
    expect(asObject(record.bySdgTarget)).toEqual(
      await grouped(
        'SELECT pt.target_code AS key, COUNT(*) AS n FROM partnership_sdg_targets pt JOIN partnerships p ON p.id = pt.partnership_id WHERE p.archived_at IS NULL GROUP BY pt.target_code',
      ),
    );
    const countries = asObject(record.byCountry);
    expect(countries.JP).toBe(
      await t.count(
        'partnerships p',
        "WHERE p.archived_at IS NULL AND EXISTS (SELECT 1 FROM partnership_parties pp JOIN organisations o ON o.id = pp.organisation_id WHERE pp.partnership_id = p.id AND o.country = 'JP')",
      ),
    );
    const counts = record.byStatus.map((row) => row.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('tells the latest changes in order, each naming its partnership by title, and leaves out reads and refusals', async () => {
    const p = await craft('feed', { status: 'active' });
    const asked = await t
      .http()
      .post('/api/status-requests')
      .set(bearer(tokens.officer))
      .send({ partnershipId: p, toStatus: 'halted', reason: 'Feed test', nextReviewOn: addDays(today, 90) });
    expect(asked.status).toBe(201);
    expect((await t.http().post(`/api/status-requests/${asked.body.id}/approve`).set(bearer(tokens.manager)).send({})).status).toBe(200);
    // A refused access and a read of the trail are not changes to the register.
    expect((await t.http().post('/api/partnerships').set(bearer(tokens.auditor)).send({})).status).toBe(403);
    const [approved, requested] = (await dashboard('officer')).recentActivity;
    expect(approved).toMatchObject({
      action: 'approve',
      entityType: 'status-requests',
      actorName: 'Demo Manager',
      partnershipId: p,
      title: 'Dashboard test: feed',
      toStatus: 'halted',
    });
    expect(requested).toMatchObject({ action: 'status_request', actorName: 'Demo Officer', partnershipId: p, toStatus: 'halted' });
    expect(approved.id).toBeGreaterThan(requested.id);
  });

  it('gives the roles that read the trail its status: head, last export, latest refused accesses; nobody else', async () => {
    expect((await t.http().post('/api/users').set(bearer(tokens.officer)).send({})).status).toBe(403);
    const auditor = await dashboard('auditor');
    const [head] = await t.sql<{ seq: number | string }>('SELECT seq FROM audit_chain_head WHERE id = 1');
    expect(auditor.auditTrail?.head.seq).toBeGreaterThanOrEqual(Number(head.seq) - 1);
    expect(auditor.auditTrail?.refusals[0]).toMatchObject({ actorName: 'Demo Officer', entityType: 'users' });
    expect(auditor.auditTrail?.lastExport).toBeNull();
    expect((await t.http().get('/api/audit-events/export').set(bearer(tokens.auditor))).status).toBe(200);
    expect((await dashboard('admin')).auditTrail?.lastExport).toMatchObject({ actorName: 'Demo Auditor' });
    expect((await dashboard('officer')).auditTrail).toBeUndefined();
    expect((await dashboard('manager')).auditTrail).toBeUndefined();
  });
});
