import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '@klch/shared';
import { API_PASSWORD, PasswordField } from '../../common/validation/password-field';

export class ChangePasswordDto {
  @ApiProperty({
    type: String,
    format: 'password',
    minLength: 1,
    maxLength: MAX_PASSWORD_LENGTH,
    description: 'Your password now; a wrong one answers 422.',
  })
  @IsString()
  @IsNotEmpty({ message: 'currentPassword is required' })
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword: string;

  @ApiProperty({ ...API_PASSWORD, description: `Must differ from the current one (422 otherwise). ${API_PASSWORD.description}` })
  @PasswordField()
  newPassword: string;
}
