import type { PartnershipStatus } from './partnership-vocabulary';
import { canAccess } from './permissions';
import type { Role } from './roles';

/** A status-change request's life: pending until a manager decides, or its requester withdraws it. */
export const STATUS_REQUEST_STATES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type StatusRequestState = (typeof STATUS_REQUEST_STATES)[number];

/** Targets whose request must say why (an auditor will ask). */
const REASON_REQUIRED_FOR: readonly PartnershipStatus[] = ['halted', 'terminated', 'cancelled'];

/**
 * What a request to a target status must carry besides the target: going `active` needs the date
 * the agreement was signed; `halted` needs a reason and the date to look at it again.
 */
export function transitionRequirements(to: PartnershipStatus): Array<'reason' | 'signedOn' | 'nextReviewOn'> {
  const needs: Array<'reason' | 'signedOn' | 'nextReviewOn'> = [];
  if (REASON_REQUIRED_FOR.includes(to)) needs.push('reason');
  if (to === 'active') needs.push('signedOn');
  if (to === 'halted') needs.push('nextReviewOn');
  return needs;
}

/** A yes, or a no with the reason: the server words its refusal by it, the UI explains the missing button. */
export type Verdict<Why extends string> = { allowed: true } | { allowed: false; why: Why };

type Requester = { id: number; role: Role } | null | undefined;
type RequestState = { requestedById: number; state: StatusRequestState };

const ALLOWED = { allowed: true } as const;
const refused = <Why extends string>(why: Why): Verdict<Why> => ({ allowed: false, why });

/** Why a user may not decide a request. In this order, which is also the order the server checks in. */
export type DecisionRefusal = 'signed_out' | 'role' | 'own_request' | 'not_pending';

/**
 * The four-eyes rule: a role that may `approve` status requests (canAccess: managers) decides a
 * pending request, never one they made themselves. Record-level, so it sits beside canAccess rather
 * than in its matrix, and asks the matrix for the role part.
 */
export function decisionVerdict(user: Requester, request: RequestState): Verdict<DecisionRefusal> {
  if (!user) return refused('signed_out');
  if (!canAccess(user.role, 'approve', 'status-requests')) return refused('role');
  if (request.requestedById === user.id) return refused('own_request');
  if (request.state !== 'pending') return refused('not_pending');
  return ALLOWED;
}

export function canDecide(user: Requester, request: RequestState): boolean {
  return decisionVerdict(user, request).allowed;
}

/** Why a user may not withdraw a request, in the order the server checks. */
export type WithdrawalRefusal = 'signed_out' | 'role' | 'not_requester' | 'not_pending';

/** Only the person who asked may withdraw (and only while their role still may), and only while nobody has decided. */
export function withdrawalVerdict(user: Requester, request: RequestState): Verdict<WithdrawalRefusal> {
  if (!user) return refused('signed_out');
  if (!canAccess(user.role, 'delete', 'status-requests')) return refused('role');
  if (request.requestedById !== user.id) return refused('not_requester');
  if (request.state !== 'pending') return refused('not_pending');
  return ALLOWED;
}

export function canWithdraw(user: Requester, request: RequestState): boolean {
  return withdrawalVerdict(user, request).allowed;
}

export const MILESTONE_KINDS = ['signing', 'visit', 'workshop', 'study', 'pilot', 'training', 'event', 'report', 'review'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const MILESTONE_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** Overdue is derived, never stored: due date passed and neither done nor cancelled. */
export function isOverdue(milestone: { dueOn: string | null; status: MilestoneStatus }, today: string): boolean {
  return !!milestone.dueOn && milestone.dueOn < today && milestone.status !== 'done' && milestone.status !== 'cancelled';
}

export const DOCUMENT_CATEGORIES = ['signed_agreement', 'concept_note', 'letter', 'report', 'minutes', 'other'] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** The file types an upload may be, recognised by content (magic bytes), not by name. */
export const DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
} as const;

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
