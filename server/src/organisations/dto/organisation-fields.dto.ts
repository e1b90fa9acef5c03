import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUrl, Length, Matches } from 'class-validator';
import { COUNTRY_CODE_PATTERN, ORGANISATION_TYPES, type OrganisationType } from '@klch/shared';
import { IdField } from '../../common/validation/id-field';
import { KeepOrSet } from '../../common/validation/keep-or-set';
import { OptionalText } from '../../common/validation/text';

const upper = Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

/** Optional fields shared by create and update: absent keeps the value, null clears it (the aliases, a list, refuse null). */
export abstract class OrganisationFieldsDto {
  @ApiPropertyOptional({
    type: String,
    isArray: true,
    maxItems: 20,
    description: 'Other names and abbreviations, 1 to 200 characters each; the search `q` looks at them too.',
    example: ['ENR', 'BER'],
  })
  @KeepOrSet()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true, message: 'each alias must be 1 to 200 characters' })
  aliases?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'Washington' })
  @OptionalText(200)
  city?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    description: 'The organisation this one belongs to: it must exist, and parents may not loop (422 otherwise).',
    example: 2,
  })
  @IsOptional()
  @IdField('organisation')
  parentId?: number | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uri',
    nullable: true,
    maxLength: 500,
    description: 'A full http(s) address.',
    example: 'https://www.state.gov/',
  })
  @OptionalText(500)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be a full address starting with https://' })
  website?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 5000,
    example: 'Bureau of the U.S. Department of State; partner in the energy sector under the Smart City program.',
  })
  @OptionalText(5000)
  notes?: string | null;
}

export const OrganisationTypeField = () => IsIn(ORGANISATION_TYPES, { message: `type must be one of: ${ORGANISATION_TYPES.join(', ')}` });

export const CountryField = () =>
  applyDecorators(upper, Matches(COUNTRY_CODE_PATTERN, { message: 'country must be a two-letter ISO 3166-1 code such as MY or CN' }));

export type { OrganisationType };
