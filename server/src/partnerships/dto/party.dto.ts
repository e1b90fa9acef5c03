import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Min } from 'class-validator';
import { PARTY_ROLES, type PartyRole } from '@klch/shared';

export class PartyDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The id of an existing organisation (422 otherwise).', example: 6 })
  @IsInt({ message: 'organisationId must be the id of an organisation' })
  @Min(1)
  organisationId: number;

  @ApiProperty({ enum: [...PARTY_ROLES], description: 'What the organisation is in this partnership.', example: 'counterpart' })
  @IsIn(PARTY_ROLES, { message: `role must be one of: ${PARTY_ROLES.join(', ')}` })
  role: PartyRole;
}
