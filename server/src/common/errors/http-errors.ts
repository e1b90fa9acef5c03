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
import type { Resource } from '@klch/shared';
import { type Message, msg, recordRef, type Text, timeRef } from '../i18n/message';
import { requestLanguage } from '../i18n/request-language';
import { translate } from '../i18n/translate';

/**
 * The errors a route answers, built one way: the status, a sentence for people (`message`) and,
 * where fields are at fault, `errors` by field — what react-admin shows beside the inputs. Call
 * sites name the kind of error (`conflict(…)`), never a status code, and the sentence by its
 * catalogue key (`msg('users.lastAdmin')`): the exception filter words it in the reader's language.
 */
export type FieldErrors = Record<string, Text | readonly Text[]>;

const body = (statusCode: HttpStatus, message: Text, errors?: FieldErrors, extra?: Record<string, unknown>) => ({
  statusCode,
  message,
  ...(errors ? { errors } : {}),
  ...extra,
});

/**
 * The same body for an answer sent straight from a Fastify hook or route, where no Nest exception
 * filter runs (an unknown API address, a multipart body where JSON belongs), in the request's language.
 */
export const sendError = (reply: FastifyReply, status: HttpStatus, message: Text) =>
  reply.code(status).send(body(status, translate(message, requestLanguage(reply.request as never))));

/** 400: the request itself is malformed (a bad query, a missing form field). */
export const badRequest = (message: Text, errors?: FieldErrors) => new BadRequestException(body(HttpStatus.BAD_REQUEST, message, errors));

/** 400 for one field, whose reason is the message itself. */
export const fieldError = (field: string, message: Text) => badRequest(message, { [field]: message });

/** 401: no valid sign-in (wrong credentials, or no session). */
export const unauthorized = (message: Text) => new UnauthorizedException(body(HttpStatus.UNAUTHORIZED, message));

/** 429: too many attempts (per address, or at one account's password); the message says until when or how long. */
export const tooManyRequests = (message: Text) => new HttpException(body(HttpStatus.TOO_MANY_REQUESTS, message), HttpStatus.TOO_MANY_REQUESTS);

export const notFound = (message: Text) => new NotFoundException(body(HttpStatus.NOT_FOUND, message));

/** The 404 of a record by id: "Partnership 7 does not exist." / "Perkongsian 7 tidak wujud." */
export const recordNotFound = (record: Resource, id: number | string) => notFound(msg('error.notFound', { record: recordRef(record), id }));

/** 403 for a signed-in user refused one record (the guard refuses whole routes). */
export const forbidden = (message: Text) => new ForbiddenException(body(HttpStatus.FORBIDDEN, message));

/** 409: the request clashes with the state of other records (taken, in use, already decided). */
export const conflict = (message: Text, extra?: Record<string, unknown>, errors?: FieldErrors) =>
  new ConflictException(body(HttpStatus.CONFLICT, message, errors, extra));

export const unsupportedMediaType = (message: Text, errors?: FieldErrors) =>
  new UnsupportedMediaTypeException(body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message, errors));

/** 422: the request is well-formed but breaks a rule of the domain (unknown partner, status via PUT, …). */
export class RuleViolationException extends HttpException {
  constructor(message: Text, errors?: FieldErrors) {
    super(body(HttpStatus.UNPROCESSABLE_ENTITY, message, errors), HttpStatus.UNPROCESSABLE_ENTITY);
  }
}

export const ruleViolation = (message: Text, errors?: FieldErrors) => new RuleViolationException(message, errors);

/** Who saved a record last, as a 409 for a stale `version` tells it. */
export interface CurrentVersion {
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

/**
 * One field someone else changed since the caller read the record: its name, its label (worded in
 * the reader's language by the filter), and the value it has now. The caller's own value is the
 * form's, which the UI has.
 */
export interface ConflictingChange {
  field: string;
  label: Message;
  theirs: unknown;
}

/** 409: someone else changed the record since the caller read it: who, when, and what. */
export class StaleVersionException extends ConflictException {
  constructor(record: Resource, current: CurrentVersion, changes: ConflictingChange[] = []) {
    super(
      body(
        HttpStatus.CONFLICT,
        msg('stale.changed', { record: recordRef(record), who: current.updatedBy ?? msg('stale.someone'), time: timeRef(current.updatedAt) }),
        undefined,
        { current, changes },
      ),
    );
  }
}

/**
 * An error's sentence in English, for the audit trail: the trail is one record for every reader,
 * written once, so it keeps the language the API's documentation uses.
 */
export function englishMessageOf(error: HttpException): string {
  const response = error.getResponse();
  const message = typeof response === 'object' && response !== null ? (response as { message?: Text }).message : response;
  return message === undefined ? error.message : translate(message as Text, 'en');
}
