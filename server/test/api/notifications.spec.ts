import type { AddressInfo } from 'node:net';
import type { NotificationRecord } from '@klch/shared';
import { openEventStream } from '../support/event-stream';
import { countQueries } from '../support/query-counter';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/**
 * Notifications of the approval workflow: who is told what when a request is made, decided,
 * withdrawn or goes stale; each user reads and marks only their own; the live stream tells an open
 * page of its new notification and of the changed partnership; email preferences. (Email delivery
 * itself: notification-email.spec.ts; reminders: reminders.spec.ts.)
 */
describe(`notifications (${DB_KIND})`, () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids: Record<string, number> = {};
  let tokyoOrgId: number;

  const mine = async (who: string, filter: Record<string, unknown> = {}): Promise<{ total: number; rows: NotificationRecord[] }> => {
    const response = await t.list('/api/notifications', { filter, range: [0, 99] }, tokens[who]);
    expect(response.status).toBe(200);
    return { total: Number(response.headers['content-range'].split('/')[1]), rows: response.body };
  };
  const partnership = async (title: string) => {
    const response = await t
      .http()
      .post('/api/partnerships')
      .set(bearer(tokens.officer))
      .send({ title, category: 'international_city', instrument: 'mou', parties: [{ organisationId: tokyoOrgId, role: 'counterpart' }] });
    expect(response.status).toBe(201);
    return response.body as { id: number; version: number; code: string };
  };
  const requestChange = async (partnershipId: number, toStatus = 'proposed', who = 'officer') => {
    const response = await t.http().post('/api/status-requests').set(bearer(tokens[who])).send({ partnershipId, toStatus });
    expect(response.status).toBe(201);
    return response.body as { id: number };
  };
  const about = (rows: NotificationRecord[], requestId: number) =>
    rows.filter((row) => row.entityType === 'status-requests' && row.entityId === requestId);

  beforeAll(async () => {
    t = await startTestApp();
    for (const username of ['officer', 'manager', 'manager2', 'auditor', 'admin']) tokens[username] = await t.login(username);
    for (const row of await t.sql<{ id: number; username: string }>('SELECT id, username FROM users')) ids[row.username] = Number(row.id);
    tokyoOrgId = await t.idOf('organisations', 'name', 'Tokyo Metropolitan Government');
  });
  afterAll(() => t.close());

  it('asks for a sign-in, starts empty for the people who work the records, and is not for auditors or admins', async () => {
    expect((await t.http().get('/api/notifications')).status).toBe(401);
    for (const who of ['officer', 'manager', 'manager2']) expect((await mine(who)).total).toBe(0);
    for (const who of ['auditor', 'admin']) expect((await t.list('/api/notifications', {}, tokens[who])).status).toBe(403);
  });

  it('a new request is told to the managers who may decide it, and to nobody else', async () => {
    const p = await partnership('Notifications test: waiting');
    const request = await requestChange(p.id);
    for (const who of ['manager', 'manager2']) {
      const [waiting] = about((await mine(who)).rows, request.id);
      expect(waiting).toMatchObject({
        kind: 'request_waiting',
        partnershipId: p.id,
        readAt: null,
        params: { code: p.code, title: 'Notifications test: waiting', fromStatus: 'draft', toStatus: 'proposed', actorName: 'Demo Officer' },
      });
    }
    expect(about((await mine('officer')).rows, request.id)).toEqual([]);
    // Nobody else is told: the only notifications rows of the request are the two managers'.
    const told = await t.sql<{ user_id: number }>('SELECT user_id FROM notifications WHERE entity_id = $1 AND entity_type = $2 ORDER BY user_id', [
      request.id,
      'status-requests',
    ]);
    expect(told.map((row) => Number(row.user_id))).toEqual([ids.manager, ids.manager2].sort((a, b) => a - b));
  });

  it('a manager who requests is not told of their own request; the other manager is', async () => {
    const p = await partnership('Notifications test: manager asks');
    const request = await requestChange(p.id, 'proposed', 'manager');
    expect(about((await mine('manager')).rows, request.id)).toEqual([]);
    expect(about((await mine('manager2')).rows, request.id).map((row) => row.kind)).toEqual(['request_waiting']);
  });

  it('approval and rejection are told to the requester, with the outcome and the comment', async () => {
    const approved = await requestChange((await partnership('Notifications test: approved')).id);
    expect((await t.http().post(`/api/status-requests/${approved.id}/approve`).set(bearer(tokens.manager)).send({ comment: 'Agreed.' })).status).toBe(
      200,
    );
    const rejected = await requestChange((await partnership('Notifications test: rejected')).id);
    expect(
      (await t.http().post(`/api/status-requests/${rejected.id}/reject`).set(bearer(tokens.manager2)).send({ comment: 'Not signed yet.' })).status,
    ).toBe(200);

    const officer = (await mine('officer')).rows;
    expect(about(officer, approved.id)).toEqual([
      expect.objectContaining({
        kind: 'request_decided',
        params: expect.objectContaining({ outcome: 'approved', comment: 'Agreed.', actorName: 'Demo Manager' }),
      }),
    ]);
    expect(about(officer, rejected.id)).toEqual([
      expect.objectContaining({
        kind: 'request_decided',
        params: expect.objectContaining({ outcome: 'rejected', comment: 'Not signed yet.', actorName: 'Demo Manager Two', toStatus: 'proposed' }),
      }),
    ]);
    // The deciders were told it waits, not that they decided it.
    expect(about((await mine('manager')).rows, approved.id).map((row) => row.kind)).toEqual(['request_waiting']);
  });

  it('a withdrawal is told to the managers who were asked', async () => {
    const request = await requestChange((await partnership('Notifications test: withdrawn')).id);
    expect((await t.http().post(`/api/status-requests/${request.id}/withdraw`).set(bearer(tokens.officer))).status).toBe(200);
    for (const who of ['manager', 'manager2']) {
      expect(about((await mine(who)).rows, request.id).map((row) => row.kind)).toEqual(['request_withdrawn', 'request_waiting']);
    }
    expect(about((await mine('officer')).rows, request.id)).toEqual([]);
  });

  it('the first edit after a request makes it stale and tells the requester and the managers, once', async () => {
    const p = await partnership('Notifications test: stale');
    const request = await requestChange(p.id);
    const edit = (version: number, summary: string) =>
      t.http().put(`/api/partnerships/${p.id}`).set(bearer(tokens.manager)).send({ version, summary });
    const fresh = await t.http().get(`/api/status-requests/${request.id}`).set(bearer(tokens.manager));
    expect(fresh.body.staleSince).toBeNull();
    const first = await edit(p.version, 'Changed after the request.');
    expect(first.status).toBe(200);
    // The request now says what changed since it was made, by whom and when.
    const stale = await t.http().get(`/api/status-requests/${request.id}`).set(bearer(tokens.officer));
    expect(stale.body.staleSince).toEqual({ at: first.body.updatedAt, byName: 'Demo Manager', fields: ['summary'] });
    expect((await edit(first.body.version, 'And again.')).status).toBe(200);

    expect(about((await mine('officer')).rows, request.id)).toEqual([
      expect.objectContaining({ kind: 'request_stale', params: expect.objectContaining({ actorName: 'Demo Manager', toStatus: 'proposed' }) }),
    ]);
    // The editor knows what they did; the other manager is told.
    expect(about((await mine('manager')).rows, request.id).map((row) => row.kind)).toEqual(['request_waiting']);
    expect(about((await mine('manager2')).rows, request.id).map((row) => row.kind)).toEqual(['request_stale', 'request_waiting']);
  });

  it("each user reads and marks only their own: another's notification is a 404 and stays unread", async () => {
    const [theirs] = (await mine('manager')).rows;
    expect((await t.http().get(`/api/notifications/${theirs.id}`).set(bearer(tokens.officer))).status).toBe(404);
    const refused = await t.http().post(`/api/notifications/${theirs.id}/read`).set(bearer(tokens.officer));
    expect(refused.status).toBe(404);
    expect(refused.body.message).toBe(`Notification ${theirs.id} does not exist.`);
    expect((await t.http().get(`/api/notifications/${theirs.id}`).set(bearer(tokens.manager))).body.readAt).toBeNull();
    expect((await t.http().post('/api/notifications/abc/read').set(bearer(tokens.manager))).status).toBe(400);
    // A filter that does not exist is refused, never ignored into someone else's rows.
    expect((await t.list('/api/notifications', { filter: { userId: ids.officer } }, tokens.manager)).status).toBe(400);
  });

  it('marks one read (audited, again harmless), then all; the unread filter counts what is left', async () => {
    const before = await mine('manager2', { unread: true });
    expect(before.total).toBeGreaterThan(2);
    const [first] = before.rows;
    const read = await t.http().post(`/api/notifications/${first.id}/read`).set(bearer(tokens.manager2));
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const again = await t.http().post(`/api/notifications/${first.id}/read`).set(bearer(tokens.manager2));
    expect(again.body.readAt).toBe(read.body.readAt);
    expect((await mine('manager2', { unread: true })).total).toBe(before.total - 1);
    expect((await mine('manager2', { unread: false })).rows.map((row) => row.id)).toEqual([first.id]);
    expect(await t.eventsOf('notifications', first.id)).toEqual([expect.objectContaining({ action: 'update', actor_name: 'Demo Manager Two' })]);

    const managerUnread = (await mine('manager', { unread: true })).total;
    const all = await t.http().post('/api/notifications/read-all').set(bearer(tokens.manager2));
    expect(all.body).toEqual({ marked: before.total - 1 });
    expect((await mine('manager2', { unread: true })).total).toBe(0);
    expect((await mine('manager', { unread: true })).total).toBe(managerUnread);
    expect((await t.http().post('/api/notifications/read-all').set(bearer(tokens.manager2))).body).toEqual({ marked: 0 });
  });

  it('email preferences: every kind by default; a chosen list is saved and audited; a wrong kind is a 400 that changes nothing', async () => {
    const get = () => t.http().get('/api/notifications/preferences').set(bearer(tokens.officer));
    expect((await get()).body.emailKinds).toContain('request_decided');
    const bad = await t
      .http()
      .put('/api/notifications/preferences')
      .set(bearer(tokens.officer))
      .send({ emailKinds: ['request_decided', 'spam'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.emailKinds).toMatch(/must be one of/);
    expect((await t.http().put('/api/notifications/preferences').set(bearer(tokens.officer)).send({})).status).toBe(400);
    expect((await get()).body.emailKinds).toHaveLength(9);

    const saved = await t
      .http()
      .put('/api/notifications/preferences')
      .set(bearer(tokens.officer))
      .send({ emailKinds: ['reminder_expiry', 'request_decided'] });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ emailKinds: ['request_decided', 'reminder_expiry'] });
    expect((await get()).body).toEqual(saved.body);
    const [event] = (await t.eventsOf('users', ids.officer)).map((row) => JSON.parse(row.changes)).filter((changes) => changes.emailNotifications);
    expect(event.emailNotifications[1]).toEqual(['request_decided', 'reminder_expiry']);
  });

  it('the live stream tells the open page of its new notification and of the partnership that changed, after commit', async () => {
    await t.app.listen(0, '127.0.0.1');
    const address = t.app.getHttpServer().address() as AddressInfo;
    const refused = await openEventStream(address, 'not-a-token');
    expect(refused.status).toBe(401);
    refused.close();

    const p = await partnership('Notifications test: live');
    const request = await requestChange(p.id);
    const stream = await openEventStream(address, tokens.officer);
    try {
      expect(stream.status).toBe(200);
      const first = await stream.next((event) => event.type === 'notifications');
      expect(first).toEqual({ type: 'notifications', unread: expect.any(Number) });
      const unread = (first as { unread: number }).unread;

      expect((await t.http().post(`/api/status-requests/${request.id}/approve`).set(bearer(tokens.manager)).send({})).status).toBe(200);
      await stream.next((event) => event.type === 'notifications' && event.unread === unread + 1);
      await stream.next((event) => event.type === 'changed' && event.resource === 'partnerships' && event.id === String(p.id));
      await stream.next((event) => event.type === 'changed' && event.resource === 'status-requests' && event.id === String(request.id));
      // A refused change announces nothing.
      const count = stream.events.length;
      expect((await t.http().put(`/api/partnerships/${p.id}`).set(bearer(tokens.officer)).send({ version: 1, summary: 'stale' })).status).toBe(409);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(stream.events.slice(count).filter((event) => event.type === 'changed' && event.resource === 'partnerships')).toEqual([]);
    } finally {
      stream.close();
    }
  });

  it("the bell (every page's unread list) costs the same few statements however many notifications the page holds", async () => {
    const counter = countQueries(t.dataSource);
    try {
      const statements = async (range: [number, number]) => {
        const { result, queries } = await counter.during(() =>
          t.list('/api/notifications', { filter: { unread: true }, range, sort: ['id', 'DESC'] }, tokens.manager),
        );
        expect(result.status).toBe(200);
        return queries.length;
      };
      const one = await statements([0, 0]);
      expect(await statements([0, 7])).toBe(one);
      // The session check, the count and the page: no statement per notification.
      expect(one).toBeLessThanOrEqual(3);
    } finally {
      counter.stop();
    }
  });
});
