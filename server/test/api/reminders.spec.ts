import type { NotificationRecord, ReminderRunResult } from '@klch/shared';
import { SYSTEM_ACTOR } from '../../src/audit/actor';
import { addDays, addMonths, todayInKualaLumpur } from '../../src/database/timestamps';
import { RemindersService } from '../../src/reminders';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/**
 * The reminders on crafted records dated relative to today (Kuala Lumpur's): each rule reminds the
 * right person once per record and threshold, whoever runs it and however often; an admin runs it
 * on demand; and of two instances sharing the database, one runs the day.
 */
describe(`reminders (${DB_KIND})`, () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids: Record<string, number> = {};
  const crafted: Record<string, number> = {};
  let tokyoOrgId: number;
  const today = todayInKualaLumpur();

  const craft = async (name: string, set: { status: string; expiresOn?: string; nextReviewOn?: string; ownerId?: number | null }) => {
    const response = await t
      .http()
      .post('/api/partnerships')
      .set(bearer(tokens.officer))
      .send({
        title: `Reminder test: ${name}`,
        category: 'international_city',
        instrument: 'mou',
        parties: [{ organisationId: tokyoOrgId, role: 'counterpart' }],
      });
    expect(response.status).toBe(201);
    const id = response.body.id as number;
    await t.sql('UPDATE partnerships SET status = $1, expires_on = $2, next_review_on = $3, owner_id = $4 WHERE id = $5', [
      set.status,
      set.expiresOn ?? null,
      set.nextReviewOn ?? null,
      set.ownerId === undefined ? ids.officer : set.ownerId,
      id,
    ]);
    crafted[name] = id;
    return id;
  };
  const run = async (who = 'admin'): Promise<ReminderRunResult> => {
    const response = await t.http().post('/api/reminders/run').set(bearer(tokens[who]));
    expect(response.status).toBe(200);
    return response.body;
  };
  const remindersOf = async (who: string): Promise<NotificationRecord[]> => {
    const response = await t.list('/api/notifications', { range: [0, 99] }, tokens[who]);
    return (response.body as NotificationRecord[]).filter((row) => row.kind.startsWith('reminder_') && row.params.title?.startsWith('Reminder test'));
  };
  const keyOf = (row: NotificationRecord) => `${row.kind} ${row.params.title!.replace('Reminder test: ', '')}`;

  beforeAll(async () => {
    t = await startTestApp();
    for (const username of ['officer', 'manager', 'manager2', 'auditor', 'admin']) tokens[username] = await t.login(username);
    for (const row of await t.sql<{ id: number; username: string }>('SELECT id, username FROM users')) ids[row.username] = Number(row.id);
    tokyoOrgId = await t.idOf('organisations', 'name', 'Tokyo Metropolitan Government');
    // The demo data's own reminders are sent first, so what follows is about the crafted records only.
    await t.app.get(RemindersService).run(SYSTEM_ACTOR);

    await craft('expires in 60 days', { status: 'active', expiresOn: addDays(today, 60) });
    await craft('expires in 5 days', { status: 'active', expiresOn: addDays(today, 5) });
    await craft('expires in 200 days', { status: 'active', expiresOn: addDays(today, 200) });
    await craft('halted, expires in 20 days', { status: 'halted', expiresOn: addDays(today, 20) });
    await craft('review today', { status: 'halted', nextReviewOn: today });
    await craft('review tomorrow', { status: 'active', nextReviewOn: addDays(today, 1) });
    await craft('no owner, review passed', { status: 'active', nextReviewOn: addDays(today, -3), ownerId: null });
    const dormant = await craft('dormant', { status: 'under_negotiation' });
    await t.sql('UPDATE partnerships SET updated_at = $1 WHERE id = $2', [`${addMonths(today, -30)}T01:00:00.000Z`, dormant]);
    const withMilestone = await craft('milestone overdue', { status: 'active' });
    const milestone = await t
      .http()
      .post('/api/milestones')
      .set(bearer(tokens.officer))
      .send({ partnershipId: withMilestone, title: 'Annual report', kind: 'report', dueOn: addDays(today, -2), ownerId: ids.manager });
    expect(milestone.status).toBe(201);
  });
  afterAll(() => t.close());

  it('only an admin runs them on demand', async () => {
    for (const who of ['officer', 'manager', 'auditor'])
      expect((await t.http().post('/api/reminders/run').set(bearer(tokens[who]))).status).toBe(403);
    expect((await t.http().post('/api/reminders/run')).status).toBe(401);
  });

  it('reminds each owner of exactly what is due, at the nearest threshold reached', async () => {
    const result = await run();
    expect(result.day).toBe(today);
    expect((await remindersOf('officer')).map(keyOf).sort()).toEqual(
      ['reminder_dormant dormant', 'reminder_expiry expires in 5 days', 'reminder_expiry expires in 60 days', 'reminder_review review today'].sort(),
    );
    const [sixty] = (await remindersOf('officer')).filter((row) => keyOf(row) === 'reminder_expiry expires in 60 days');
    expect(sixty.params).toMatchObject({ days: 60, date: addDays(today, 60) });
    const [key] = await t.sql<{ threshold: string }>('SELECT threshold FROM reminders_sent WHERE kind = $1 AND entity_id = $2', [
      'reminder_expiry',
      crafted['expires in 60 days'],
    ]);
    expect(key.threshold).toBe('90d');
    // The milestone's owner is reminded of it; a partnership without an owner goes to the managers.
    expect((await remindersOf('manager')).map(keyOf).sort()).toEqual([
      'reminder_milestone_overdue milestone overdue',
      'reminder_review no owner, review passed',
    ]);
    expect((await remindersOf('manager2')).map(keyOf)).toEqual(['reminder_review no owner, review passed']);
    // Auditors own nothing and are told nothing (they have no notifications at all).
    expect(await t.count('notifications', 'WHERE user_id = $1', [ids.auditor])).toBe(0);
    // One audit event for the run, naming what it sent.
    expect(await t.eventsOf('reminders', today)).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'create', actor_name: 'Demo Admin' })]),
    );
  });

  it('never sends the same reminder twice for the same record and threshold; a new threshold reminds again', async () => {
    const before = await t.count('notifications');
    const again = await run();
    expect(again.sent).toEqual({});
    expect(again.alreadySent).toBeGreaterThan(0);
    expect(await t.count('notifications')).toBe(before);

    // 35 days on, the 60-day one has reached the 30-day threshold; the 5-day one has expired (no longer expiring).
    const later = new Date(Date.now() + 35 * 24 * 60 * 60 * 1000);
    const result = await t.app.get(RemindersService).run(SYSTEM_ACTOR, later);
    expect(result.sent.reminder_expiry).toBeGreaterThanOrEqual(1);
    const keys = await t.sql<{ threshold: string }>('SELECT threshold FROM reminders_sent WHERE kind = $1 AND entity_id = $2 ORDER BY threshold', [
      'reminder_expiry',
      crafted['expires in 60 days'],
    ]);
    expect(keys.map((row) => row.threshold)).toEqual(['30d', '90d']);
  });

  it('escalates a request waiting more than 7 days to every manager who may decide it', async () => {
    const request = await t
      .http()
      .post('/api/status-requests')
      .set(bearer(tokens.manager))
      .send({ partnershipId: crafted['review tomorrow'], toStatus: 'halted', reason: 'Test', nextReviewOn: addDays(today, 90) });
    expect(request.status).toBe(201);
    await t.sql('UPDATE status_requests SET requested_at = $1 WHERE id = $2', [
      new Date(Date.now() - 8 * 24 * 60 * 60 * 1000).toISOString(),
      request.body.id,
    ]);
    await run();
    const escalated = (who: string) => remindersOf(who).then((rows) => rows.filter((row) => row.kind === 'reminder_approval_overdue'));
    expect((await escalated('manager2')).map((row) => row.params)).toEqual([
      expect.objectContaining({ days: 8, toStatus: 'halted', actorName: 'Demo Manager' }),
    ]);
    // Not to the requester: they cannot decide it.
    expect(await escalated('manager')).toEqual([]);
  });

  // On SQLite one server owns the file (better-sqlite3 waits for a lock synchronously, so two in one
  // process would block each other's commits); there, the day is claimed against later runs of the same one.
  it('of two instances sharing the database, one runs the day; the other finds it done', async () => {
    const second = DB_KIND === 'postgres' ? await startTestApp({}, { attachTo: t }) : t;
    try {
      const now = new Date(Date.now() + 40 * 24 * 60 * 60 * 1000);
      const before = await t.count('notifications');
      const [a, b] = await Promise.all([
        t.app.get(RemindersService).runDaily(SYSTEM_ACTOR, now),
        second.app.get(RemindersService).runDaily(SYSTEM_ACTOR, now),
      ]);
      expect([a, b].filter((result) => result !== null)).toHaveLength(1);
      const ran = (a ?? b)!;
      const sent = Object.values(ran.sent).reduce((sum, n) => sum + (n ?? 0), 0);
      expect(await t.count('notifications')).toBe(before + sent);
      expect(await t.count('job_runs', 'WHERE day = $1', [ran.day])).toBe(1);
      // Later the same day, neither runs it again.
      expect(await second.app.get(RemindersService).runDaily(SYSTEM_ACTOR, now)).toBeNull();
      const duplicates = await t.sql(
        'SELECT kind, entity_id, threshold, user_id FROM reminders_sent GROUP BY kind, entity_id, threshold, user_id HAVING COUNT(*) > 1',
      );
      expect(duplicates).toEqual([]);
    } finally {
      if (second !== t) await second.close();
    }
  });
});
