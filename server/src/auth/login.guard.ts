import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { badRequest } from '../common/errors/http-errors';
import { unstorableTextProblem } from '../common/validation/storable-text';
import { fieldRef, type Message, msg } from '../common/i18n/message';

/**
 * passport-local behind a shape check: a body without a username and password is a 400 that says
 * what is missing, not a misleading "wrong password". (Guards run before pipes, so the check of
 * unstorable text that every other body gets from StorableTextPipe is made here too.)
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    const body = context.switchToHttp().getRequest<FastifyRequest>().body as Record<string, unknown> | undefined;
    const errors: Record<string, Message> = {};
    for (const field of ['username', 'password']) {
      const value = body?.[field];
      const unstorable = typeof value === 'string' ? unstorableTextProblem(value) : null;
      const named = { field: fieldRef(field) };
      if (typeof value !== 'string' || value.length === 0) errors[field] = msg('validation.required', named);
      else if (value.length > 200) errors[field] = msg('validation.maxLength', { ...named, max: 200 });
      else if (unstorable) errors[field] = msg(unstorable, named);
    }
    if (Object.keys(errors).length) {
      throw badRequest(msg('auth.enterCredentials'), errors);
    }
    return super.canActivate(context);
  }

  /** Let the strategy's own 401/429 through unchanged. */
  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    return user;
  }
}
