import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MILESTONE_STATUSES, type MilestoneStatus } from '@klch/shared';
import { OptionalIsoDate } from '../../common/validation/iso-date';
import { IdField } from '../../common/validation/id-field';
import { KeepOrSet } from '../../common/validation/keep-or-set';
import { OptionalText } from '../../common/validation/text';

const STATUS_MESSAGE = `status must be one of: ${MILESTONE_STATUSES.join(', ')}`;

/** Optional fields shared by create and update: absent keeps the value, null clears it. */
export abstract class MilestoneFieldsDto {
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2025-09-30' })
  @OptionalIsoDate()
  dueOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Only kept while the status is done: left out (or null) when completing, it is today (UTC). Cleared when the status leaves done.',
    example: '2025-09-28',
  })
  @OptionalIsoDate()
  completedOn?: string | null;

  @ApiPropertyOptional({ enum: [...MILESTONE_STATUSES], description: 'Setting done records who completed it and when.', example: 'planned' })
  @KeepOrSet()
  @IsIn(MILESTONE_STATUSES, { message: STATUS_MESSAGE })
  status?: MilestoneStatus;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 1, description: 'An active officer or manager (422 otherwise).', example: 1 })
  @IsOptional()
  @IdField('users')
  ownerId?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000, example: 'Demo data: agenda to be agreed with the partner.' })
  @OptionalText(5000)
  notes?: string | null;
}
