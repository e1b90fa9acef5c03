import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsIn } from 'class-validator';
import { INSTRUMENTS, type Instrument, PARTNERSHIP_CATEGORIES, type PartnershipCategory, PARTNERSHIP_STATUSES } from '@klch/shared';
import { OptionalRequiredText } from '../../common/validation/text';
import { ApiReadOnly } from '../../common/http/api-read-only.decorator';
import { ReadOnlyField } from '../../common/validation/read-only';
import { PartnershipFieldsDto } from './partnership-fields.dto';
import { VersionField } from '../../common/validation/version-field';

/**
 * A PUT body: the whole record as react-admin sends it. `version` is the one the client read
 * (optimistic concurrency); the server-owned fields are accepted and ignored; `status` may only
 * repeat the current status, since changing it is the approval workflow's job.
 */
export class UpdatePartnershipDto extends PartnershipFieldsDto {
  @VersionField()
  version: number;

  @ApiPropertyOptional({ type: String, minLength: 1, maxLength: 500, description: 'Left out: unchanged. Never empty.', example: 'Sister city nomination: Zhengzhou' })
  @OptionalRequiredText(500)
  title?: string;

  @ApiPropertyOptional({ enum: [...PARTNERSHIP_CATEGORIES], example: 'international_city' })
  @IsOptional()
  @IsIn(PARTNERSHIP_CATEGORIES, { message: `category must be one of: ${PARTNERSHIP_CATEGORIES.join(', ')}` })
  category?: PartnershipCategory;

  @ApiPropertyOptional({ enum: [...INSTRUMENTS], example: 'sister_city' })
  @IsOptional()
  @IsIn(INSTRUMENTS, { message: `instrument must be one of: ${INSTRUMENTS.join(', ')}` })
  instrument?: Instrument;

  @ApiPropertyOptional({
    enum: [...PARTNERSHIP_STATUSES],
    description: 'May only repeat the current status (react-admin sends it back); changing it is the approval workflow\'s job, so a different one answers 422.',
    example: 'nominated',
  })
  @IsOptional()
  @IsIn(PARTNERSHIP_STATUSES)
  status?: string;

  @ApiReadOnly({ type: 'integer', example: 4 })
  @ReadOnlyField() id?: unknown;
  @ApiReadOnly({ type: String, example: 'KLCH-IR-2021-002' })
  @ReadOnlyField() code?: unknown;
  @ApiReadOnly({ type: String, nullable: true, example: 'Nominated in 2021 by UCLG ASPAC as a sister city to Kuala Lumpur' })
  @ReadOnlyField() statusReason?: unknown;
  @ApiReadOnly({ type: String, nullable: true, example: 'Demo Officer' })
  @ReadOnlyField() ownerName?: unknown;
  @ApiReadOnly({ type: Boolean, example: true })
  @ReadOnlyField() isDemoData?: unknown;
  @ApiReadOnly({ type: String, nullable: true })
  @ReadOnlyField() demoNote?: unknown;
  @ApiReadOnly({ type: String, format: 'date-time', nullable: true, example: null })
  @ReadOnlyField() archivedAt?: unknown;
  @ApiReadOnly({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  @ReadOnlyField() createdAt?: unknown;
  @ApiReadOnly({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  @ReadOnlyField() updatedAt?: unknown;
  @ApiReadOnly({ type: 'integer', nullable: true, example: 1 })
  @ReadOnlyField() createdById?: unknown;
  @ApiReadOnly({ type: 'integer', nullable: true, example: 1 })
  @ReadOnlyField() updatedById?: unknown;
}
