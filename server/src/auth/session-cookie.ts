import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../config/app-config';

export const SESSION_COOKIE = 'klch_session';

/** httpOnly (scripts can't read it) and SameSite=Strict (other sites can't ride on it). */
export function setSessionCookie(reply: FastifyReply, config: AppConfig, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.cookieSecure,
    path: '/',
    maxAge: config.sessionHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: config.cookieSecure, path: '/' });
}
