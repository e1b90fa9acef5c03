import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Language, UserRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../access/session-user';
import { ruleViolation, unauthorized } from '../common/errors/http-errors';
import { checkPasswordPolicy } from '../common/passwords/password-policy';
import { burnDecoyVerification, hashPassword, verifyPassword } from '../common/passwords/password-hash';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { transactionTime } from '../database/transaction-time';
import { TransactionRunner } from '../database/transaction-runner';
import { toUserRecord, UserEntity } from '../users';
import type { TokenPayload } from './jwt.strategy';
import type { SessionClient } from './sessions/session-client';
import type { SessionEntity } from './sessions/session.entity';
import { SessionsService } from './sessions/sessions.service';
import { accountLocked, clearFailures, passwordChangeLocked, reserveGuess } from './login-throttle';
import { msg } from '../common/i18n/message';

const WRONG_CREDENTIALS = msg('auth.wrongCredentials');

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
   * Checks a username and password. Every outcome is audited; every failure counts towards the
   * lockout of the name typed, and is counted before the password is checked (see reserveGuess).
   * Unknown names, wrong passwords and deactivated accounts get the same answer in the same time.
   */
  async verifyCredentials(usernameTyped: string, password: string, requestId: string, client: SessionClient): Promise<SignIn> {
    const username = usernameTyped.trim().toLowerCase().slice(0, 64);
    const { user, slot } = await this.db.write(async (manager) => ({
      slot: await reserveGuess(manager, this.config, username),
      user: await manager.getRepository(UserEntity).findOne({ where: { username } }),
    }));
    if (slot.lockedUntil) throw accountLocked(slot.lockedUntil);

    // argon2 is deliberately slow: verify outside any transaction so other writes don't wait on it.
    const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnDecoyVerification(password), false);
    // An unknown name is not written down: people sometimes type their password into the username box.
    const actor: Actor = { id: user?.id ?? null, name: user?.fullName ?? null, role: user?.role ?? null, requestId };
    // A deactivated account is told apart only in the audit trail: to the caller it is a wrong password.
    const refusal = !user ? 'unknown username' : !valid ? 'wrong password' : !user.active ? 'account deactivated' : null;

    if (!user || refusal) {
      await this.db.write((manager) =>
        this.audit.append(manager, actor, { action: 'login_failed', entityType: 'users', entityId: user?.id ?? null, reason: refusal }),
      );
      if (slot.locksIfWrong) throw accountLocked(slot.locksIfWrong);
      throw unauthorized(WRONG_CREDENTIALS);
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
    const actor: Actor = { id: user.id, name: user.fullName, role: user.role, requestId };
    // What can be refused without knowing the current password is refused first, using no guess.
    if (currentPassword === newPassword) {
      throw ruleViolation(msg('auth.samePassword'), { newPassword: msg('auth.samePasswordField') });
    }
    checkPasswordPolicy(newPassword, user.username, 'newPassword');
    // A guess at the current password is a guess at the account's password: it counts like a sign-in.
    const { row, slot } = await this.db.write(async (manager) => ({
      slot: await reserveGuess(manager, this.config, user.username),
      row: await manager.getRepository(UserEntity).findOneOrFail({ where: { id: user.id } }),
    }));
    if (slot.lockedUntil) throw passwordChangeLocked(slot.lockedUntil);
    if (!(await verifyPassword(row.passwordHash, currentPassword))) {
      await this.db.write((manager) =>
        this.audit.append(manager, actor, {
          action: 'password_change_failed',
          entityType: 'users',
          entityId: user.id,
          reason: 'wrong current password',
        }),
      );
      if (slot.locksIfWrong) throw passwordChangeLocked(slot.locksIfWrong);
      throw ruleViolation(msg('auth.wrongCurrentPassword'), { currentPassword: msg('auth.wrongCurrentPasswordField') });
    }
    const passwordHash = await hashPassword(newPassword);
    return this.db.write(async (manager) => {
      await clearFailures(manager, user.username);
      // Not a versioned edit of the account (an admin's open form stays valid): the user's own secret.
      await manager
        .createQueryBuilder()
        .update(UserEntity)
        .set({ passwordHash, tokenVersion: () => 'token_version + 1', updatedAt: transactionTime(manager), updatedById: user.id })
        .where('id = :id', { id: user.id })
        .execute();
      await this.audit.append(manager, actor, {
        action: 'password_change',
        entityType: 'users',
        entityId: user.id,
        reason: 'changed by the user; all other sessions ended',
      });
      const updated = await manager.getRepository(UserEntity).findOneOrFail({ where: { id: user.id } });
      return { user: updated, session: await this.sessions.start(manager, updated, client) };
    });
  }

  /**
   * The signed-in user's own choice of UI language, kept on the account so it follows them to
   * every device. Not a versioned edit (an admin's open form of the account stays valid, as after
   * a password change); audited like any change to the account, in the same transaction.
   */
  async setLanguage(user: SessionUser, language: Language, requestId: string): Promise<UserRecord> {
    const actor: Actor = { id: user.id, name: user.fullName, role: user.role, requestId };
    return this.db.write(async (manager) => {
      const current = await manager.getRepository(UserEntity).findOneOrFail({ where: { id: user.id } });
      // Choosing the language one already has changes nothing, so it leaves nothing in the trail.
      if (current.language === language) return toUserRecord(current);
      await manager.update(UserEntity, { id: user.id }, { language, updatedAt: transactionTime(manager), updatedById: user.id });
      await this.audit.recordChange(manager, actor, {
        action: 'update',
        entityType: 'users',
        entityId: user.id,
        before: { language: current.language },
        after: { language },
        reason: 'language chosen by the user',
      });
      return toUserRecord(await manager.getRepository(UserEntity).findOneOrFail({ where: { id: user.id } }));
    });
  }

  async me(user: SessionUser): Promise<UserRecord> {
    const row = await this.db.read((manager) => manager.getRepository(UserEntity).findOneOrFail({ where: { id: user.id } }));
    return toUserRecord(row);
  }
}
