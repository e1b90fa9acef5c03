import { ApiPropertyOptional } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { IsIn, IsInt, IsOptional, Min, ValidateIf } from 'class-validator';
import { MILESTONE_STATUSES, type MilestoneStatus } from '@klch/shared';
import { OptionalIsoDate } from '../../common/validation/iso-date';
import { OptionalText } from '../../common/validation/text';

export const STATUS_MESSAGE = `status must be one of: ${MILESTONE_STATUSES.join(', ')}`;

/** May be left out, but never null: a field the record always has (null would not clear it, so it is refused). */
export const OptionalNotNull = () => applyDecorators(ValidateIf((_object, value) => value !== undefined));

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
  @OptionalNotNull()
  @IsIn(MILESTONE_STATUSES, { message: STATUS_MESSAGE })
  status?: MilestoneStatus;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 1, description: 'An active officer or manager (422 otherwise).', example: 1 })
  @IsOptional()
  @IsInt({ message: 'ownerId must be the id of a user' })
  @Min(1, { message: 'ownerId must be the id of a user' })
  ownerId?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000, example: 'Demo data: agenda to be agreed with the partner.' })
  @OptionalText(5000)
  notes?: string | null;
}
