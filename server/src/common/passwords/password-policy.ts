import { PASSWORD_PROBLEM_REASONS, passwordProblem } from '@klch/shared';
import { badRequest } from '../errors/http-errors';

/**
 * The password rule where the account is known: every place that sets a password calls it before
 * hashing (an admin's create and reset, your own change, the command line, the demo seed), so the
 * username rule holds whatever the body said. A 400 naming the field, with the reason.
 */
export function checkPasswordPolicy(password: string, username: string, field: string): void {
  const problem = passwordProblem(password, username);
  if (problem) {
    throw badRequest(`The password is refused: it ${PASSWORD_PROBLEM_REASONS[problem]}.`, {
      [field]: `password ${PASSWORD_PROBLEM_REASONS[problem]}`,
    });
  }
}
