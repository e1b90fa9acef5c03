import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn } from 'class-validator';
import { PARTNERSHIP_STATUSES, type PartnershipStatus } from '@klch/shared';
import { IdField } from '../../common/validation/id-field';
import { OptionalIsoDate } from '../../common/validation/iso-date';
import { OptionalText } from '../../common/validation/text';
import { validationMessage } from '../../common/i18n/validation-message';

/**
 * A maker's request: the target status and what it must carry. Which fields are required depends on
 * the target (shared's `transitionRequirements`), so that is checked by the service (422), not here.
 */
export class CreateStatusRequestDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'A partnership that is not archived (422 otherwise).', example: 3 })
  @IdField('partnerships', { required: true })
  partnershipId: number;

  @ApiProperty({
    enum: [...PARTNERSHIP_STATUSES],
    description: 'One the lifecycle allows from the current status (422 otherwise).',
    example: 'halted',
  })
  @IsDefined({ message: validationMessage('validation.required') })
  @IsIn(PARTNERSHIP_STATUSES, { message: validationMessage('validation.oneOf', { values: PARTNERSHIP_STATUSES.join(', ') }) })
  toStatus: PartnershipStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 2000,
    description: "Why: required for halted, terminated and cancelled; becomes the partnership's statusReason.",
    example: 'COVID-19 outbreak',
  })
  @OptionalText(2000)
  reason?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'When the change takes effect (kept on the request and in the status history).',
    example: '2020-03-18',
  })
  @OptionalIsoDate()
  effectiveDate?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Only for a change to active, and required there: the date the agreement was signed.',
    example: '2023-05-10',
  })
  @OptionalIsoDate()
  signedOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Only for a change to halted, and required there: when to look at it again.',
    example: '2026-12-01',
  })
  @OptionalIsoDate()
  nextReviewOn?: string | null;
}
