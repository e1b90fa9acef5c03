import { applyDecorators } from '@nestjs/common';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';
import { validationMessage } from '../../common/i18n/validation-message';

export const UsernameField = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsString(),
    Matches(/^[a-z0-9][a-z0-9._-]{1,63}$/, { message: validationMessage('validation.username') }),
  );

/** The docs of the username field. */
export const API_USERNAME: ApiPropertyOptions = {
  type: String,
  pattern: '^[a-z0-9][a-z0-9._-]{1,63}$',
  description: '2 to 64 letters, digits, dots, dashes or underscores; trimmed and lower-cased, and unique (409 when taken). It never changes.',
  example: 'officer',
};
