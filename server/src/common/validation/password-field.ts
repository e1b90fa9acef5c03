import { applyDecorators } from '@nestjs/common';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@klch/shared';

/** shared's password rule, as a validator: a new account's, a reset one, or your own new one. */
export const PasswordField = () =>
  applyDecorators(
    IsString(),
    Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, { message: `password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters` }),
  );

/** The docs of a password field. */
export const API_PASSWORD: ApiPropertyOptions = {
  type: String,
  format: 'password',
  minLength: MIN_PASSWORD_LENGTH,
  maxLength: MAX_PASSWORD_LENGTH,
};
