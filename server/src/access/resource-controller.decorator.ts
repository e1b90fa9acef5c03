import { applyDecorators, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { ApiAccessErrors } from './api-access-errors.decorator';

/**
 * The class decorator of every resource controller: the route prefix, its tag in the API docs, the
 * two ways to be signed in (session cookie, bearer token) and the 401/403 each route can answer,
 * read from its own `@Allow`. `@ResourceController('milestones')`.
 */
export function ResourceController(path: string, tag: string = path): ClassDecorator {
  return applyDecorators(ApiTags(tag), ApiCookieAuth(), ApiBearerAuth(), ApiAccessErrors(), Controller(path));
}
