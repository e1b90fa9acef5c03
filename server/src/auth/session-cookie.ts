import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';

const SESSION_COOKIE = 'klch_session';

/*
 * The one cookie the app uses is read and written here directly: its value is a JWT (base64url and
 * dots, nothing to escape), and @fastify/cookie's ES-module-only dependency cannot load under jest.
 */

export function readSessionCookie(request: FastifyRequest): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

/** httpOnly (scripts can't read it) and SameSite=Strict (other sites can't ride on it). */
export function setSessionCookie(reply: FastifyReply, config: AppConfig, token: string): void {
  void reply.header('Set-Cookie', cookie(config, token, config.sessionHours * 3600));
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  void reply.header('Set-Cookie', cookie(config, '', 0));
}

function cookie(config: AppConfig, value: string, maxAgeSeconds: number): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    `Max-Age=${maxAgeSeconds}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    ...(config.cookieSecure ? ['Secure'] : []),
  ].join('; ');
}
