/**
 * Notifications (`/api/notifications`): what happened that a person should know, in the app always
 * and by email when they choose. Each user sees only their own. A notification stores its kind and
 * the facts of the moment (`params`); the UI and the email put them into words in the reader's
 * language, so a notification reads right whichever language its reader later picks.
 */
import type { PartnershipStatus } from './partnership-vocabulary';

export const NOTIFICATION_KINDS = [
  /** Your request was approved or rejected (params.outcome, params.comment). To the requester. */
  'request_decided',
  /** A request waits for a decision you may make. To the managers who may decide it. */
  'request_waiting',
  /** A request you were asked to decide was withdrawn. To the same managers. */
  'request_withdrawn',
  /** The partnership changed after the request was made, so it can no longer be approved. To the requester and the managers. */
  'request_stale',
  /** An active partnership expires within a threshold (params.days, params.threshold). To its owner. */
  'reminder_expiry',
  /** Its review date has come (params.date). To its owner. */
  'reminder_review',
  /** A milestone is past its due date (params.milestoneTitle, params.date). To the milestone's owner, else the partnership's. */
  'reminder_milestone_overdue',
  /** Nothing has happened to the partnership for DORMANT_MONTHS (params.date: its last activity). To its owner. */
  'reminder_dormant',
  /** A request has waited longer than APPROVAL_ESCALATION_DAYS (params.days). To every manager who may decide it. */
  'reminder_approval_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Days before expiry at which the owner is reminded, largest first; each threshold once per partnership. */
export const EXPIRY_REMINDER_DAYS = [180, 90, 30, 7] as const;

/** A pending request older than this is escalated to every manager who may decide it. */
export const APPROVAL_ESCALATION_DAYS = 7;

/** The facts a notification is worded from; which ones are set depends on the kind. */
export interface NotificationParams {
  code?: string;
  title?: string;
  titleMs?: string | null;
  fromStatus?: PartnershipStatus;
  toStatus?: PartnershipStatus;
  outcome?: 'approved' | 'rejected';
  comment?: string | null;
  /** Who did it (the decider, the requester, the one who changed the partnership). */
  actorName?: string | null;
  milestoneTitle?: string;
  /** The date the reminder is about (expiry, review, due date, last activity), YYYY-MM-DD. */
  date?: string | null;
  /** Days left (expiry) or waited (approval). */
  days?: number;
}

export interface NotificationRecord {
  id: number;
  kind: NotificationKind;
  /** The record it is about, and its partnership: the link opens the partnership. */
  entityType: 'partnerships' | 'milestones' | 'status-requests';
  entityId: number;
  partnershipId: number;
  params: NotificationParams;
  createdAt: string;
  /** Null while unread. */
  readAt: string | null;
}

/** GET/PUT /api/notifications/preferences: which kinds the signed-in user also gets by email (in the app always). */
export interface NotificationPreferences {
  emailKinds: NotificationKind[];
}

/** POST /api/reminders/run: what one run of the reminders found and sent. */
export interface ReminderRunResult {
  /** Kuala Lumpur's date the run reminded for. */
  day: string;
  /** Reminders sent in this run (a notification each), by kind. */
  sent: Partial<Record<NotificationKind, number>>;
  /** Reminders found again that were already sent for the same record and threshold, hence not sent twice. */
  alreadySent: number;
}

/** Events on the live stream (`GET /api/events`, Server-Sent Events). */
export type LiveEvent =
  /** The reader's unread count changed (a notification arrived or was read). */
  | { type: 'notifications'; unread: number }
  /** A record changed (any write the reader may see): open pages showing it refetch. */
  | { type: 'changed'; resource: string; id: string | null };
