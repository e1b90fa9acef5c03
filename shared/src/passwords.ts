import { isCommonPassword } from './common-passwords';

/** The password rule, the same on both sides: the UI checks it before sending, the server enforces it. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * Why a password is refused:
 * - `length`: shorter than MIN_PASSWORD_LENGTH or longer than MAX_PASSWORD_LENGTH characters;
 * - `repeated`: one character over and over (`aaaaaaaaaaaa`), the first thing a guesser tries;
 * - `common`: one of the most common breached passwords (see common-passwords.ts);
 * - `username`: contains the account's username, whatever the case.
 */
export type PasswordProblem = 'length' | 'repeated' | 'common' | 'username';

/** A username shorter than this is too common a fragment to refuse passwords for containing it. */
const MIN_USERNAME_TO_REFUSE = 3;

/** The first rule the password breaks (the username is left out where there is none yet), or null. */
export function passwordProblem(password: string, username?: string | null): PasswordProblem | null {
  // Characters, not UTF-16 units: an emoji is one character to the person typing it.
  const characters = [...password];
  if (characters.length < MIN_PASSWORD_LENGTH || characters.length > MAX_PASSWORD_LENGTH) return 'length';
  if (characters.every((character) => character === characters[0])) return 'repeated';
  if (isCommonPassword(password)) return 'common';
  const name = username?.trim().toLowerCase() ?? '';
  if (name.length >= MIN_USERNAME_TO_REFUSE && password.toLowerCase().includes(name)) return 'username';
  return null;
}

/** The server's English reason for each refusal, after the word "password" (the UI has its own, in both languages). */
export const PASSWORD_PROBLEM_REASONS: Readonly<Record<PasswordProblem, string>> = {
  length: `must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`,
  repeated: 'must not be one character repeated',
  common: 'is one of the most common passwords found in data breaches',
  username: 'must not contain the username',
};
