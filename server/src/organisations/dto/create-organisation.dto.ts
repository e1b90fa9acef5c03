import { ApiProperty } from '@nestjs/swagger';
import { IsDefined } from 'class-validator';
import { COUNTRY_CODE_PATTERN, ORGANISATION_TYPES } from '@klch/shared';
import { RequiredText } from '../../common/validation/text';
import { CountryField, OrganisationFieldsDto, OrganisationTypeField, type OrganisationType } from './organisation-fields.dto';
import { validationMessage } from '../../common/i18n/validation-message';

export class CreateOrganisationDto extends OrganisationFieldsDto {
  @ApiProperty({ type: String, minLength: 1, maxLength: 300, description: 'Surrounding spaces are trimmed.', example: 'Bureau of Energy Resources' })
  @RequiredText(300)
  name: string;

  @ApiProperty({ enum: [...ORGANISATION_TYPES], example: 'national_agency' })
  @IsDefined({ message: validationMessage('validation.required') })
  @OrganisationTypeField()
  type: OrganisationType;

  @ApiProperty({
    type: String,
    pattern: COUNTRY_CODE_PATTERN.source,
    description: 'ISO 3166-1 alpha-2 code; lower case is accepted and upper-cased.',
    example: 'US',
  })
  @IsDefined({ message: validationMessage('validation.required') })
  @CountryField()
  country: string;
}
