import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { TransactionRunner } from '../database/transaction-runner';
import type { SessionUser } from '../access/session-user';
import { UserEntity } from '../users';
import { JWT_SECRET } from './jwt-secret';
import { readSessionCookie } from './session-cookie';

export interface TokenPayload {
  sub: number;
  /** The user's token version when the token was issued. */
  tv: number;
}

/**
 * Accepts the session cookie (browser) or `Authorization: Bearer` (scripts). A token is valid only
 * while its user is active and its token version is current, so logout, a password or role change
 * and deactivation end it at once, not when it expires.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(JWT_SECRET) secret: string,
    private readonly db: TransactionRunner,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([readSessionCookie as never, ExtractJwt.fromAuthHeaderAsBearerToken()]),
      secretOrKey: secret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: TokenPayload): Promise<SessionUser | false> {
    if (!Number.isInteger(payload?.sub) || !Number.isInteger(payload?.tv)) return false;
    const user = await this.db.read((manager) =>
      manager
        .getRepository(UserEntity)
        .findOne({ where: { id: payload.sub }, select: ['id', 'username', 'fullName', 'role', 'active', 'tokenVersion'] }),
    );
    if (!user || !user.active || user.tokenVersion !== payload.tv) return false;
    return { id: user.id, username: user.username, fullName: user.fullName, role: user.role };
  }
}
