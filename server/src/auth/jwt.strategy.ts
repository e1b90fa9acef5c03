import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { SessionUser } from '../access/session-user';
import { JWT_SECRET } from './jwt-secret';
import { readSessionCookie } from './session-cookie';
import { type SessionClaims, SessionsService } from './sessions/sessions.service';

/** A token's payload: its user, the user's token version when it was issued, and its session. */
export type TokenPayload = SessionClaims;

/**
 * Accepts the session cookie (browser) or `Authorization: Bearer` (scripts). A token is valid only
 * while its user is active, its token version is current and its session row exists, so a logout,
 * an ended session, sign out everywhere, a password or role change and deactivation end it at
 * once, not when it expires.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(JWT_SECRET) secret: string,
    private readonly sessions: SessionsService,
  ) {
    super({
      // Bearer first: a request that names a token is judged by it, never by a cookie beside it (the
      // cross-site check exempts bearer requests, so a cookie must not ride along under one).
      jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromAuthHeaderAsBearerToken(), readSessionCookie as never]),
      // A key object, not the string: given a string, jsonwebtoken first tries to parse it as a
      // public key (crypto.createPublicKey) on every verify, which was a quarter of the CPU of a read.
      // passport-jwt hands it to jsonwebtoken as it is; its types only name strings and buffers.
      secretOrKey: createSecretKey(Buffer.from(secret, 'utf8')) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(payload: TokenPayload): Promise<SessionUser | false> {
    return this.sessions.authenticate(payload);
  }
}
