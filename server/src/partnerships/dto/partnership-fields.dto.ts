import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { IdField } from '../../common/validation/id-field';
import { KeepOrSet } from '../../common/validation/keep-or-set';
import { ALIGNMENTS, type Alignment, SDG_TARGETS, SUGGESTED_THEMES } from '@klch/shared';
import { OptionalIsoDate } from '../../common/validation/iso-date';
import { OptionalText } from '../../common/validation/text';
import { PartyDto } from './party.dto';
import { validationMessage } from '../../common/i18n/validation-message';

const SDG_CODES = SDG_TARGETS.map((target) => target.code);

/**
 * The optional fields an officer edits, shared by create and update: an absent field is left as it
 * is, null clears it — except the lists, which are always there (empty at the least) and refuse
 * null. The required ones (title, category, instrument) are declared by each DTO.
 */
export abstract class PartnershipFieldsDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 500,
    description: 'The title in Bahasa Melayu.',
    example: 'Pencalonan bandar kembar: Zhengzhou',
  })
  @OptionalText(500)
  titleMs?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 5000,
    example: 'Zhengzhou City nominated in 2021 by UCLG ASPAC as a sister city to Kuala Lumpur.',
  })
  @OptionalText(5000)
  summary?: string | null;

  @ApiPropertyOptional({
    type: () => PartyDto,
    isArray: true,
    maxItems: 50,
    description:
      'The organisations involved and their roles; when given, it replaces the whole list. Each organisation at most once per role, and each must exist (422 otherwise).',
    example: [
      { organisationId: 6, role: 'counterpart' },
      { organisationId: 7, role: 'nominator' },
    ],
  })
  @KeepOrSet()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PartyDto)
  parties?: PartyDto[];

  @ApiPropertyOptional({
    type: String,
    isArray: true,
    maxItems: 30,
    description: `Free text, 1 to 60 characters each. The UI suggests: ${SUGGESTED_THEMES.join(', ')}.`,
    example: ['energy', 'smart_city'],
  })
  @KeepOrSet()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 60, { each: true, message: validationMessage('validation.eachLength', { min: 1, max: 60 }) })
  themes?: string[];

  @ApiPropertyOptional({
    type: String,
    isArray: true,
    maxItems: 169,
    description: 'Official SDG target codes (GET /api/sdg-targets lists all 169); kept in the official order.',
    example: ['17.16'],
  })
  @KeepOrSet()
  @IsArray()
  @ArrayMaxSize(169)
  @IsIn(SDG_CODES, { each: true, message: validationMessage('validation.sdgCode') })
  sdgTargets?: string[];

  @ApiPropertyOptional({
    enum: [...ALIGNMENTS],
    isArray: true,
    description: 'The agendas the partnership serves.',
    example: ['kl2040', 'nua', 'agenda2030'],
  })
  @KeepOrSet()
  @IsArray()
  @IsIn(ALIGNMENTS, { each: true, message: validationMessage('validation.eachOneOf', { values: ALIGNMENTS.join(', ') }) })
  alignment?: Alignment[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'International Relations' })
  @OptionalText(200)
  leadDepartment?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    description: 'The user responsible: an active officer or manager (422 otherwise). Left out on create, it is you.',
    example: 1,
  })
  @IsOptional()
  @IdField('users')
  ownerId?: number | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2022-11-01' })
  @OptionalIsoDate()
  proposedOn?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Not before proposedOn (422 otherwise).', example: '2023-05-10' })
  @OptionalIsoDate()
  signedOn?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2023-05-10' })
  @OptionalIsoDate()
  effectiveFrom?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Not before effectiveFrom or signedOn (422 otherwise).',
    example: '2028-05-09',
  })
  @OptionalIsoDate()
  expiresOn?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2027-05-10' })
  @OptionalIsoDate()
  nextReviewOn?: string | null;
}
