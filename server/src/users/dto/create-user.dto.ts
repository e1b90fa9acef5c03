import { IsBoolean, IsEmail, IsIn, IsOptional } from 'class-validator';
import { LANGUAGES, type Language, ROLES, type Role } from '@klch/shared';
import { RequiredText } from '../../common/validation/text';
import { PasswordField, UsernameField } from './user-fields';

export class CreateUserDto {
  @UsernameField()
  username: string;

  @RequiredText(200)
  fullName: string;

  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;

  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role: Role;

  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @PasswordField()
  password: string;
}
