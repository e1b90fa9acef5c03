import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { MILESTONE_KINDS, type MilestoneKind } from '@klch/shared';
import { ReadOnlyField } from '../../common/validation/read-only';
import { KIND_MESSAGE } from './create-milestone.dto';
import { MilestoneFieldsDto, OptionalNotNull } from './milestone-fields.dto';
import { VersionField } from '../../common/validation/version-field';

const readOnly = (example: unknown) => ApiPropertyOptional({ readOnly: true, description: 'ignored: set by the server', example });

/**
 * A PUT body: the whole record as react-admin sends it, with the version the client read. The
 * server-owned and derived fields are accepted and ignored; `partnershipId` may only repeat the
 * milestone's own partnership (a milestone never moves).
 */
export class UpdateMilestoneDto extends MilestoneFieldsDto {
  @VersionField()
  version: number;

  @ApiPropertyOptional({ type: 'integer', description: 'Must be the partnership the milestone belongs to (422 otherwise).', example: 5 })
  @OptionalNotNull()
  @IsInt({ message: 'partnershipId must be the id of a partnership' })
  @Min(1, { message: 'partnershipId must be the id of a partnership' })
  @Max(2_147_483_647, { message: 'partnershipId must be the id of a partnership' })
  partnershipId?: number;

  @ApiPropertyOptional({ type: String, minLength: 1, maxLength: 300, description: 'Left out: unchanged. Never empty.', example: 'Study visit to Tokyo' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @OptionalNotNull()
  @IsString()
  @IsNotEmpty({ message: 'title cannot be empty' })
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ enum: [...MILESTONE_KINDS], example: 'visit' })
  @OptionalNotNull()
  @IsIn(MILESTONE_KINDS, { message: KIND_MESSAGE })
  kind?: MilestoneKind;

  @readOnly(7) @ReadOnlyField() id?: unknown;
  @readOnly(false) @ReadOnlyField() overdue?: unknown;
  @readOnly('Demo Officer') @ReadOnlyField() ownerName?: unknown;
  @readOnly(1) @ReadOnlyField() completedById?: unknown;
  @readOnly('Demo Officer') @ReadOnlyField() completedByName?: unknown;
  @readOnly('2025-09-28T03:00:00.000Z') @ReadOnlyField() completedAt?: unknown;
  @readOnly('2025-06-30T08:15:00.000Z') @ReadOnlyField() createdAt?: unknown;
  @readOnly('2025-06-30T08:15:00.000Z') @ReadOnlyField() updatedAt?: unknown;
  @readOnly(1) @ReadOnlyField() createdById?: unknown;
  @readOnly(1) @ReadOnlyField() updatedById?: unknown;
}
