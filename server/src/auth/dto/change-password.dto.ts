import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PasswordField } from '../../users/dto/user-fields';
import { MAX_PASSWORD_LENGTH } from '../passwords';

export class ChangePasswordDto {
  @IsString()
  @IsNotEmpty({ message: 'currentPassword is required' })
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword: string;

  @PasswordField()
  newPassword: string;
}
