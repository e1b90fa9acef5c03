import { HttpException, HttpStatus } from '@nestjs/common';

/** 422: the request is well-formed but breaks a rule of the domain (unknown partner, status via PUT, …). */
export class RuleViolationException extends HttpException {
  constructor(message: string, errors?: Record<string, string>) {
    super({ statusCode: HttpStatus.UNPROCESSABLE_ENTITY, message, ...(errors ? { errors } : {}) }, HttpStatus.UNPROCESSABLE_ENTITY);
  }
}

/** 409: someone else changed the record since the caller read it. */
export class StaleVersionException extends HttpException {
  constructor(entityLabel: string, current: { version: number; updatedAt: string; updatedBy: string | null }) {
    const when = current.updatedAt.replace('T', ' ').slice(0, 16) + ' UTC';
    const who = current.updatedBy ?? 'someone';
    super(
      {
        statusCode: HttpStatus.CONFLICT,
        message: `This ${entityLabel} was changed by ${who} at ${when}. Reload to see the latest version, then make your change again.`,
        current,
      },
      HttpStatus.CONFLICT,
    );
  }
}
