import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { LANGUAGES, type Language, ROLES, type Role } from '@klch/shared';
import { ReadOnlyField } from '../../common/validation/read-only';
import { OptionalRequiredText } from '../../common/validation/text';
import { PasswordField } from './user-fields';

/** The username never changes: it is what the audit trail and people know the account by. */
export class UpdateUserDto {
  @IsInt({ message: "version is required: send the version you read, so nobody's change is overwritten" })
  @Min(1)
  version: number;

  @OptionalRequiredText(200)
  fullName?: string;

  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;

  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role?: Role;

  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  /** Set only to reset the password; leaving it out keeps the current one. */
  @IsOptional()
  @PasswordField()
  password?: string;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() username?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}
