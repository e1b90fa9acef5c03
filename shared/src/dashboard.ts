/**
 * The dashboard (`GET /api/dashboard`): what needs attention today, and the counts of the register.
 * Every attention group names the list that holds exactly its records (resource, filter, sort), so
 * a card links to a list a person can share, and a test can prove the card and the list agree.
 */
import type { PartnershipStatus } from './partnership-vocabulary';

/** Expiry windows, in days from today (Kuala Lumpur's date): each group holds every active partnership expiring within it. */
export const EXPIRY_WINDOWS = [30, 90, 180] as const;
export type ExpiryWindow = (typeof EXPIRY_WINDOWS)[number];

/** A partnership is dormant when nothing has happened to it for this long (no edit, milestone, document or status change). */
export const DORMANT_MONTHS = 24;

/** The statuses of a partnership that is still meant to be alive: only these can be dormant. */
export const LIVE_STATUSES: readonly PartnershipStatus[] = ['proposed', 'nominated', 'under_negotiation', 'active', 'halted'];

export const ATTENTION_KINDS = [
  'expired_active',
  'expiring_30',
  'expiring_90',
  'expiring_180',
  'review_due',
  'milestones_overdue',
  'dormant',
  'pending_approvals',
  'my_pending_requests',
  'my_partnerships',
] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** The list an attention group opens: react-admin's resource, filter and sort, as the list API takes them. */
export interface AttentionLink {
  resource: 'partnerships' | 'milestones' | 'status-requests';
  filter: Record<string, unknown>;
  sort: { field: string; order: 'ASC' | 'DESC' };
}

/** One record of a group, enough to show it on a card: the partnership, and the date that puts it there. */
export interface AttentionItem {
  /** The listed record's id (a partnership, a milestone or a status request). */
  id: number;
  partnershipId: number;
  code: string;
  title: string;
  titleMs: string | null;
  status: PartnershipStatus;
  /** The date that makes it need attention: expiry, review, due date, last activity, or when it was requested. */
  date: string | null;
  /** A milestone's title, or the status a request asks for. */
  detail: string | null;
}

export interface AttentionGroup {
  kind: AttentionKind;
  count: number;
  /** The first few, in the link's order. */
  items: AttentionItem[];
  link: AttentionLink;
}

export interface CountRow {
  key: string;
  count: number;
}

export interface DashboardRecord {
  /** Kuala Lumpur's date the dashboard was computed for (yyyy-mm-dd). */
  today: string;
  /** Partnerships not archived, by status, category, party country and SDG target. */
  byStatus: CountRow[];
  byCategory: CountRow[];
  byCountry: CountRow[];
  bySdgTarget: CountRow[];
  /** The groups this user's role works on, each with at least its count (zero included). */
  attention: AttentionGroup[];
  /** The latest changes to the register (newest first), for a feed written in words. */
  recentActivity: ActivityItem[];
  /** For the roles that read the audit trail: the chain's head, the last export, the latest refused accesses. */
  auditTrail?: AuditTrailStatus;
}

/** The changes the activity feed tells of (reads, sign-ins and refusals are the audit log's). */
export const ACTIVITY_ACTIONS = ['create', 'update', 'delete', 'archive', 'status_request', 'withdraw', 'approve', 'reject', 'upload'] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];
export const ACTIVITY_RESOURCES = ['partnerships', 'organisations', 'milestones', 'documents', 'status-requests'] as const;
export type ActivityResource = (typeof ACTIVITY_RESOURCES)[number];

/** One change, with what a sentence needs: who, what, and the record by its name, not its id. */
export interface ActivityItem {
  /** The audit event's seq. */
  id: number;
  at: string;
  /** Who did it; null for the app itself (the demo data loaded at the first start). */
  actorName: string | null;
  action: ActivityAction;
  entityType: ActivityResource;
  /** The partnership it concerns (a milestone's, a document's, a request's), if any. */
  partnershipId: number | null;
  code: string | null;
  title: string | null;
  titleMs: string | null;
  /** The milestone's title, the document's file name, the organisation's name. */
  detail: string | null;
  /** The status a request asks for. */
  toStatus: PartnershipStatus | null;
}

export interface AuditTrailStatus {
  /** The newest event: how long the chain is and when it last grew. */
  head: { seq: number; at: string | null };
  /** The latest export of the trail (CSV/JSON, with its signed head), or null if it was never exported. */
  lastExport: { at: string; actorName: string | null } | null;
  /** The latest refused accesses (403s), newest first. */
  refusals: Array<{ id: number; at: string; actorName: string | null; entityType: string; reason: string | null }>;
}

/** How many items the activity feed and the refusals list show. */
export const RECENT_ITEMS_SHOWN = 8;

/** How many records each attention group shows on the dashboard itself. */
export const ATTENTION_ITEMS_SHOWN = 5;
