import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Min, ValidateNested } from 'class-validator';
import { ALIGNMENTS, type Alignment, SDG_TARGETS } from '@klch/shared';
import { OptionalIsoDate } from '../../common/validation/iso-date';
import { OptionalText } from '../../common/validation/text';
import { PartyDto } from './party.dto';

const SDG_CODES = SDG_TARGETS.map((target) => target.code);

/**
 * The optional fields an officer edits, shared by create and update: an absent field is left as it
 * is, null clears it. The required ones (title, category, instrument) are declared by each DTO.
 */
export abstract class PartnershipFieldsDto {
  @OptionalText(500)
  titleMs?: string | null;

  @OptionalText(5000)
  summary?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PartyDto)
  parties?: PartyDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 60, { each: true, message: 'each theme must be 1 to 60 characters' })
  themes?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(169)
  @IsIn(SDG_CODES, { each: true, message: 'sdgTargets must be official SDG target codes such as 17.16' })
  sdgTargets?: string[];

  @IsOptional()
  @IsArray()
  @IsIn(ALIGNMENTS, { each: true, message: `alignment values must be among: ${ALIGNMENTS.join(', ')}` })
  alignment?: Alignment[];

  @OptionalText(200)
  leadDepartment?: string | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  ownerId?: number | null;

  @OptionalIsoDate()
  proposedOn?: string | null;

  @OptionalIsoDate()
  signedOn?: string | null;

  @OptionalIsoDate()
  effectiveFrom?: string | null;

  @OptionalIsoDate()
  expiresOn?: string | null;

  @OptionalIsoDate()
  nextReviewOn?: string | null;
}
