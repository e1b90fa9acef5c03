import { passwordProblem } from '@klch/shared';
import { badRequest } from '../errors/http-errors';
import { fieldRef, msg } from '../i18n/message';
import { PASSWORD_LENGTHS, PASSWORD_PROBLEM_KEYS } from './password-messages';

/**
 * The password rule where the account is known: every place that sets a password calls it before
 * hashing (an admin's create and reset, your own change, the command line, the demo seed), so the
 * username rule holds whatever the body said. A 400 naming the field, with the reason.
 */
export function checkPasswordPolicy(password: string, username: string, field: string): void {
  const problem = passwordProblem(password, username);
  if (problem) {
    const reason = msg(PASSWORD_PROBLEM_KEYS[problem], { ...PASSWORD_LENGTHS, field: fieldRef(field) });
    throw badRequest(msg('password.refused', { reason }), { [field]: reason });
  }
}
