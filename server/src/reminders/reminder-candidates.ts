import {
  APPROVAL_ESCALATION_DAYS,
  DORMANT_MONTHS,
  EXPIRY_REMINDER_DAYS,
  LIVE_STATUSES,
  type NotificationKind,
  type NotificationParams,
  type NotificationRecord,
  type PartnershipRecord,
} from '@klch/shared';
import type { ListResult } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { MAX_PAGE_SIZE } from '../common/list-query/list-spec';
import { addDays, addMonths } from '../database/timestamps';
import type { MilestonesService } from '../milestones';
import type { PartnershipsService } from '../partnerships';
import type { StatusRequestsService } from '../status-requests';

/**
 * One reminder due today: what it is about, its threshold (the part of its key that says "this
 * occasion": 90 days before expiry, the review date of 01/12/2026), and who it goes to. A reminder
 * is sent once per kind, record, threshold and person (reminders_sent).
 */
export interface ReminderCandidate {
  kind: Extract<NotificationKind, `reminder_${string}`>;
  entityType: NotificationRecord['entityType'];
  entityId: number;
  partnershipId: number;
  threshold: string;
  params: NotificationParams;
  /** The owner; null when the record has none (then the managers are told). */
  ownerId: number | null;
  /** Escalations go to every manager who may decide, whoever owns the record. */
  toDeciders?: { requesterId: number };
}

export interface ReminderSources {
  partnerships: PartnershipsService;
  milestones: MilestonesService;
  requests: StatusRequestsService;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** Every page of a list, through the same getList the dashboard's cards and the lists use, so a reminder and the card it matches agree. */
async function everyRecord<R>(list: (raw: RawListQuery) => Promise<ListResult<R>>, filter: object, sort: [string, 'ASC' | 'DESC']): Promise<R[]> {
  const all: R[] = [];
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const page = await list({
      filter: JSON.stringify(filter),
      sort: JSON.stringify(sort),
      range: JSON.stringify([offset, offset + MAX_PAGE_SIZE - 1]),
    });
    all.push(...page.rows);
    if (page.rows.length < MAX_PAGE_SIZE || all.length >= page.total) return all;
  }
}

const titled = (p: Pick<PartnershipRecord, 'code' | 'title' | 'titleMs'>): NotificationParams => ({
  code: p.code,
  title: p.title,
  titleMs: p.titleMs,
});

/**
 * The reminders due on `today` (Kuala Lumpur's date), by the rules of the dashboard's attention
 * groups (dashboard/attention-rules.ts): expiry at 180/90/30/7 days, review date reached, overdue
 * milestones, dormant partnerships, and requests waiting longer than APPROVAL_ESCALATION_DAYS.
 */
export async function reminderCandidates(sources: ReminderSources, today: string, now: Date): Promise<ReminderCandidate[]> {
  const candidates: ReminderCandidate[] = [];
  const largest = EXPIRY_REMINDER_DAYS[0];

  const expiring = await everyRecord(
    (raw) => sources.partnerships.list(raw),
    { status: 'active', expiresOn_gte: today, expiresOn_lte: addDays(today, largest) },
    ['expiresOn', 'ASC'],
  );
  for (const p of expiring) {
    const days = daysBetween(today, p.expiresOn!);
    // The nearest threshold it has reached: a partnership first seen at 60 days gets the 90-day reminder, not 180 and 90 both.
    const threshold = [...EXPIRY_REMINDER_DAYS].reverse().find((limit) => days <= limit)!;
    candidates.push({
      kind: 'reminder_expiry',
      entityType: 'partnerships',
      entityId: p.id,
      partnershipId: p.id,
      threshold: `${threshold}d`,
      params: { ...titled(p), date: p.expiresOn, days },
      ownerId: p.ownerId,
    });
  }

  const reviewDue = await everyRecord((raw) => sources.partnerships.list(raw), { nextReviewOn_lte: today }, ['nextReviewOn', 'ASC']);
  for (const p of reviewDue) {
    // Keyed by the review date: a new date set after the review reminds again when it comes.
    candidates.push({
      kind: 'reminder_review',
      entityType: 'partnerships',
      entityId: p.id,
      partnershipId: p.id,
      threshold: p.nextReviewOn!,
      params: { ...titled(p), date: p.nextReviewOn },
      ownerId: p.ownerId,
    });
  }

  const dormant = await everyRecord(
    (raw) => sources.partnerships.list(raw),
    { status: [...LIVE_STATUSES], inactiveSince: addMonths(today, -DORMANT_MONTHS) },
    ['updatedAt', 'ASC'],
  );
  for (const p of dormant) {
    const lastActivity = p.updatedAt.slice(0, 10);
    // Keyed by its last change: woken up and then dormant again, it reminds again.
    candidates.push({
      kind: 'reminder_dormant',
      entityType: 'partnerships',
      entityId: p.id,
      partnershipId: p.id,
      threshold: lastActivity,
      params: { ...titled(p), date: lastActivity },
      ownerId: p.ownerId,
    });
  }

  const overdue = await everyRecord((raw) => sources.milestones.list(raw), { overdue: true }, ['dueOn', 'ASC']);
  const parents = await partnershipsById(
    sources,
    overdue.map((m) => m.partnershipId),
  );
  for (const m of overdue) {
    const parent = parents.get(m.partnershipId);
    if (!parent) continue; // its partnership is archived: nothing to chase
    candidates.push({
      kind: 'reminder_milestone_overdue',
      entityType: 'milestones',
      entityId: m.id,
      partnershipId: m.partnershipId,
      threshold: m.dueOn!,
      params: { ...titled(parent), milestoneTitle: m.title, date: m.dueOn },
      ownerId: m.ownerId ?? parent.ownerId,
    });
  }

  const waitedSince = new Date(now.getTime() - APPROVAL_ESCALATION_DAYS * DAY_MS).toISOString();
  const waiting = await everyRecord((raw) => sources.requests.list(raw), { state: 'pending', requestedAt_lte: waitedSince }, ['requestedAt', 'ASC']);
  const requested = await partnershipsById(
    sources,
    waiting.map((r) => r.partnershipId),
  );
  for (const r of waiting) {
    const parent = requested.get(r.partnershipId);
    if (!parent) continue;
    candidates.push({
      kind: 'reminder_approval_overdue',
      entityType: 'status-requests',
      entityId: r.id,
      partnershipId: r.partnershipId,
      threshold: `${APPROVAL_ESCALATION_DAYS}d`,
      params: {
        ...titled(parent),
        fromStatus: r.fromStatus,
        toStatus: r.toStatus,
        actorName: r.requestedByName,
        days: Math.floor((now.getTime() - Date.parse(r.requestedAt)) / DAY_MS),
      },
      ownerId: null,
      toDeciders: { requesterId: r.requestedById },
    });
  }
  return candidates;
}

async function partnershipsById(sources: ReminderSources, ids: number[]): Promise<Map<number, PartnershipRecord>> {
  const wanted = [...new Set(ids)];
  const found = new Map<number, PartnershipRecord>();
  for (let start = 0; start < wanted.length; start += MAX_PAGE_SIZE) {
    const batch = wanted.slice(start, start + MAX_PAGE_SIZE);
    const rows = await everyRecord((raw) => sources.partnerships.list(raw), { id: batch }, ['id', 'ASC']);
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}
