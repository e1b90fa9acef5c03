import { IsIn, IsInt, Min } from 'class-validator';
import { PARTY_ROLES, type PartyRole } from '@klch/shared';

export class PartyDto {
  @IsInt({ message: 'organisationId must be the id of an organisation' })
  @Min(1)
  organisationId: number;

  @IsIn(PARTY_ROLES, { message: `role must be one of: ${PARTY_ROLES.join(', ')}` })
  role: PartyRole;
}
