import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Matches, Min } from 'class-validator';
import { COUNTRY_CODE_PATTERN, ORGANISATION_TYPES, type OrganisationType } from '@klch/shared';
import { OptionalText } from '../../common/validation/text';

const upper = Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

/** Optional fields shared by create and update: absent keeps the value, null clears it. */
export abstract class OrganisationFieldsDto {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true, message: 'each alias must be 1 to 200 characters' })
  aliases?: string[];

  @OptionalText(200)
  city?: string | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  parentId?: number | null;

  @OptionalText(500)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be a full address starting with https://' })
  website?: string | null;

  @OptionalText(5000)
  notes?: string | null;
}

export const OrganisationTypeField = () =>
  IsIn(ORGANISATION_TYPES, { message: `type must be one of: ${ORGANISATION_TYPES.join(', ')}` });

export const CountryField = () =>
  applyDecorators(upper, Matches(COUNTRY_CODE_PATTERN, { message: 'country must be a two-letter ISO 3166-1 code such as MY or CN' }));

export type { OrganisationType };
