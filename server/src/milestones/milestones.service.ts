import { Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MilestoneRecord, MilestoneStatus } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { RuleViolationException } from '../common/errors/business-errors';
import { staleVersionError } from '../common/errors/stale-version';
import { applyFilters, fetchPage } from '../common/list-query/apply-list-query';
import type { ListResult } from '../common/list-query/list-result';
import { parseListQuery, type RawListQuery } from '../common/list-query/parse-list-query';
import { nowIso } from '../database/timestamps';
import { TransactionRunner } from '../database/transaction-runner';
import { UserEntity } from '../users/user.entity';
import { checkPartnershipOpen, todayUtc } from './attached-records';
import type { CreateMilestoneDto } from './dto/create-milestone.dto';
import type { UpdateMilestoneDto } from './dto/update-milestone.dto';
import { MILESTONE_LIST } from './milestone-query';
import { auditedFields, toMilestoneRecords } from './milestone-records';
import { MilestoneEntity } from './milestone.entity';

type Completion = Pick<MilestoneEntity, 'completedOn' | 'completedById' | 'completedAt'>;

@Injectable()
export class MilestonesService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(raw: RawListQuery): Promise<ListResult<MilestoneRecord>> {
    const query = parseListQuery(raw, MILESTONE_LIST);
    return this.db.read(async (manager) => {
      const page = await fetchPage(applyFilters(manager.getRepository(MilestoneEntity).createQueryBuilder('m'), query), query, MILESTONE_LIST.tieBreaker);
      return { ...page, rows: await toMilestoneRecords(manager, page.rows) };
    });
  }

  getOne(id: number): Promise<MilestoneRecord> {
    return this.db.read(async (manager) => this.recordOf(manager, await this.find(manager, id)));
  }

  create(dto: CreateMilestoneDto, actor: Actor): Promise<MilestoneRecord> {
    return this.db.write(async (manager) => {
      await checkPartnershipOpen(manager, dto.partnershipId, 'milestones');
      const ownerId = dto.ownerId === undefined ? actor.id : dto.ownerId;
      if (ownerId !== null) await checkOwner(manager, ownerId);
      const status = dto.status ?? 'planned';
      const now = nowIso();
      const row = manager.create(MilestoneEntity, {
        partnershipId: dto.partnershipId,
        title: dto.title,
        kind: dto.kind,
        dueOn: dto.dueOn ?? null,
        status,
        ownerId,
        notes: dto.notes ?? null,
        ...completion(null, status, dto.completedOn, actor, now),
        version: 1,
        createdAt: now,
        updatedAt: now,
        createdById: actor.id,
        updatedById: actor.id,
      });
      await manager.insert(MilestoneEntity, row);
      const record = await this.recordOf(manager, row);
      await this.audit.append(manager, actor, {
        action: 'create',
        entityType: 'milestones',
        entityId: row.id,
        changes: fieldChanges(null, auditedFields(record)),
      });
      return record;
    });
  }

  update(id: number, dto: UpdateMilestoneDto, actor: Actor): Promise<MilestoneRecord> {
    return this.db.write(async (manager) => {
      const current = await this.find(manager, id);
      if (dto.partnershipId !== undefined && dto.partnershipId !== current.partnershipId) {
        throw new RuleViolationException('A milestone cannot move to another partnership: add it there and delete this one.', {
          partnershipId: 'cannot be changed',
        });
      }
      await checkPartnershipOpen(manager, current.partnershipId, 'milestones');
      if (dto.version !== current.version) throw await staleVersionError(manager, 'milestone', current);

      const before = await this.recordOf(manager, current);
      const status = dto.status ?? current.status;
      const now = nowIso();
      const next = {
        title: dto.title ?? current.title,
        kind: dto.kind ?? current.kind,
        dueOn: pick(dto.dueOn, current.dueOn),
        status,
        ownerId: pick(dto.ownerId, current.ownerId),
        notes: pick(dto.notes, current.notes),
        ...completion(current, status, dto.completedOn, actor, now),
      };
      if (Object.keys(fieldChanges(auditedFields(before), { ...auditedFields(before), ...next })).length === 0) {
        return before; // nothing to save: no new version, no audit event
      }
      if (next.ownerId !== null && next.ownerId !== current.ownerId) await checkOwner(manager, next.ownerId);

      // Optimistic concurrency, done by the database: the row changes only if nobody changed it since.
      const result = await manager
        .createQueryBuilder()
        .update(MilestoneEntity)
        .set({ ...next, version: () => 'version + 1', updatedAt: now, updatedById: actor.id })
        .where('id = :id AND version = :version', { id, version: dto.version })
        .execute();
      if (!result.affected) throw await staleVersionError(manager, 'milestone', await this.find(manager, id));

      const after = await this.recordOf(manager, await this.find(manager, id));
      await this.audit.append(manager, actor, {
        action: 'update',
        entityType: 'milestones',
        entityId: id,
        changes: fieldChanges(auditedFields(before), auditedFields(after)),
      });
      return after;
    });
  }

  /** Erases the milestone (the audit trail keeps its last state) and answers it, as react-admin expects. */
  remove(id: number, actor: Actor): Promise<MilestoneRecord> {
    return this.db.write(async (manager) => {
      const current = await this.find(manager, id);
      await checkPartnershipOpen(manager, current.partnershipId, 'milestones');
      const before = await this.recordOf(manager, current);
      await manager.delete(MilestoneEntity, { id });
      await this.audit.append(manager, actor, {
        action: 'delete',
        entityType: 'milestones',
        entityId: id,
        changes: fieldChanges(auditedFields(before), null),
      });
      return before;
    });
  }

  private async find(manager: EntityManager, id: number): Promise<MilestoneEntity> {
    const row = await manager.getRepository(MilestoneEntity).findOne({ where: { id } });
    if (!row) throw new NotFoundException(`Milestone ${id} does not exist.`);
    return row;
  }

  private async recordOf(manager: EntityManager, row: MilestoneEntity): Promise<MilestoneRecord> {
    const [record] = await toMilestoneRecords(manager, [row]);
    return record;
  }
}

/**
 * Who completed a milestone and when. Becoming done records the actor and the server's time, and the
 * completion date given (or today, UTC); staying done keeps them (the date may be corrected);
 * any other status clears all three.
 */
function completion(current: MilestoneEntity | null, status: MilestoneStatus, completedOn: string | null | undefined, actor: Actor, now: string): Completion {
  if (status !== 'done') return { completedOn: null, completedById: null, completedAt: null };
  if (current?.status === 'done') {
    return { completedOn: completedOn ?? current.completedOn ?? todayUtc(), completedById: current.completedById, completedAt: current.completedAt };
  }
  return { completedOn: completedOn ?? todayUtc(), completedById: actor.id, completedAt: now };
}

/** Absent (undefined) keeps the current value; null clears it. */
function pick<T>(given: T | null | undefined, current: T | null): T | null {
  return given === undefined ? current : given;
}

/** A milestone's owner is someone who can act on it: an active officer or manager. */
async function checkOwner(manager: EntityManager, ownerId: number): Promise<void> {
  const owner = await manager.getRepository(UserEntity).findOne({ where: { id: ownerId }, select: ['id', 'role', 'active'] });
  if (!owner || !owner.active || (owner.role !== 'officer' && owner.role !== 'manager')) {
    throw new RuleViolationException('The owner must be an active officer or manager.', { ownerId: 'the owner must be an active officer or manager' });
  }
}
