import { transitionRequirements, type PartnershipStatus } from '@klch/shared';

/** The dialog's values as react-hook-form hands them over (loosely typed). */
export interface StatusChangeValues {
  toStatus?: PartnershipStatus | null;
  reason?: string | null;
  effectiveDate?: string | null;
  signedOn?: string | null;
  nextReviewOn?: string | null;
}

const textOrNull = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * The body of POST /api/status-requests. A date that belongs to another target (nextReviewOn typed
 * while "halted" was chosen, then "active" picked instead) stays in the form but is not sent: the
 * server refuses it for any other target, and the shared requirements say which target takes which.
 */
export function statusRequestPayload(partnershipId: number, values: StatusChangeValues) {
  const toStatus = values.toStatus as PartnershipStatus;
  const needs = transitionRequirements(toStatus);
  return {
    partnershipId,
    toStatus,
    reason: textOrNull(values.reason),
    effectiveDate: textOrNull(values.effectiveDate),
    signedOn: needs.includes('signedOn') ? textOrNull(values.signedOn) : null,
    nextReviewOn: needs.includes('nextReviewOn') ? textOrNull(values.nextReviewOn) : null,
  };
}
