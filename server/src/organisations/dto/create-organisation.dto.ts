import { IsDefined } from 'class-validator';
import { RequiredText } from '../../common/validation/text';
import { CountryField, OrganisationFieldsDto, OrganisationTypeField, type OrganisationType } from './organisation-fields.dto';

export class CreateOrganisationDto extends OrganisationFieldsDto {
  @RequiredText(300)
  name: string;

  @IsDefined({ message: 'type is required' })
  @OrganisationTypeField()
  type: OrganisationType;

  @IsDefined({ message: 'country is required' })
  @CountryField()
  country: string;
}
