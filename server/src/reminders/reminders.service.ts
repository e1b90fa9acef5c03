import * as os from 'node:os';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReminderRunResult } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { changedRows, sqlPlaceholders } from '../database/raw-sql';
import { todayInKualaLumpur } from '../database/timestamps';
import { transactionTime } from '../database/transaction-time';
import { TransactionRunner } from '../database/transaction-runner';
import { MilestonesService } from '../milestones';
import { NotificationsService } from '../notifications';
import { PartnershipsService } from '../partnerships';
import { decidersOf, StatusRequestsService } from '../status-requests';
import { type ReminderCandidate, reminderCandidates } from './reminder-candidates';

export const REMINDERS_JOB = 'reminders';
const INSTANCE = `${os.hostname()}:${process.pid}`.slice(0, 100);

/**
 * The reminders: found by the dashboard's rules, then sent in one transaction, each at most once per
 * record, threshold and person (the unique key of reminders_sent decides, on every instance), with
 * one audit event for the run. `runDaily` also claims the day in job_runs in that transaction, so of
 * several instances sharing a database one sends the day's reminders and the others find it done.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly partnerships: PartnershipsService,
    private readonly milestones: MilestonesService,
    private readonly requests: StatusRequestsService,
  ) {}

  /** On demand (an admin, the CLI): whatever is due and not yet sent. */
  async run(actor: Actor, now: Date = new Date()): Promise<ReminderRunResult> {
    const day = todayInKualaLumpur(now);
    const candidates = await reminderCandidates(this.sources(), day, now);
    return this.db.write((manager) => this.send(manager, actor, day, candidates));
  }

  /** The day's run, unless another instance (or an earlier start of this one) has done it: null then. */
  async runDaily(actor: Actor, now: Date = new Date()): Promise<ReminderRunResult | null> {
    const day = todayInKualaLumpur(now);
    const candidates = await reminderCandidates(this.sources(), day, now);
    return this.db.write(async (manager) => {
      // Waits here while another instance's claim of the same day is uncommitted, then finds it taken.
      const [p1, p2, p3, p4] = sqlPlaceholders(manager, 4);
      const claimed = await changedRows(
        manager,
        `INSERT INTO job_runs (job, day, started_at, instance) VALUES (${p1}, ${p2}, ${p3}, ${p4}) ON CONFLICT DO NOTHING`,
        [REMINDERS_JOB, day, transactionTime(manager), INSTANCE],
      );
      return claimed ? this.send(manager, actor, day, candidates) : null;
    });
  }

  private sources() {
    return { partnerships: this.partnerships, milestones: this.milestones, requests: this.requests };
  }

  /** Whether the day's run is done (by any instance). */
  async ranOn(day: string): Promise<boolean> {
    return this.db.read(async (manager) => {
      const [p1, p2] = sqlPlaceholders(manager, 2);
      const rows = await manager.query(`SELECT 1 AS done FROM job_runs WHERE job = ${p1} AND day = ${p2}`, [REMINDERS_JOB, day]);
      return rows.length > 0;
    });
  }

  private async send(manager: EntityManager, actor: Actor, day: string, candidates: ReminderCandidate[]): Promise<ReminderRunResult> {
    const result: ReminderRunResult = { day, sent: {}, alreadySent: 0 };
    const managers = new Map<number, number[]>();
    const decidersFor = async (requesterId: number) => {
      if (!managers.has(requesterId)) managers.set(requesterId, await decidersOf(manager, requesterId));
      return managers.get(requesterId)!;
    };
    const sentAt = transactionTime(manager);
    const [k, e, t, u, s] = sqlPlaceholders(manager, 5);
    const record = `INSERT INTO reminders_sent (kind, entity_id, threshold, user_id, sent_at) VALUES (${k}, ${e}, ${t}, ${u}, ${s}) ON CONFLICT DO NOTHING`;
    for (const candidate of candidates) {
      const to = candidate.toDeciders
        ? await decidersFor(candidate.toDeciders.requesterId)
        : candidate.ownerId !== null
          ? [candidate.ownerId]
          : await decidersFor(0);
      for (const userId of to) {
        if (!(await changedRows(manager, record, [candidate.kind, candidate.entityId, candidate.threshold, userId, sentAt]))) {
          result.alreadySent += 1;
          continue;
        }
        const { kind, entityType, entityId, partnershipId, params } = candidate;
        const ids = await this.notifications.notify(manager, { kind, entityType, entityId, partnershipId, params, to: [userId] });
        const notificationId = ids.get(userId);
        if (notificationId === undefined) continue; // a deactivated account: recorded, never told
        const [n, k2, e2, t2, u2] = sqlPlaceholders(manager, 5);
        await manager.query(
          `UPDATE reminders_sent SET notification_id = ${n} WHERE kind = ${k2} AND entity_id = ${e2} AND threshold = ${t2} AND user_id = ${u2}`,
          [notificationId, kind, entityId, candidate.threshold, userId],
        );
        result.sent[kind] = (result.sent[kind] ?? 0) + 1;
      }
    }
    const total = Object.values(result.sent).reduce((sum, n) => sum + (n ?? 0), 0);
    if (total) {
      await this.audit.append(manager, actor, {
        action: 'create',
        entityType: 'reminders',
        entityId: day,
        changes: { sent: [null, result.sent] },
        reason: `${total} reminders sent for ${day}`,
      });
    }
    return result;
  }
}
