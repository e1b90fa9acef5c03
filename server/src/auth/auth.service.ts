import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { UserRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../access/session-user';
import { ruleViolation } from '../common/errors/http-errors';
import { burnDecoyVerification, hashPassword, verifyPassword } from '../common/passwords/password-hash';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { transactionTime } from '../database/transaction-time';
import { TransactionRunner } from '../database/transaction-runner';
import { toUserRecord, UserEntity } from '../users';
import type { TokenPayload } from './jwt.strategy';
import type { SessionClient } from './sessions/session-client';
import type { SessionEntity } from './sessions/session.entity';
import { SessionsService } from './sessions/sessions.service';
import { AccountLockedException, clearFailures, lockedUntil, recordFailure } from './login-throttle';

const WRONG_CREDENTIALS = 'Wrong username or password.';

/** A user who just proved who they are, and the session that started for them. */
export interface SignIn {
  user: UserEntity;
  session: SessionEntity;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks a username and password. Every outcome is audited; failures count towards the lockout
   * of the name typed. Unknown names and wrong passwords get the same answer in the same time.
   */
  async verifyCredentials(usernameTyped: string, password: string, requestId: string, client: SessionClient): Promise<SignIn> {
    const username = usernameTyped.trim().toLowerCase().slice(0, 64);
    const { user, locked } = await this.db.read(async (manager) => ({
      user: await manager.getRepository(UserEntity).findOne({ where: { username } }),
      locked: await lockedUntil(manager, username),
    }));
    if (locked) throw new AccountLockedException(locked);

    // argon2 is deliberately slow: verify outside any transaction so other writes don't wait on it.
    const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnDecoyVerification(password), false);
    // An unknown name is not written down: people sometimes type their password into the username box.
    const actor: Actor = { id: user?.id ?? null, name: user?.fullName ?? null, role: user?.role ?? null, requestId };

    if (!user || !valid) {
      const lockedNow = await this.db.write(async (manager) => {
        const until = await recordFailure(manager, this.config, username);
        await this.audit.append(manager, actor, {
          action: 'login_failed',
          entityType: 'users',
          entityId: user?.id ?? null,
          reason: user ? 'wrong password' : 'unknown username',
        });
        return until;
      });
      if (lockedNow) throw new AccountLockedException(lockedNow);
      throw new UnauthorizedException({ message: WRONG_CREDENTIALS });
    }
    if (!user.active) {
      throw new UnauthorizedException({ message: 'This account is deactivated. Ask an administrator to reactivate it.' });
    }
    const session = await this.db.write(async (manager) => {
      await clearFailures(manager, username);
      await manager.update(UserEntity, { id: user.id }, { lastLoginAt: transactionTime(manager) });
      const started = await this.sessions.start(manager, user, client);
      await this.audit.append(manager, actor, { action: 'login', entityType: 'users', entityId: user.id, reason: `session ${started.id}` });
      return started;
    });
    return { user, session };
  }

  issueToken({ user, session }: SignIn): string {
    const payload: TokenPayload = { sub: user.id, tv: session.tokenVersion, sid: session.id };
    return this.jwt.sign(payload);
  }

  /**
   * A user's own password change. Every existing session ends (the token version moves on); a new
   * session starts for the caller so this browser stays signed in.
   */
  async changePassword(user: SessionUser, currentPassword: string, newPassword: string, requestId: string, client: SessionClient): Promise<SignIn> {
    const row = await this.db.read((manager) => manager.getRepository(UserEntity).findOneOrFail({ where: { id: user.id } }));
    if (!(await verifyPassword(row.passwordHash, currentPassword))) {
      throw ruleViolation('The current password is not right.', { currentPassword: 'is not your current password' });
    }
    if (currentPassword === newPassword) {
      throw ruleViolation('The new password must differ from the current one.', { newPassword: 'must differ from the current password' });
    }
    const passwordHash = await hashPassword(newPassword);
    return this.db.write(async (manager) => {
      // Not a versioned edit of the account (an admin's open form stays valid): the user's own secret.
      await manager
        .createQueryBuilder()
        .update(UserEntity)
        .set({ passwordHash, tokenVersion: () => 'token_version + 1', updatedAt: transactionTime(manager), updatedById: user.id })
        .where('id = :id', { id: user.id })
        .execute();
      await this.audit.append(
        manager,
        { id: user.id, name: user.fullName, role: user.role, requestId },
        {
          action: 'password_change',
          entityType: 'users',
          entityId: user.id,
          reason: 'changed by the user; all other sessions ended',
        },
      );
      const updated = await manager.getRepository(UserEntity).findOneOrFail({ where: { id: user.id } });
      return { user: updated, session: await this.sessions.start(manager, updated, client) };
    });
  }

  async me(user: SessionUser): Promise<UserRecord> {
    const row = await this.db.read((manager) => manager.getRepository(UserEntity).findOneOrFail({ where: { id: user.id } }));
    return toUserRecord(row);
  }
}
