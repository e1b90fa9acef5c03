import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { EmailField } from '../../common/validation/email-field';
import { LANGUAGES, type Language, ROLES, type Role } from '@klch/shared';
import { RequiredText } from '../../common/validation/text';
import { API_PASSWORD, PasswordField } from '../../common/validation/password-field';
import { API_USERNAME, UsernameField } from './user-fields';
import { validationMessage } from '../../common/i18n/validation-message';

export class CreateUserDto {
  @ApiProperty(API_USERNAME)
  @UsernameField()
  username: string;

  @ApiProperty({ type: String, minLength: 1, maxLength: 200, example: 'Demo Officer' })
  @RequiredText(200)
  fullName: string;

  @ApiPropertyOptional({ type: String, format: 'email', nullable: true, example: 'officer@example.org' })
  @IsOptional()
  @EmailField()
  email?: string | null;

  @ApiProperty({ enum: [...ROLES], description: 'What the account may do: see the permission matrix.', example: 'officer' })
  @IsIn(ROLES, { message: validationMessage('validation.oneOf', { values: ROLES.join(', ') }) })
  role: Role;

  @ApiPropertyOptional({ type: Boolean, default: true, description: 'A deactivated account cannot sign in.', example: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: [...LANGUAGES], default: 'en', description: 'The language of the UI for this user.', example: 'en' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: validationMessage('validation.oneOf', { values: LANGUAGES.join(', ') }) })
  language?: Language;

  @ApiProperty(API_PASSWORD)
  @PasswordField({ usernameFromBody: true })
  password: string;
}
