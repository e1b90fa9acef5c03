import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type PasswordProblem } from '@klch/shared';
import type { MessageKey } from '../i18n/messages.en';

/** Each of shared's password problems as a catalogue message ("Password must be 12 to 128 characters"). */
export const PASSWORD_PROBLEM_KEYS: Readonly<Record<PasswordProblem, MessageKey>> = {
  length: 'password.length',
  repeated: 'password.repeated',
  common: 'password.common',
  username: 'password.username',
};

/** The lengths the length problem names. */
export const PASSWORD_LENGTHS = { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH };
