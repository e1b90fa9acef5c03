import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { COUNTRY_CODE_PATTERN, ORGANISATION_TYPES } from '@klch/shared';
import { ApiReadOnly } from '../../common/http/api-read-only.decorator';
import { ReadOnlyField } from '../../common/validation/read-only';
import { OptionalRequiredText } from '../../common/validation/text';
import { CountryField, OrganisationFieldsDto, OrganisationTypeField, type OrganisationType } from './organisation-fields.dto';
import { VersionField } from '../../common/validation/version-field';

/** A PUT body: the whole record as react-admin sends it, with the version the client read. */
export class UpdateOrganisationDto extends OrganisationFieldsDto {
  @VersionField()
  version: number;

  @ApiPropertyOptional({ type: String, minLength: 1, maxLength: 300, description: 'Left out: unchanged. Never empty.', example: 'Bureau of Energy Resources' })
  @OptionalRequiredText(300)
  name?: string;

  @ApiPropertyOptional({ enum: [...ORGANISATION_TYPES], example: 'national_agency' })
  @IsOptional()
  @OrganisationTypeField()
  type?: OrganisationType;

  @ApiPropertyOptional({ type: String, pattern: COUNTRY_CODE_PATTERN.source, description: 'ISO 3166-1 alpha-2 code; lower case is accepted and upper-cased.', example: 'US' })
  @IsOptional()
  @CountryField()
  country?: string;

  @ApiReadOnly({ type: 'integer', example: 3 })
  @ReadOnlyField() id?: unknown;
  @ApiReadOnly({ type: Boolean, example: true })
  @ReadOnlyField() isDemoData?: unknown;
  @ApiReadOnly({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  @ReadOnlyField() createdAt?: unknown;
  @ApiReadOnly({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  @ReadOnlyField() updatedAt?: unknown;
  @ApiReadOnly({ type: 'integer', nullable: true, example: 1 })
  @ReadOnlyField() createdById?: unknown;
  @ApiReadOnly({ type: 'integer', nullable: true, example: 1 })
  @ReadOnlyField() updatedById?: unknown;
}
