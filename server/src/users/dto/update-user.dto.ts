import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { EmailField } from '../../common/validation/email-field';
import { LANGUAGES, type Language, ROLES, type Role } from '@klch/shared';
import { KeepOrSet } from '../../common/validation/keep-or-set';
import { API_PASSWORD, PasswordField } from '../../common/validation/password-field';
import { ServerOwnedFields } from '../../common/validation/server-owned-fields';
import { OptionalRequiredText } from '../../common/validation/text';
import { VersionField } from '../../common/validation/version-field';
import { UserResponse } from './user.response';
import { validationMessage } from '../../common/i18n/validation-message';

/**
 * A PUT body: the whole record as react-admin sends it, with the version the client read. The
 * username never changes (it is what the audit trail and people know the account by): it is
 * accepted as sent back and ignored, like the other server-owned fields.
 */
@ServerOwnedFields(UserResponse, ['id', 'username', 'lastLoginAt', 'lockedUntil', 'createdAt', 'updatedAt'])
export class UpdateUserDto {
  @VersionField()
  version: number;

  @ApiPropertyOptional({ type: String, minLength: 1, maxLength: 200, description: 'Left out: unchanged. Never empty.', example: 'Demo Officer' })
  @OptionalRequiredText(200)
  fullName?: string;

  @ApiPropertyOptional({ type: String, format: 'email', nullable: true, example: 'officer@example.org' })
  @IsOptional()
  @EmailField()
  email?: string | null;

  @ApiPropertyOptional({
    enum: [...ROLES],
    description: "A change ends the account's sessions; demoting the last active admin answers 409.",
    example: 'officer',
  })
  @KeepOrSet()
  @IsIn(ROLES, { message: validationMessage('validation.oneOf', { values: ROLES.join(', ') }) })
  role?: Role;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'false deactivates the account and ends its sessions at once; deactivating the last active admin answers 409.',
    example: true,
  })
  @KeepOrSet()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: [...LANGUAGES], example: 'en' })
  @KeepOrSet()
  @IsIn(LANGUAGES, { message: validationMessage('validation.oneOf', { values: LANGUAGES.join(', ') }) })
  language?: Language;

  /** Set only to reset the password; leaving it out keeps the current one. */
  @ApiPropertyOptional({
    ...API_PASSWORD,
    description: `Only to reset the password (the account's sessions end); left out, the password stays. ${API_PASSWORD.description}`,
  })
  @IsOptional()
  @PasswordField()
  password?: string;
}
