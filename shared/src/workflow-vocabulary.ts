import type { PartnershipStatus } from './partnership-vocabulary';
import type { Role } from './roles';

/** A status-change request's life: pending until a manager decides, or its requester withdraws it. */
export const STATUS_REQUEST_STATES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type StatusRequestState = (typeof STATUS_REQUEST_STATES)[number];

/** Targets whose request must say why (an auditor will ask). */
export const REASON_REQUIRED_FOR: readonly PartnershipStatus[] = ['halted', 'terminated', 'cancelled'];

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

/**
 * The four-eyes rule: a manager decides a pending request, never one they made themselves.
 * Record-level, so it sits beside canAccess rather than in its matrix.
 */
export function canDecide(user: { id: number; role: Role } | null | undefined, request: { requestedById: number; state: StatusRequestState }): boolean {
  return !!user && user.role === 'manager' && request.state === 'pending' && request.requestedById !== user.id;
}

/** Only the person who asked may withdraw, and only while nobody has decided. */
export function canWithdraw(user: { id: number } | null | undefined, request: { requestedById: number; state: StatusRequestState }): boolean {
  return !!user && request.state === 'pending' && request.requestedById === user.id;
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
