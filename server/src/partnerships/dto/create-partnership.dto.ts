import { IsDefined, IsIn, IsOptional } from 'class-validator';
import { INSTRUMENTS, type Instrument, PARTNERSHIP_CATEGORIES, type PartnershipCategory, PARTNERSHIP_STATUSES } from '@klch/shared';
import { RequiredText } from '../../common/validation/text';
import { PartnershipFieldsDto } from './partnership-fields.dto';

export class CreatePartnershipDto extends PartnershipFieldsDto {
  @RequiredText(500)
  title: string;

  @IsDefined({ message: 'category is required' })
  @IsIn(PARTNERSHIP_CATEGORIES, { message: `category must be one of: ${PARTNERSHIP_CATEGORIES.join(', ')}` })
  category: PartnershipCategory;

  @IsDefined({ message: 'instrument is required' })
  @IsIn(INSTRUMENTS, { message: `instrument must be one of: ${INSTRUMENTS.join(', ')}` })
  instrument: Instrument;

  /** Accepted only as "draft": a new partnership never skips the approval workflow. */
  @IsOptional()
  @IsIn(PARTNERSHIP_STATUSES)
  status?: string;
}
