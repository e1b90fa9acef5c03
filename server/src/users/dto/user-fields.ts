import { applyDecorators } from '@nestjs/common';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../auth/passwords';

export const UsernameField = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsString(),
    Matches(/^[a-z0-9][a-z0-9._-]{1,63}$/, { message: 'username must be 2 to 64 letters, digits, dots, dashes or underscores' }),
  );

export const PasswordField = () =>
  applyDecorators(
    IsString(),
    Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, {
      message: `password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`,
    }),
  );

/** The docs of the two fields above, for the DTOs that use them. */
export const API_USERNAME: ApiPropertyOptions = {
  type: String,
  pattern: '^[a-z0-9][a-z0-9._-]{1,63}$',
  description: '2 to 64 letters, digits, dots, dashes or underscores; trimmed and lower-cased, and unique (409 when taken). It never changes.',
  example: 'officer',
};

export const API_PASSWORD: ApiPropertyOptions = {
  type: String,
  format: 'password',
  minLength: MIN_PASSWORD_LENGTH,
  maxLength: MAX_PASSWORD_LENGTH,
};
