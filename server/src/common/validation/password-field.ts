import { applyDecorators } from '@nestjs/common';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import { IsString, ValidateBy } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from '@klch/shared';
import { PASSWORD_LENGTHS, PASSWORD_PROBLEM_KEYS } from '../passwords/password-messages';
import { validationMessage } from '../i18n/validation-message';

/**
 * shared's password rule, as a validator: a new account's, a reset one, or your own new one. The
 * body's `username` is used where the body names the account (a new one); otherwise the service
 * checks the username rule against the account itself (checkPasswordPolicy).
 */
export const PasswordField = (options: { usernameFromBody?: boolean } = {}) =>
  applyDecorators(
    IsString({ message: validationMessage('validation.text') }),
    ValidateBy({
      name: 'passwordPolicy',
      validator: {
        validate: (value, args) => typeof value === 'string' && !passwordProblem(value, options.usernameFromBody ? usernameOf(args?.object) : null),
        defaultMessage: (args) => {
          const value = args?.value;
          const problem = typeof value === 'string' ? passwordProblem(value, options.usernameFromBody ? usernameOf(args?.object) : null) : 'length';
          return validationMessage(PASSWORD_PROBLEM_KEYS[problem ?? 'length'], PASSWORD_LENGTHS);
        },
      },
    }),
  );

const usernameOf = (object: object | undefined): string | null => {
  const username = (object as { username?: unknown } | undefined)?.username;
  return typeof username === 'string' ? username : null;
};

/** The docs of a password field. */
export const API_PASSWORD: ApiPropertyOptions = {
  type: String,
  format: 'password',
  minLength: MIN_PASSWORD_LENGTH,
  maxLength: MAX_PASSWORD_LENGTH,
  description:
    `${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters, not one character repeated, not one of the most common ` +
    'breached passwords (nor one with only digits or symbols added), and not containing the username; a refusal is a 400 that says which.',
};
