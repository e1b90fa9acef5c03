import { IsDefined, IsIn, IsInt, Max, Min } from 'class-validator';
import { PARTNERSHIP_STATUSES, type PartnershipStatus } from '@klch/shared';
import { OptionalIsoDate } from '../../common/validation/iso-date';
import { OptionalText } from '../../common/validation/text';

/**
 * A maker's request: the target status and what it must carry. Which fields are required depends on
 * the target (shared's `transitionRequirements`), so that is checked by the service (422), not here.
 */
export class CreateStatusRequestDto {
  @IsDefined({ message: 'partnershipId is required' })
  @IsInt({ message: 'partnershipId must be the id of a partnership' })
  @Min(1, { message: 'partnershipId must be the id of a partnership' })
  @Max(2_147_483_647, { message: 'partnershipId must be the id of a partnership' })
  partnershipId: number;

  @IsDefined({ message: 'toStatus is required' })
  @IsIn(PARTNERSHIP_STATUSES, { message: `toStatus must be one of: ${PARTNERSHIP_STATUSES.join(', ')}` })
  toStatus: PartnershipStatus;

  /** Why: required for halted, terminated and cancelled; becomes the partnership's statusReason. */
  @OptionalText(2000)
  reason?: string | null;

  /** When the change takes effect (kept on the request and in the status history). */
  @OptionalIsoDate()
  effectiveDate?: string | null;

  /** Only for a change to `active`, and required there: the date the agreement was signed. */
  @OptionalIsoDate()
  signedOn?: string | null;

  /** Only for a change to `halted`, and required there: when to look at it again. */
  @OptionalIsoDate()
  nextReviewOn?: string | null;
}
