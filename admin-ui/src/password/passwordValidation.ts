import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@klch/shared';
import { maxLength, minLength, required, type Validator } from 'react-admin';

/*
 * The server's rule, from shared. Checked here too so the user hears about a short password
 * beside the field before anything is sent; the server stays the authority and its 400 lands
 * beside the same field.
 */

/** The repeat field must equal the new password: a typo would otherwise lock the user out. */
const matchesNewPassword: Validator = (value, values) => (value && value !== values?.newPassword ? 'klch.password.validation.mismatch' : undefined);

export const validateCurrentPassword = [required()];

export const validateNewPassword = [
  required(),
  minLength(MIN_PASSWORD_LENGTH, 'klch.password.validation.tooShort'),
  maxLength(MAX_PASSWORD_LENGTH, 'klch.password.validation.tooLong'),
];

export const validateRepeatPassword = [required(), matchesNewPassword];
