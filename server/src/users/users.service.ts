import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UserRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { staleVersionError } from '../common/errors/stale-version';
import { applyFilters, fetchPage } from '../common/list-query/apply-list-query';
import type { ListResult } from '../common/list-query/list-result';
import { parseListQuery, type RawListQuery } from '../common/list-query/parse-list-query';
import { nowIso } from '../database/timestamps';
import { TransactionRunner } from '../database/transaction-runner';
import { hashPassword } from '../auth/passwords';
import type { CreateUserDto } from './dto/create-user.dto';
import type { UpdateUserDto } from './dto/update-user.dto';
import { USER_LIST } from './user-query';
import { toUserRecord } from './user-records';
import { UserEntity } from './user.entity';

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
    const query = parseListQuery(raw, USER_LIST);
    return this.db.read(async (manager) => {
      const page = await fetchPage(applyFilters(manager.getRepository(UserEntity).createQueryBuilder('u'), query), query, USER_LIST.tieBreaker);
      return { ...page, rows: page.rows.map(toUserRecord) };
    });
  }

  getOne(id: number): Promise<UserRecord> {
    return this.db.read(async (manager) => toUserRecord(await this.find(manager, id)));
  }

  async create(dto: CreateUserDto, actor: Actor): Promise<UserRecord> {
    const passwordHash = await hashPassword(dto.password); // slow on purpose: outside the write queue
    return this.db.write(async (manager) => {
      const taken = await manager.getRepository(UserEntity).count({ where: { username: dto.username } });
      if (taken) throw new ConflictException({ statusCode: 409, message: `The username "${dto.username}" is taken.`, errors: { username: 'is taken' } });
      const now = nowIso();
      const row = manager.create(UserEntity, {
        username: dto.username,
        fullName: dto.fullName,
        email: dto.email ?? null,
        role: dto.role,
        active: dto.active ?? true,
        language: dto.language ?? 'en',
        passwordHash,
        tokenVersion: 1,
        lastLoginAt: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
        updatedById: actor.id,
      });
      await manager.insert(UserEntity, row);
      const record = toUserRecord(row);
      await this.audit.append(manager, actor, { action: 'create', entityType: 'users', entityId: row.id, changes: fieldChanges(null, { ...record }) });
      return record;
    });
  }

  async update(id: number, dto: UpdateUserDto, actor: Actor): Promise<UserRecord> {
    const passwordHash = dto.password ? await hashPassword(dto.password) : null;
    return this.db.write(async (manager) => {
      const current = await this.find(manager, id);
      if (dto.version !== current.version) throw await staleVersionError(manager, 'user account', current);
      const before = toUserRecord(current);
      const next = {
        fullName: dto.fullName ?? current.fullName,
        email: dto.email === undefined ? current.email : dto.email,
        role: dto.role ?? current.role,
        active: dto.active ?? current.active,
        language: dto.language ?? current.language,
      };
      const changes = fieldChanges({ ...before }, { ...before, ...next });
      if (Object.keys(changes).length === 0 && !passwordHash) return before;
      if ((current.role === 'admin' && next.role !== 'admin') || (current.active && !next.active)) {
        await this.keepAnAdmin(manager, current);
      }
      const revokeSessions = !!passwordHash || next.role !== current.role || next.active !== current.active;
      const result = await manager
        .createQueryBuilder()
        .update(UserEntity)
        .set({
          ...next,
          ...(passwordHash ? { passwordHash } : {}),
          ...(revokeSessions ? { tokenVersion: () => 'token_version + 1' } : {}),
          version: () => 'version + 1',
          updatedAt: nowIso(),
          updatedById: actor.id,
        })
        .where('id = :id AND version = :version', { id, version: dto.version })
        .execute();
      if (!result.affected) throw await staleVersionError(manager, 'user account', await this.find(manager, id));
      const after = toUserRecord(await this.find(manager, id));
      await this.audit.append(manager, actor, {
        action: 'update',
        entityType: 'users',
        entityId: id,
        changes: fieldChanges({ ...before }, { ...after }),
        // The password itself never reaches the trail; only the fact that it was reset.
        reason: passwordHash ? 'password reset by an administrator' : null,
      });
      return after;
    });
  }

  /** DELETE deactivates: the account's history must keep pointing at a real user. */
  deactivate(id: number, actor: Actor): Promise<UserRecord> {
    return this.db.write(async (manager) => {
      const current = await this.find(manager, id);
      if (!current.active) return toUserRecord(current);
      await this.keepAnAdmin(manager, current);
      const before = toUserRecord(current);
      await manager
        .createQueryBuilder()
        .update(UserEntity)
        .set({ active: false, tokenVersion: () => 'token_version + 1', version: () => 'version + 1', updatedAt: nowIso(), updatedById: actor.id })
        .where('id = :id', { id })
        .execute();
      const after = toUserRecord(await this.find(manager, id));
      await this.audit.append(manager, actor, { action: 'deactivate', entityType: 'users', entityId: id, changes: fieldChanges({ ...before }, { ...after }) });
      return after;
    });
  }

  private async find(manager: EntityManager, id: number): Promise<UserEntity> {
    const row = await manager.getRepository(UserEntity).findOne({ where: { id } });
    if (!row) throw new NotFoundException(`User ${id} does not exist.`);
    return row;
  }

  /** Nobody could manage accounts any more if the last active admin were demoted or deactivated. */
  private async keepAnAdmin(manager: EntityManager, user: UserEntity): Promise<void> {
    if (user.role !== 'admin' || !user.active) return;
    // Lock the active admins' rows (PostgreSQL) so two admins demoting each other at once cannot
    // both see "another admin remains"; SQLite's write queue already runs them one after the other.
    const query = manager.getRepository(UserEntity).createQueryBuilder('u').select('u.id').where('u.role = :role AND u.active = :active', { role: 'admin', active: true });
    if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write');
    const admins = (await query.getMany()).length;
    if (admins <= 1) {
      throw new ConflictException({ statusCode: 409, message: 'This is the last active admin account: create or promote another admin first.' });
    }
  }
}
