import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Min } from 'class-validator';
import { PARTY_ROLES, type PartyRole } from '@klch/shared';
import { validationMessage } from '../../common/i18n/validation-message';
import { recordRef } from '../../common/i18n/message';

export class PartyDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The id of an existing organisation (422 otherwise).', example: 6 })
  @IsInt({ message: validationMessage('validation.id', { record: recordRef('organisations') }) })
  @Min(1)
  organisationId: number;

  @ApiProperty({ enum: [...PARTY_ROLES], description: 'What the organisation is in this partnership.', example: 'counterpart' })
  @IsIn(PARTY_ROLES, { message: validationMessage('validation.oneOf', { values: PARTY_ROLES.join(', ') }) })
  role: PartyRole;
}
