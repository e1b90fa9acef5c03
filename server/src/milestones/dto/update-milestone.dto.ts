import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { MILESTONE_KINDS, type MilestoneKind } from '@klch/shared';
import { IdField } from '../../common/validation/id-field';
import { KeepOrSet } from '../../common/validation/keep-or-set';
import { ServerOwnedFields } from '../../common/validation/server-owned-fields';
import { OptionalRequiredText } from '../../common/validation/text';
import { VersionField } from '../../common/validation/version-field';
import { KIND_MESSAGE } from './create-milestone.dto';
import { MilestoneFieldsDto } from './milestone-fields.dto';
import { MilestoneResponse } from './milestone.response';

/**
 * A PUT body: the whole record as react-admin sends it, with the version the client read. The
 * server-owned and derived fields are accepted and ignored; `partnershipId` may only repeat the
 * milestone's own partnership (a milestone never moves).
 */
@ServerOwnedFields(MilestoneResponse, [
  'id',
  'overdue',
  'ownerName',
  'completedById',
  'completedByName',
  'completedAt',
  'createdAt',
  'updatedAt',
  'createdById',
  'updatedById',
])
export class UpdateMilestoneDto extends MilestoneFieldsDto {
  @VersionField()
  version: number;

  @ApiPropertyOptional({ type: 'integer', description: 'Must be the partnership the milestone belongs to (422 otherwise).', example: 5 })
  @KeepOrSet()
  @IdField('partnerships')
  partnershipId?: number;

  @ApiPropertyOptional({
    type: String,
    minLength: 1,
    maxLength: 300,
    description: 'Left out: unchanged. Never empty.',
    example: 'Study visit to Tokyo',
  })
  @OptionalRequiredText(300)
  title?: string;

  @ApiPropertyOptional({ enum: [...MILESTONE_KINDS], example: 'visit' })
  @KeepOrSet()
  @IsIn(MILESTONE_KINDS, { message: KIND_MESSAGE })
  kind?: MilestoneKind;
}
