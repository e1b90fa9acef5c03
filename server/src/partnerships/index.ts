/**
 * What the partnerships feature offers the others: the records attached to a partnership check
 * it is open; the status workflow reads its state and has an approved change applied.
 */
export { PartnershipsModule } from './partnerships.module';
export { PartnershipsService } from './partnerships.service';
export { checkPartnershipOpen } from './partnership-open';
export { lockStatusCounts } from './partnership-totals';
export { type PartnershipEdit, PartnershipEdits } from './partnership-edits';
export {
  type ApprovedStatusChange,
  type PartnershipState,
  PartnershipStatusChanges,
  lockPartnershipState,
  readPartnershipState,
  type StatusDecision,
} from './partnership-status';
