import { ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { canAccess, ROLES } from '@klch/shared';
import { errorBody, errorExamples } from '../common/http/api-errors.decorator';
import { ErrorResponse } from '../common/http/error-response';
import { POLICY_KEY, type Policy } from './policy.decorator';

/**
 * Documents 401 and 403 on every route of a controller, read from each route's own access policy
 * (`@Allow`, `@SignedIn`, `@Public`), so the docs name exactly the roles the AccessGuard lets through.
 * A class decorator runs after the method decorators, so the policies are always there to read.
 */
export function ApiAccessErrors(): ClassDecorator {
  return (target) => {
    const prototype = target.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
      if (name === 'constructor' || typeof descriptor?.value !== 'function') continue;
      const policy: Policy | undefined = Reflect.getMetadata(POLICY_KEY, descriptor.value) ?? Reflect.getMetadata(POLICY_KEY, target);
      if (!policy || policy.kind === 'public') continue;
      ApiUnauthorizedResponse({
        type: ErrorResponse,
        description: 'Not signed in: no session cookie or bearer token, or it has expired or was ended.',
        ...errorExamples('session', 'No valid session', errorBody(401, 'Please sign in: your session is missing, has expired or was ended.')),
      })(prototype, name, descriptor);
      if (policy.kind !== 'grant') continue;
      const { action, resource } = policy;
      const refused = ROLES.filter((role) => !canAccess(role, action, resource));
      if (!refused.length) continue; // every role may: no 403 to document
      const allowed = ROLES.filter((role) => canAccess(role, action, resource));
      ApiForbiddenResponse({
        type: ErrorResponse,
        description: `Signed in, but your role may not ${action} ${resource}. Allowed: ${allowed.join(', ') || 'nobody'}.`,
        ...errorExamples('role', `Role ${refused[0]}`, errorBody(403, `Your role (${refused[0]}) may not ${action} ${resource}.`)),
      })(prototype, name, descriptor);
    }
  };
}
