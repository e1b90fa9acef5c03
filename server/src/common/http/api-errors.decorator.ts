import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ConflictResponse, ErrorResponse } from './error-response';

/**
 * The error answers of the API docs. All of them are for the docs only: they change no behaviour,
 * they describe what AllExceptionsFilter, the AccessGuard, the ValidationPipe and the services send.
 */

export const errorBody = (statusCode: number, message: string, errors?: Record<string, string>) => ({
  statusCode,
  message,
  ...(errors ? { errors } : {}),
});

/**
 * Named examples rather than a single `example`: two decorators for the same status (a 400 for the
 * id and one for the body) merge their descriptions and keep both examples.
 */
export const errorExamples = (key: string, summary: string, value: object) => ({ examples: { [key]: { summary, value } } });

/** 400 for an `:id` that is not a whole number, 404 for one that names no record. */
export function ApiIdErrors(label: string, example: string) {
  return applyDecorators(
    ApiBadRequestResponse({
      type: ErrorResponse,
      description: 'The id in the address is not a whole number from 1 to 2147483647.',
      ...errorExamples('id', 'Not a whole number', errorBody(400, 'The id in the address must be a whole number.')),
    }),
    ApiNotFoundResponse({
      type: ErrorResponse,
      description: `There is no ${label} with this id.`,
      ...errorExamples('missing', 'No such id', errorBody(404, example)),
    }),
  );
}

/** 400 for a body the DTO refuses: each field's reason in `errors`. Unknown fields are refused too. */
export function ApiBodyErrors(example: Record<string, string>) {
  const fields = Object.keys(example);
  return ApiBadRequestResponse({
    type: ErrorResponse,
    description: 'The body does not pass validation: `errors` says why, field by field. A field the record does not have is refused too.',
    ...errorExamples(
      'validation',
      'Fields refused',
      errorBody(400, `Please correct ${fields.length === 1 ? 'this field' : 'these fields'}: ${fields.join(', ')}.`, example),
    ),
  });
}

/** 409 for a PUT whose `version` is not the record's current one: someone else saved it meanwhile. */
export function ApiStaleVersion(label: string, more = '') {
  return ApiConflictResponse({
    type: ConflictResponse,
    description: `The \`version\` you sent is not the current one: someone else saved this ${label} since you read it. \`current\` says who and when; reload and make your change again.${more ? ` ${more}` : ''}`,
    ...errorExamples('staleVersion', 'Someone else saved it first', {
      ...errorBody(
        409,
        `This ${label} was changed by Demo Manager at 2025-06-30 08:15 UTC. Reload to see the latest version, then make your change again.`,
      ),
      current: { version: 3, updatedAt: '2025-06-30T08:15:00.000Z', updatedBy: 'Demo Manager' },
    }),
  });
}

/** 409 for a conflict with other records (a taken name, a record still in use, the last admin). */
export function ApiConflict(key: string, description: string, message: string, errors?: Record<string, string>) {
  return ApiConflictResponse({ type: ConflictResponse, description, ...errorExamples(key, description, errorBody(409, message, errors)) });
}

/** 422: well-formed, but against a rule of the domain that needs the database or several fields. */
export function ApiRuleViolation(key: string, description: string, message: string, errors?: Record<string, string>) {
  return ApiUnprocessableEntityResponse({ type: ErrorResponse, description, ...errorExamples(key, description, errorBody(422, message, errors)) });
}

/** A 400 other than validation (a bad list query, a login body without a password, …). */
export function ApiBadRequest(key: string, description: string, message: string, errors?: Record<string, string>) {
  return ApiBadRequestResponse({ type: ErrorResponse, description, ...errorExamples(key, description, errorBody(400, message, errors)) });
}

/** 403 for a role that may, refused for this record (four-eyes, someone else's request): besides the route's role 403. */
export function ApiRecordRefusal(key: string, description: string, message: string) {
  return ApiForbiddenResponse({ type: ErrorResponse, description, ...errorExamples(key, description, errorBody(403, message)) });
}
