import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import type { Language } from '@klch/shared';
import { isMessage, msg } from '../i18n/message';
import { EN } from '../i18n/messages.en';
import { requestLanguage } from '../i18n/request-language';
import { translate, translateFieldErrors } from '../i18n/translate';
import { fastifyErrorMessage } from './fastify-errors';

export interface ErrorResponse {
  status: number;
  body: Record<string, unknown>;
}

const logger = new Logger('Errors');

/**
 * Every error leaves as `{ statusCode, message, errors? }`: never a stack trace or SQL. Database
 * constraint failures that slipped past the services' own checks become 409 instead of 500.
 * The one place messages are worded: call sites name catalogue keys, and here they become
 * sentences in the request's language (the user's profile, else Accept-Language, else English).
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    sendErrorResponse(exception, host.switchToHttp().getRequest<FastifyRequest>(), host.switchToHttp().getResponse<FastifyReply>());
  }
}

/**
 * The same answer for errors raised before a Nest route runs (the body parser, Fastify's own
 * checks, a Fastify hook): Fastify's error handler, which would otherwise answer `{ code, error, … }`.
 */
export function fastifyErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  sendErrorResponse(error, request, reply);
}

function sendErrorResponse(exception: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = errorResponse(exception, String(request.id), requestLanguage(request as never));
  if (status >= 500) logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
  void reply.status(status).send(body);
}

/** The body with its messages worded: `message`, every field's reasons, and any message nested deeper (a 409's changed fields). */
export function wordBody(body: Record<string, unknown>, language: Language): Record<string, unknown> {
  const { message, errors, ...rest } = body;
  return {
    ...(wordDeep(rest, language) as Record<string, unknown>),
    ...(message !== undefined
      ? { message: Array.isArray(message) ? message.map((m) => wordOne(m, language)).join('; ') : wordOne(message, language) }
      : {}),
    ...(errors && typeof errors === 'object' ? { errors: translateFieldErrors(errors as never, language) } : {}),
  } as Record<string, unknown>;
}

const isCatalogueMessage = (value: unknown) => isMessage(value) && value.key in EN;

const wordOne = (value: unknown, language: Language): unknown =>
  typeof value === 'string' || isCatalogueMessage(value) ? translate(value as never, language) : value;

function wordDeep(value: unknown, language: Language): unknown {
  if (isCatalogueMessage(value)) return translate(value as never, language);
  if (Array.isArray(value)) return value.map((item) => wordDeep(item, language));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wordDeep(v, language)]));
  return value;
}

export function errorResponse(exception: unknown, requestId: string, language: Language = 'en'): ErrorResponse {
  const { status, body } = unwordedResponse(exception, requestId);
  return { status, body: wordBody(body, language) };
}

function unwordedResponse(exception: unknown, requestId: string): ErrorResponse {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') return { status, body: { statusCode: status, message: response } };
    const { error: _error, statusCode: _statusCode, ...rest } = response as Record<string, unknown>;
    return { status, body: { statusCode: status, ...rest } };
  }
  const fastifyStatus = (exception as { statusCode?: unknown })?.statusCode;
  // Errors Fastify raises before a route runs: oversize or malformed body, bad URL.
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    return { status: fastifyStatus, body: { statusCode: fastifyStatus, message: fastifyErrorMessage(exception as FastifyError) } };
  }
  if (exception instanceof QueryFailedError) {
    const code = String((exception as QueryFailedError & { code?: string; driverError?: { code?: string } }).driverError?.code ?? '');
    if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return conflict(msg('error.uniqueTaken'));
    }
    if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return conflict(msg('error.brokenLink'));
    }
    // PostgreSQL's "data exception" class (a number beyond INTEGER, a NUL character, a text too long):
    // every value reaches SQL as a bound parameter, so this is the caller's input, not a server fault.
    if (code.startsWith('22')) {
      return {
        status: HttpStatus.BAD_REQUEST,
        body: {
          statusCode: HttpStatus.BAD_REQUEST,
          message: msg('error.unstorableValue'),
        },
      };
    }
  }
  return {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    body: {
      statusCode: 500,
      message: msg('error.internal', { requestId }),
    },
  };
}

function conflict(message: unknown): ErrorResponse {
  return { status: HttpStatus.CONFLICT, body: { statusCode: HttpStatus.CONFLICT, message } };
}
