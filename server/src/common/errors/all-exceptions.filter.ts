import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { fastifyErrorMessage } from './fastify-errors';

export interface ErrorResponse {
  status: number;
  body: Record<string, unknown>;
}

const logger = new Logger('Errors');

/**
 * Every error leaves as `{ statusCode, message, errors? }`: never a stack trace or SQL. Database
 * constraint failures that slipped past the services' own checks become 409 instead of 500.
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
  const { status, body } = errorResponse(exception, String(request.id));
  if (status >= 500) logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
  void reply.status(status).send(body);
}

export function errorResponse(exception: unknown, requestId: string): ErrorResponse {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') return { status, body: { statusCode: status, message: response } };
    const { error: _error, statusCode: _statusCode, ...rest } = response as Record<string, unknown>;
    if (Array.isArray(rest.message)) rest.message = rest.message.join('; ');
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
      return conflict('A record with the same unique value already exists.');
    }
    if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return conflict('This change would break a link between records (something still refers to it, or it refers to something missing).');
    }
    // PostgreSQL's "data exception" class (a number beyond INTEGER, a NUL character, a text too long):
    // every value reaches SQL as a bound parameter, so this is the caller's input, not a server fault.
    if (code.startsWith('22')) {
      return {
        status: HttpStatus.BAD_REQUEST,
        body: {
          statusCode: HttpStatus.BAD_REQUEST,
          message:
            'A value in the request cannot be stored or searched for: a number out of range, a text too long, or a character that is not allowed.',
        },
      };
    }
  }
  return {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    body: {
      statusCode: 500,
      message: `Something went wrong on our side. Nothing was changed. Quote request id ${requestId} when reporting it.`,
    },
  };
}

function conflict(message: string): ErrorResponse {
  return { status: HttpStatus.CONFLICT, body: { statusCode: HttpStatus.CONFLICT, message } };
}
