import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional } from 'class-validator';
import { LANGUAGES, type Language, ROLES, type Role } from '@klch/shared';
import { ApiReadOnly } from '../../common/http/api-read-only.decorator';
import { ReadOnlyField } from '../../common/validation/read-only';
import { OptionalRequiredText } from '../../common/validation/text';
import { API_PASSWORD, PasswordField } from './user-fields';
import { VersionField } from '../../common/validation/version-field';

/** The username never changes: it is what the audit trail and people know the account by. */
export class UpdateUserDto {
  @VersionField()
  version: number;

  @ApiPropertyOptional({ type: String, minLength: 1, maxLength: 200, description: 'Left out: unchanged. Never empty.', example: 'Demo Officer' })
  @OptionalRequiredText(200)
  fullName?: string;

  @ApiPropertyOptional({ type: String, format: 'email', nullable: true, example: 'officer@example.org' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;

  @ApiPropertyOptional({
    enum: [...ROLES],
    description: 'A change ends the account\'s sessions; demoting the last active admin answers 409.',
    example: 'officer',
  })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'false deactivates the account and ends its sessions at once; deactivating the last active admin answers 409.',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: [...LANGUAGES], example: 'en' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  /** Set only to reset the password; leaving it out keeps the current one. */
  @ApiPropertyOptional({ ...API_PASSWORD, description: 'Only to reset the password (the account\'s sessions end); left out, the password stays.' })
  @IsOptional()
  @PasswordField()
  password?: string;

  @ApiReadOnly({ type: 'integer', example: 1 })
  @ReadOnlyField() id?: unknown;
  @ApiReadOnly({ type: String, description: 'ignored: the username never changes', example: 'officer' })
  @ReadOnlyField() username?: unknown;
  @ApiReadOnly({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  @ReadOnlyField() createdAt?: unknown;
  @ApiReadOnly({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  @ReadOnlyField() updatedAt?: unknown;
}
