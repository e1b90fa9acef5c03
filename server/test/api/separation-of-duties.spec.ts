import { markFormerAdmins } from '../../src/database/migrations/1764920000000-sessions';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/** Passes the password rule (it may not contain the username, so one for every account here). */
const ACCOUNT_PASSWORD = 'a separate passphrase 2026';

const FORMER_ADMIN = /has held the admin role, so it never approves or rejects status-change requests \(separation of duties\)/;

/**
 * Who administers accounts never approves business changes (product.md): no one changes their own
 * role, and an account that has ever held the admin role never decides a status-change request,
 * whatever its role is now. The decider is judged by the database at the moment of the decision.
 */
describe(`separation of duties (${DB_KIND})`, () => {
  let t: TestApp;
  let admin: string;
  let officer: string;
  let adminId: number;
  let tokyoOrgId: number;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, officer] = await Promise.all([t.login('admin'), t.login('officer')]);
    adminId = await t.userId('admin');
    tokyoOrgId = await t.idOf('organisations', 'name', 'Tokyo Metropolitan Government');
  });
  afterAll(() => t.close());

  const getUser = async (id: number) => (await t.http().get(`/api/users/${id}`).set(bearer(admin))).body;
  const putUser = (id: number, body: Record<string, unknown>, token = admin) => t.http().put(`/api/users/${id}`).set(bearer(token)).send(body);
  const createUser = async (username: string, role: string) => {
    const response = await t.http().post('/api/users').set(bearer(admin)).send({ username, fullName: username, role, password: ACCOUNT_PASSWORD });
    expect(response.status).toBe(201);
    return response.body as { id: number; version: number };
  };
  /** A pending request to move a new draft partnership to proposed, made by the officer. */
  const pendingRequest = async (title: string): Promise<number> => {
    const partnership = await t
      .http()
      .post('/api/partnerships')
      .set(bearer(officer))
      .send({ title, category: 'international_city', instrument: 'mou', parties: [{ organisationId: tokyoOrgId, role: 'counterpart' }] });
    expect(partnership.status).toBe(201);
    const asked = await t.http().post('/api/status-requests').set(bearer(officer)).send({ partnershipId: partnership.body.id, toStatus: 'proposed' });
    expect(asked.status).toBe(201);
    return asked.body.id as number;
  };
  const approve = (id: number, token: string) => t.http().post(`/api/status-requests/${id}/approve`).set(bearer(token)).send({});
  const stateOf = async (id: number) => (await t.sql<{ state: string }>('SELECT state FROM status_requests WHERE id = $1', [id]))[0].state;
  const refusals = (entityType: string, entityId: number) =>
    t.sql<{ actor_id: number; reason: string }>(
      'SELECT actor_id, reason FROM audit_events WHERE action = $1 AND entity_type = $2 AND entity_id = $3 ORDER BY id',
      ['access_denied', entityType, String(entityId)],
    );

  it("refuses anyone's change of their own role with 403, audited as a refusal, the account and its sessions left as they were", async () => {
    const before = await getUser(adminId);
    const eventsBefore = await t.count('audit_events', 'WHERE action <> $1', ['access_denied']);

    const refused = await putUser(adminId, { version: before.version, role: 'manager' });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({
      statusCode: 403,
      message: 'You cannot change your own role: another administrator must do it (separation of duties).',
    });
    expect(await getUser(adminId)).toEqual(before);
    expect((await t.http().get('/api/auth/me').set(bearer(admin))).status).toBe(200);
    const [refusal] = await refusals('users', adminId);
    expect(Number(refusal.actor_id)).toBe(adminId);
    expect(refusal.reason).toBe(
      `PUT /api/users/${adminId}: You cannot change your own role: another administrator must do it (separation of duties).`,
    );
    expect(await t.count('audit_events', 'WHERE action <> $1', ['access_denied'])).toBe(eventsBefore);

    // The whole record sent back with the same role (as react-admin does) is no role change.
    const renamed = await putUser(adminId, { ...before, fullName: 'Demo Admin (renamed)' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.role).toBe('admin');
  });

  it('lets another admin change the role; an account that ever held the admin role still never decides, and an admin again neither', async () => {
    const requestId = await pendingRequest('Separation of duties');
    const formerAdmin = await createUser('former-admin', 'admin');

    // The other admin makes it a manager: allowed (it is not their own role).
    const demoted = await putUser(formerAdmin.id, { version: formerAdmin.version, role: 'manager' });
    expect(demoted.status).toBe(200);
    const asManager = await t.login('former-admin', ACCOUNT_PASSWORD);
    const refused = await approve(requestId, asManager);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(FORMER_ADMIN);
    expect(await stateOf(requestId)).toBe('pending');
    const [refusal] = await refusals('status-requests', requestId);
    expect(Number(refusal.actor_id)).toBe(formerAdmin.id);
    expect(refusal.reason).toMatch(FORMER_ADMIN);

    // Back to admin: refused by the role itself.
    const restored = await putUser(formerAdmin.id, { version: demoted.body.version, role: 'admin' });
    expect(restored.status).toBe(200);
    const asAdmin = await t.login('former-admin', ACCOUNT_PASSWORD);
    const asAdminAgain = await approve(requestId, asAdmin);
    expect(asAdminAgain.status).toBe(403);
    expect(await stateOf(requestId)).toBe('pending');

    // The same for an account that became an admin by a role change rather than at its creation.
    const promoted = await createUser('promoted-admin', 'officer');
    const toAdmin = await putUser(promoted.id, { version: promoted.version, role: 'admin' });
    expect(toAdmin.status).toBe(200);
    expect((await putUser(promoted.id, { version: toAdmin.body.version, role: 'manager' })).status).toBe(200);
    const promotedRefused = await approve(requestId, await t.login('promoted-admin', ACCOUNT_PASSWORD));
    expect(promotedRefused.status).toBe(403);
    expect(promotedRefused.body.message).toMatch(FORMER_ADMIN);

    // The control: a manager who was never an admin decides it.
    const decided = await approve(requestId, await t.login('manager'));
    expect(decided.status).toBe(200);
    expect(await stateOf(requestId)).toBe('approved');
  });

  it('judges the decider by the database at the moment of the decision, not by the session it signed in with', async () => {
    const requestId = await pendingRequest('Decided by the database');
    const manager2 = await t.login('manager2');
    const manager2Id = await t.userId('manager2');

    // Changed behind the session's back (no token revocation): the decision still sees it.
    await t.sql(`UPDATE users SET ever_admin = ${DB_KIND === 'postgres' ? 'TRUE' : '1'} WHERE id = $1`, [manager2Id]);
    const asFormerAdmin = await approve(requestId, manager2);
    expect(asFormerAdmin.status).toBe(403);
    expect(asFormerAdmin.body.message).toMatch(FORMER_ADMIN);

    await t.sql(`UPDATE users SET ever_admin = ${DB_KIND === 'postgres' ? 'FALSE' : '0'}, role = 'officer' WHERE id = $1`, [manager2Id]);
    const asOfficer = await approve(requestId, manager2);
    expect(asOfficer.status).toBe(403);
    expect(asOfficer.body.message).toBe('Your role (officer) may not approve status-requests.');
    expect(await stateOf(requestId)).toBe('pending');

    await t.sql(`UPDATE users SET role = 'manager' WHERE id = $1`, [manager2Id]);
    expect((await approve(requestId, manager2)).status).toBe(200);
  });

  it('finds, at the migration, the accounts that were admins before it, by the audit trail', async () => {
    const once = await createUser('admin-once', 'officer');
    const promoted = await putUser(once.id, { version: once.version, role: 'admin' });
    expect((await putUser(once.id, { version: promoted.body.version, role: 'officer' })).status).toBe(200);
    // Named like an admin, never one: its creation event says "admin" only in the name fields.
    const lookalike = await t
      .http()
      .post('/api/users')
      .set(bearer(admin))
      .send({ username: 'admin-lookalike', fullName: 'admin', role: 'manager', password: 'lookalike-password-1' });
    expect(lookalike.status).toBe(201);

    // As before the migration: nobody marked yet.
    await t.sql(`UPDATE users SET ever_admin = ${DB_KIND === 'postgres' ? 'FALSE' : '0'}`);
    const runner = t.dataSource.createQueryRunner();
    try {
      await markFormerAdmins(runner);
    } finally {
      await runner.release();
    }
    const marked = await t.sql<{ username: string }>('SELECT username FROM users WHERE ever_admin = $1 ORDER BY username', [
      DB_KIND === 'postgres' ? true : 1,
    ]);
    expect(marked.map((row) => row.username)).toEqual(['admin', 'admin-once', 'former-admin', 'promoted-admin']);
  });
});
