/**
 * The calendar (`GET /api/calendar`, `GET /api/calendar.ics`): the dated things of the register —
 * milestones by their due date, partnerships by their expiry and their next review — for a range of
 * days, as the database computes them.
 */
import type { PartnershipStatus } from './partnership-vocabulary';
import type { MilestoneStatus } from './workflow-vocabulary';

/** What an entry is: a milestone due, a partnership expiring, a partnership's review date. */
export const CALENDAR_KINDS = ['milestone', 'expiry', 'review'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/** The longest range one request may ask for, in days (from and to included): a year and a month, with room to spare. */
export const MAX_CALENDAR_DAYS = 400;

/**
 * The most entries one answer holds; past it, the answer says `truncated` (the first ones by date are
 * kept). A month of the whole register is far below it; a year of it at 100,000 partnerships is not.
 */
export const MAX_CALENDAR_ENTRIES = 5000;

/** Without `from`, the range starts this many days before today (Kuala Lumpur's), so the recent past shows too. */
export const CALENDAR_DEFAULT_PAST_DAYS = 30;

/** The query both endpoints take (all optional; the ids as the address writes them). */
export interface CalendarQuery {
  /** First day, yyyy-mm-dd. Default: today minus CALENDAR_DEFAULT_PAST_DAYS. */
  from?: string;
  /** Last day, yyyy-mm-dd, at most MAX_CALENDAR_DAYS from `from` (both included). Default: the longest range. */
  to?: string;
  partnershipId?: number;
  /** The owner: a milestone's own owner, or else its partnership's; a partnership's owner for its expiry and review. */
  ownerId?: number;
  /** One or more kinds, comma-separated (`milestone,review`). Default: all. */
  kind?: CalendarKind[];
}

export interface CalendarEntry {
  /** Stable across requests and databases: `milestone-12`, `expiry-5`, `review-5` (the .ics UID is built from it). */
  key: string;
  kind: CalendarKind;
  /** yyyy-mm-dd: the due date, the expiry date or the review date. */
  date: string;
  partnershipId: number;
  code: string;
  title: string;
  titleMs: string | null;
  /** The partnership's status. */
  status: PartnershipStatus;
  /** Milestone entries only (null otherwise). */
  milestoneId: number | null;
  milestoneTitle: string | null;
  milestoneStatus: MilestoneStatus | null;
  ownerId: number | null;
  ownerName: string | null;
}

export interface CalendarRecord {
  /** The range the entries cover (as asked, or the defaults), yyyy-mm-dd. */
  from: string;
  to: string;
  /** By date, then expiry, review, milestone, then partnership and milestone id. */
  entries: CalendarEntry[];
  /** True when more than MAX_CALENDAR_ENTRIES matched: only the first ones are here. */
  truncated: boolean;
}
