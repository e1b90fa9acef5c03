import { IsInt, IsOptional, Min } from 'class-validator';
import { ReadOnlyField } from '../../common/validation/read-only';
import { OptionalRequiredText } from '../../common/validation/text';
import { CountryField, OrganisationFieldsDto, OrganisationTypeField, type OrganisationType } from './organisation-fields.dto';

/** A PUT body: the whole record as react-admin sends it, with the version the client read. */
export class UpdateOrganisationDto extends OrganisationFieldsDto {
  @IsInt({ message: "version is required: send the version you read, so nobody's change is overwritten" })
  @Min(1)
  version: number;

  @OptionalRequiredText(300)
  name?: string;

  @IsOptional()
  @OrganisationTypeField()
  type?: OrganisationType;

  @IsOptional()
  @CountryField()
  country?: string;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() isDemoData?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
  @ReadOnlyField() createdById?: unknown;
  @ReadOnlyField() updatedById?: unknown;
}
