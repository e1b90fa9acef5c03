import { ApiPropertyOptional } from '@nestjs/swagger';
import { COUNTRY_CODE_PATTERN, ORGANISATION_TYPES } from '@klch/shared';
import { KeepOrSet } from '../../common/validation/keep-or-set';
import { ServerOwnedFields } from '../../common/validation/server-owned-fields';
import { OptionalRequiredText } from '../../common/validation/text';
import { VersionField } from '../../common/validation/version-field';
import { CountryField, OrganisationFieldsDto, OrganisationTypeField, type OrganisationType } from './organisation-fields.dto';
import { OrganisationResponse } from './organisation.response';

/** A PUT body: the whole record as react-admin sends it, with the version the client read. */
@ServerOwnedFields(OrganisationResponse, ['id', 'isDemoData', 'createdAt', 'updatedAt', 'createdById', 'updatedById'])
export class UpdateOrganisationDto extends OrganisationFieldsDto {
  @VersionField()
  version: number;

  @ApiPropertyOptional({
    type: String,
    minLength: 1,
    maxLength: 300,
    description: 'Left out: unchanged. Never empty.',
    example: 'Bureau of Energy Resources',
  })
  @OptionalRequiredText(300)
  name?: string;

  @ApiPropertyOptional({ enum: [...ORGANISATION_TYPES], example: 'national_agency' })
  @KeepOrSet()
  @OrganisationTypeField()
  type?: OrganisationType;

  @ApiPropertyOptional({
    type: String,
    pattern: COUNTRY_CODE_PATTERN.source,
    description: 'ISO 3166-1 alpha-2 code; lower case is accepted and upper-cased.',
    example: 'US',
  })
  @KeepOrSet()
  @CountryField()
  country?: string;
}
