import type { PartnershipStatus } from './partnership-vocabulary';

/**
 * The partnership lifecycle from product.md, in the seed's own words where it has them.
 * Every change of status is a request that a manager other than the requester decides;
 * this table says which targets a request may name.
 */
export const STATUS_TRANSITIONS: Readonly<Record<PartnershipStatus, readonly PartnershipStatus[]>> = {
  draft: ['proposed', 'nominated'],
  proposed: ['under_negotiation', 'cancelled'],
  nominated: ['under_negotiation', 'cancelled'],
  under_negotiation: ['active', 'cancelled'],
  active: ['halted', 'expired', 'terminated', 'completed'],
  halted: ['active', 'terminated'],
  expired: ['under_negotiation'],
  terminated: [],
  completed: [],
  cancelled: [],
};

/** Statuses every new partnership starts in: creation never skips the approval workflow. */
export const INITIAL_STATUS: PartnershipStatus = 'draft';

export function allowedTransitions(from: PartnershipStatus): readonly PartnershipStatus[] {
  return STATUS_TRANSITIONS[from] ?? [];
}

export function canTransition(from: PartnershipStatus, to: PartnershipStatus): boolean {
  return allowedTransitions(from).includes(to);
}

/** A status with no way out: the record is history now. */
export function isFinalStatus(status: PartnershipStatus): boolean {
  return allowedTransitions(status).length === 0;
}
