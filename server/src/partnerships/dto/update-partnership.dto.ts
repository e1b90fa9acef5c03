import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { INSTRUMENTS, type Instrument, PARTNERSHIP_CATEGORIES, type PartnershipCategory, PARTNERSHIP_STATUSES } from '@klch/shared';
import { KeepOrSet } from '../../common/validation/keep-or-set';
import { ServerOwnedFields } from '../../common/validation/server-owned-fields';
import { OptionalRequiredText } from '../../common/validation/text';
import { VersionField } from '../../common/validation/version-field';
import { PartnershipFieldsDto } from './partnership-fields.dto';
import { PartnershipResponse } from './partnership.response';
import { validationMessage } from '../../common/i18n/validation-message';

/**
 * A PUT body: the whole record as react-admin sends it. `version` is the one the client read
 * (optimistic concurrency); the server-owned fields are accepted and ignored; `status` may only
 * repeat the current status, since changing it is the approval workflow's job.
 */
@ServerOwnedFields(PartnershipResponse, [
  'id',
  'code',
  'statusReason',
  'ownerName',
  'isDemoData',
  'demoNote',
  'archivedAt',
  'createdAt',
  'updatedAt',
  'createdById',
  'updatedById',
])
export class UpdatePartnershipDto extends PartnershipFieldsDto {
  @VersionField()
  version: number;

  @ApiPropertyOptional({
    type: String,
    minLength: 1,
    maxLength: 500,
    description: 'Left out: unchanged. Never empty.',
    example: 'Sister city nomination: Zhengzhou',
  })
  @OptionalRequiredText(500)
  title?: string;

  @ApiPropertyOptional({ enum: [...PARTNERSHIP_CATEGORIES], example: 'international_city' })
  @KeepOrSet()
  @IsIn(PARTNERSHIP_CATEGORIES, { message: validationMessage('validation.oneOf', { values: PARTNERSHIP_CATEGORIES.join(', ') }) })
  category?: PartnershipCategory;

  @ApiPropertyOptional({ enum: [...INSTRUMENTS], example: 'sister_city' })
  @KeepOrSet()
  @IsIn(INSTRUMENTS, { message: validationMessage('validation.oneOf', { values: INSTRUMENTS.join(', ') }) })
  instrument?: Instrument;

  @ApiPropertyOptional({
    enum: [...PARTNERSHIP_STATUSES],
    description:
      "May only repeat the current status (react-admin sends it back); changing it is the approval workflow's job, so a different one answers 422.",
    example: 'nominated',
  })
  @KeepOrSet()
  @IsIn(PARTNERSHIP_STATUSES)
  status?: string;
}
