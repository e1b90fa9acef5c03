import { ForbiddenException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UserRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { changesAny } from '../audit/field-changes';
import { conflict, englishMessageOf, forbidden } from '../common/errors/http-errors';
import { listRecords } from '../common/list-query/list-records';
import type { ListResult } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { hashPassword } from '../common/passwords/password-hash';
import { checkPasswordPolicy } from '../common/passwords/password-policy';
import { pick } from '../common/update/pick';
import { forUpdate } from '../database/locks';
import { transactionTime } from '../database/transaction-time';
import { TransactionRunner } from '../database/transaction-runner';
import { checkVersion, findOrFail, versionedUpdate } from '../database/versioned-update';
import type { CreateUserDto } from './dto/create-user.dto';
import type { UpdateUserDto } from './dto/update-user.dto';
import { USER_LIST } from './user-query';
import { lockoutsOf } from './user-lockouts';
import { auditedUser, toUserRecord } from './user-records';
import { UserEntity } from './user.entity';
import { msg } from '../common/i18n/message';

const LABEL = 'users';
/** What a 404 calls one: "User 7 does not exist." */
const MISSING = 'users';
const LAST_ADMIN = msg('users.lastAdmin');
const OWN_ROLE = msg('users.ownRole');

/**
 * User accounts (admins only). A change of role, a deactivation or a new password raises the
 * user's token version, which ends every session they have at once.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(raw: RawListQuery): Promise<ListResult<UserRecord>> {
    return this.db.read((manager) =>
      listRecords(manager, raw, USER_LIST, async (pageManager, rows) => {
        const locked = await lockoutsOf(
          pageManager,
          rows.map((row) => row.username),
        );
        return rows.map((row) => toUserRecord(row, locked.get(row.username) ?? null));
      }),
    );
  }

  getOne(id: number): Promise<UserRecord> {
    return this.db.read(async (manager) => {
      const row = await findOrFail(manager, UserEntity, id, MISSING);
      return toUserRecord(row, (await lockoutsOf(manager, [row.username])).get(row.username) ?? null);
    });
  }

  async create(dto: CreateUserDto, actor: Actor): Promise<UserRecord> {
    checkPasswordPolicy(dto.password, dto.username, 'password');
    const passwordHash = await hashPassword(dto.password); // slow on purpose: outside the write queue
    return this.db.write(async (manager) => {
      const taken = await manager.getRepository(UserEntity).count({ where: { username: dto.username } });
      if (taken) throw conflict(msg('users.usernameTaken', { username: dto.username }), undefined, { username: msg('users.usernameTakenField') });
      const now = transactionTime(manager);
      const row = manager.create(UserEntity, {
        username: dto.username,
        fullName: dto.fullName,
        email: dto.email ?? null,
        role: dto.role,
        active: dto.active ?? true,
        language: dto.language ?? 'en',
        passwordHash,
        tokenVersion: 1,
        everAdmin: dto.role === 'admin',
        lastLoginAt: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
        updatedById: actor.id,
      });
      await manager.insert(UserEntity, row);
      const record = toUserRecord(row);
      await this.audit.recordChange(manager, actor, {
        action: 'create',
        entityType: 'users',
        entityId: row.id,
        before: null,
        after: auditedUser(record),
      });
      return record;
    });
  }

  async update(id: number, dto: UpdateUserDto, actor: Actor): Promise<UserRecord> {
    if (dto.password) {
      const account = await this.db.read((manager) => findOrFail(manager, UserEntity, id, MISSING));
      checkPasswordPolicy(dto.password, account.username, 'password');
    }
    const passwordHash = dto.password ? await hashPassword(dto.password) : null;
    return this.auditingRefusal(id, actor, () =>
      this.db.write(async (manager) => {
        const current = await findOrFail(manager, UserEntity, id, MISSING);
        // Sending one's role back unchanged (react-admin sends the whole record) is no change.
        if (actor.id === id && dto.role !== undefined && dto.role !== current.role) throw forbidden(OWN_ROLE);
        await checkVersion(manager, LABEL, current, dto.version);
        const before = toUserRecord(current);
        const next = {
          fullName: dto.fullName ?? current.fullName,
          email: pick(dto.email, current.email),
          role: dto.role ?? current.role,
          active: dto.active ?? current.active,
          language: dto.language ?? current.language,
        };
        if (!passwordHash && !changesAny(before, next)) return before;
        if ((current.role === 'admin' && next.role !== 'admin') || (current.active && !next.active)) {
          await this.keepAnAdmin(manager, current);
        }
        const revokeSessions = !!passwordHash || next.role !== current.role || next.active !== current.active;
        const saved = await versionedUpdate(manager, UserEntity, {
          label: LABEL,
          notFound: MISSING,
          id,
          version: dto.version,
          set: {
            ...next,
            ...(passwordHash ? { passwordHash } : {}),
            ...(revokeSessions ? { tokenVersion: () => 'token_version + 1' } : {}),
            ...(next.role === 'admin' ? { everAdmin: true } : {}),
          },
          actorId: actor.id,
        });
        const after = toUserRecord(saved);
        await this.audit.recordChange(manager, actor, {
          action: 'update',
          entityType: 'users',
          entityId: id,
          before: auditedUser(before),
          after: auditedUser(after),
          // The password itself never reaches the trail; only the fact that it was reset.
          reason: passwordHash ? 'password reset by an administrator' : null,
        });
        return after;
      }),
    );
  }

  /** DELETE deactivates: the account's history must keep pointing at a real user. */
  deactivate(id: number, actor: Actor): Promise<UserRecord> {
    return this.setActive(id, false, actor);
  }

  /**
   * Undoes a deactivation: the account may sign in again (with its password as it was; its old
   * sessions stay ended).
   */
  reactivate(id: number, actor: Actor): Promise<UserRecord> {
    return this.setActive(id, true, actor);
  }

  /**
   * Deactivation and its undoing, one way: an account already so answers unchanged, with no event.
   * Deactivating keeps an admin and ends the account's sessions (its token version moves on).
   */
  private setActive(id: number, active: boolean, actor: Actor): Promise<UserRecord> {
    return this.db.write(async (manager) => {
      const current = await findOrFail(manager, UserEntity, id, MISSING);
      if (current.active === active) return toUserRecord(current);
      if (!active) await this.keepAnAdmin(manager, current);
      const before = toUserRecord(current);
      const saved = await versionedUpdate(manager, UserEntity, {
        label: LABEL,
        notFound: MISSING,
        id,
        version: current.version,
        set: active ? { active } : { active, tokenVersion: () => 'token_version + 1' },
        actorId: actor.id,
      });
      const after = toUserRecord(saved);
      await this.audit.recordChange(manager, actor, {
        action: active ? 'reactivate' : 'deactivate',
        entityType: 'users',
        entityId: id,
        before: auditedUser(before),
        after: auditedUser(after),
      });
      return after;
    });
  }

  /**
   * A refusal of this account change (one's own role) is a refused access like the guard's: the
   * change rolls back, and one `access_denied` event is appended in a transaction of its own.
   */
  private async auditingRefusal<T>(id: number, actor: Actor, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ForbiddenException) await this.audit.recordRefusal(actor, 'users', id, `PUT /api/users/${id}: ${englishMessageOf(error)}`);
      throw error;
    }
  }

  /** Nobody could manage accounts any more if the last active admin were demoted or deactivated. */
  private async keepAnAdmin(manager: EntityManager, user: UserEntity): Promise<void> {
    if (user.role !== 'admin' || !user.active) return;
    // The active admins' rows stay locked until this transaction ends (see database/locks.ts).
    // (Rows, not COUNT: PostgreSQL locks no rows for an aggregate.)
    const admins = await forUpdate(
      manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .select('u.id')
        .where('u.role = :role AND u.active = :active', { role: 'admin', active: true }),
    ).getMany();
    if (admins.length <= 1) throw conflict(LAST_ADMIN);
  }
}
