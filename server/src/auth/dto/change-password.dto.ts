import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { API_PASSWORD, PasswordField } from '../../common/validation/password-field';
import { validationMessage } from '../../common/i18n/validation-message';

/** What sign-in accepts (LoginGuard): a password set before today's 128-character rule may be longer. */
const MAX_CURRENT_PASSWORD_LENGTH = 200;

export class ChangePasswordDto {
  @ApiProperty({
    type: String,
    format: 'password',
    minLength: 1,
    maxLength: MAX_CURRENT_PASSWORD_LENGTH,
    description: 'Your password now; a wrong one answers 422, and counts towards the lockout like a failed sign-in (429 once locked).',
  })
  @IsString()
  @IsNotEmpty({ message: validationMessage('validation.required') })
  @MaxLength(MAX_CURRENT_PASSWORD_LENGTH)
  currentPassword: string;

  @ApiProperty({ ...API_PASSWORD, description: `Must differ from the current one (422 otherwise). ${API_PASSWORD.description}` })
  @PasswordField()
  newPassword: string;
}
