import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional, IsString, IsUrl, Length, Matches, Max, Min } from 'class-validator';
import { COORDINATE_LIMITS, COUNTRY_CODE_PATTERN, ORGANISATION_TYPES, type OrganisationType } from '@klch/shared';
import { IdField } from '../../common/validation/id-field';
import { KeepOrSet } from '../../common/validation/keep-or-set';
import { OptionalText } from '../../common/validation/text';
import { validationMessage } from '../../common/i18n/validation-message';

const upper = Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

/**
 * A latitude or longitude in decimal degrees, within its range; null clears it. That the two come
 * together is a rule of the record as saved (organisation-rules.ts), since a PUT may send just one.
 */
function CoordinateField(field: keyof typeof COORDINATE_LIMITS, example: number) {
  const limit = COORDINATE_LIMITS[field];
  // Negative limits survive only as params: the rule-name fallback would read back one number.
  const message = validationMessage('validation.degrees', { min: -limit, max: limit });
  return applyDecorators(
    ApiPropertyOptional({
      type: Number,
      nullable: true,
      minimum: -limit,
      maximum: limit,
      description: `Of its city, in decimal degrees (WGS 84), for the partners' map. Set with ${field === 'latitude' ? 'longitude' : 'latitude'}, or neither (422 otherwise).`,
      example,
    }),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message }),
    Min(-limit, { message }),
    Max(limit, { message }),
  );
}

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
  @Length(1, 200, { each: true, message: validationMessage('validation.eachLength', { min: 1, max: 200 }) })
  aliases?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'Washington' })
  @OptionalText(200)
  city?: string | null;

  @CoordinateField('latitude', 38.9072)
  latitude?: number | null;

  @CoordinateField('longitude', -77.0369)
  longitude?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    description: 'The organisation this one belongs to: it must exist, and parents may not loop (422 otherwise).',
    example: 2,
  })
  @IsOptional()
  @IdField('organisations')
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
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: validationMessage('validation.url') })
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

export const OrganisationTypeField = () =>
  IsIn(ORGANISATION_TYPES, { message: validationMessage('validation.oneOf', { values: ORGANISATION_TYPES.join(', ') }) });

export const CountryField = () => applyDecorators(upper, Matches(COUNTRY_CODE_PATTERN, { message: validationMessage('validation.countryCode') }));

export type { OrganisationType };
