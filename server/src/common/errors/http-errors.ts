import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  NotFoundException,
  UnauthorizedException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { utcTime } from './message-time';

/**
 * The errors a route answers, built one way: the status, a sentence for people (`message`) and,
 * where fields are at fault, `errors` by field — what react-admin shows beside the inputs. Call
 * sites name the kind of error (`conflict(…)`), never a status code.
 */
type FieldErrors = Record<string, string>;

const body = (statusCode: HttpStatus, message: string, errors?: FieldErrors, extra?: Record<string, unknown>) => ({
  statusCode,
  message,
  ...(errors ? { errors } : {}),
  ...extra,
});

/**
 * The same body for an answer sent straight from a Fastify hook or route, where no Nest exception
 * filter runs (an unknown API address, a multipart body where JSON belongs).
 */
export const sendError = (reply: FastifyReply, status: HttpStatus, message: string) => reply.code(status).send(body(status, message));

/** 400: the request itself is malformed (a bad query, a missing form field). */
export const badRequest = (message: string, errors?: FieldErrors) => new BadRequestException(body(HttpStatus.BAD_REQUEST, message, errors));

/** 400 for one field, whose reason is the message itself. */
export const fieldError = (field: string, message: string) => badRequest(message, { [field]: message });

/** 401: no valid sign-in (wrong credentials, or no session). */
export const unauthorized = (message: string) => new UnauthorizedException(body(HttpStatus.UNAUTHORIZED, message));

/** 429: too many attempts (per address, or at one account's password); the message says until when or how long. */
export const tooManyRequests = (message: string) => new HttpException(body(HttpStatus.TOO_MANY_REQUESTS, message), HttpStatus.TOO_MANY_REQUESTS);

export const notFound = (message: string) => new NotFoundException(body(HttpStatus.NOT_FOUND, message));

/** 403 for a signed-in user refused one record (the guard refuses whole routes). */
export const forbidden = (message: string) => new ForbiddenException(body(HttpStatus.FORBIDDEN, message));

/** 409: the request clashes with the state of other records (taken, in use, already decided). */
export const conflict = (message: string, extra?: Record<string, unknown>, errors?: FieldErrors) =>
  new ConflictException(body(HttpStatus.CONFLICT, message, errors, extra));

export const unsupportedMediaType = (message: string, errors?: FieldErrors) =>
  new UnsupportedMediaTypeException(body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message, errors));

/** 422: the request is well-formed but breaks a rule of the domain (unknown partner, status via PUT, …). */
export class RuleViolationException extends HttpException {
  constructor(message: string, errors?: FieldErrors) {
    super(body(HttpStatus.UNPROCESSABLE_ENTITY, message, errors), HttpStatus.UNPROCESSABLE_ENTITY);
  }
}

export const ruleViolation = (message: string, errors?: FieldErrors) => new RuleViolationException(message, errors);

/** Who saved a record last, as a 409 for a stale `version` tells it. */
export interface CurrentVersion {
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

/** 409: someone else changed the record since the caller read it. */
export class StaleVersionException extends ConflictException {
  constructor(entityLabel: string, current: CurrentVersion) {
    super(
      body(
        HttpStatus.CONFLICT,
        `This ${entityLabel} was changed by ${current.updatedBy ?? 'someone'} at ${utcTime(current.updatedAt)}. ` +
          'Reload to see the latest version, then make your change again.',
        undefined,
        { current },
      ),
    );
  }
}
