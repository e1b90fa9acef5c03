import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, IsOptional } from 'class-validator';
import { INITIAL_STATUS, INSTRUMENTS, type Instrument, PARTNERSHIP_CATEGORIES, type PartnershipCategory, PARTNERSHIP_STATUSES } from '@klch/shared';
import { RequiredText } from '../../common/validation/text';
import { PartnershipFieldsDto } from './partnership-fields.dto';
import { validationMessage } from '../../common/i18n/validation-message';

export class CreatePartnershipDto extends PartnershipFieldsDto {
  @ApiProperty({
    type: String,
    minLength: 1,
    maxLength: 500,
    description: 'Surrounding spaces are trimmed.',
    example: 'Sister city nomination: Zhengzhou',
  })
  @RequiredText(500)
  title: string;

  @ApiProperty({ enum: [...PARTNERSHIP_CATEGORIES], example: 'international_city' })
  @IsDefined({ message: validationMessage('validation.required') })
  @IsIn(PARTNERSHIP_CATEGORIES, { message: validationMessage('validation.oneOf', { values: PARTNERSHIP_CATEGORIES.join(', ') }) })
  category: PartnershipCategory;

  @ApiProperty({ enum: [...INSTRUMENTS], example: 'sister_city' })
  @IsDefined({ message: validationMessage('validation.required') })
  @IsIn(INSTRUMENTS, { message: validationMessage('validation.oneOf', { values: INSTRUMENTS.join(', ') }) })
  instrument: Instrument;

  /** Accepted only as "draft": a new partnership never skips the approval workflow. */
  @ApiPropertyOptional({
    enum: [INITIAL_STATUS],
    description: `Only "${INITIAL_STATUS}", or leave it out: a new partnership starts as a ${INITIAL_STATUS}, and its status changes only through the approval workflow (any other status is 422).`,
    example: INITIAL_STATUS,
  })
  @IsOptional()
  @IsIn(PARTNERSHIP_STATUSES)
  status?: string;
}
