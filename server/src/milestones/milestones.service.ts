import { Injectable } from '@nestjs/common';
import type { MilestoneRecord, MilestoneStatus } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { changesAny } from '../audit/field-changes';
import { ruleViolation } from '../common/errors/http-errors';
import { listRecords } from '../common/list-query/list-records';
import type { ListResult } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { pick } from '../common/update/pick';
import { todayInKualaLumpur } from '../database/timestamps';
import { transactionTime } from '../database/transaction-time';
import { TransactionRunner } from '../database/transaction-runner';
import { checkVersion, findOrFail, versionedUpdate } from '../database/versioned-update';
import { checkPartnershipOpen } from '../partnerships';
import { checkOwner } from '../users';
import type { CreateMilestoneDto } from './dto/create-milestone.dto';
import type { UpdateMilestoneDto } from './dto/update-milestone.dto';
import { MILESTONE_LIST } from './milestone-query';
import { auditedFields, toMilestoneRecord, toMilestoneRecords } from './milestone-records';
import { MilestoneEntity } from './milestone.entity';
import { msg } from '../common/i18n/message';

const LABEL = 'milestones';

type Completion = Pick<MilestoneEntity, 'completedOn' | 'completedById' | 'completedAt'>;

@Injectable()
export class MilestonesService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(raw: RawListQuery): Promise<ListResult<MilestoneRecord>> {
    return this.db.read((manager) => listRecords(manager, raw, MILESTONE_LIST, toMilestoneRecords));
  }

  getOne(id: number): Promise<MilestoneRecord> {
    return this.db.read(async (manager) => toMilestoneRecord(manager, await findOrFail(manager, MilestoneEntity, id, 'milestones')));
  }

  create(dto: CreateMilestoneDto, actor: Actor): Promise<MilestoneRecord> {
    return this.db.write(async (manager) => {
      await checkPartnershipOpen(manager, dto.partnershipId, 'milestones');
      const ownerId = dto.ownerId === undefined ? actor.id : dto.ownerId;
      if (ownerId !== null) await checkOwner(manager, ownerId);
      const status = dto.status ?? 'planned';
      const now = transactionTime(manager);
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
      const record = await toMilestoneRecord(manager, row);
      await this.audit.recordChange(manager, actor, {
        action: 'create',
        entityType: 'milestones',
        entityId: row.id,
        before: null,
        after: auditedFields(record),
      });
      return record;
    });
  }

  update(id: number, dto: UpdateMilestoneDto, actor: Actor): Promise<MilestoneRecord> {
    return this.db.write(async (manager) => {
      const current = await findOrFail(manager, MilestoneEntity, id, 'milestones');
      if (dto.partnershipId !== undefined && dto.partnershipId !== current.partnershipId) {
        throw ruleViolation(msg('milestones.otherPartnership'), {
          partnershipId: 'cannot be changed',
        });
      }
      await checkPartnershipOpen(manager, current.partnershipId, 'milestones');
      await checkVersion(manager, LABEL, current, dto.version);

      const unchanged = await toMilestoneRecord(manager, current);
      const before = auditedFields(unchanged);
      const status = dto.status ?? current.status;
      const now = transactionTime(manager);
      const next = {
        title: dto.title ?? current.title,
        kind: dto.kind ?? current.kind,
        dueOn: pick(dto.dueOn, current.dueOn),
        status,
        ownerId: pick(dto.ownerId, current.ownerId),
        notes: pick(dto.notes, current.notes),
        ...completion(current, status, dto.completedOn, actor, now),
      };
      if (!changesAny(before, next)) return unchanged; // nothing to save: no new version, no audit event
      if (next.ownerId !== null && next.ownerId !== current.ownerId) await checkOwner(manager, next.ownerId);

      const after = await toMilestoneRecord(
        manager,
        await versionedUpdate(manager, MilestoneEntity, { label: LABEL, id, version: dto.version, set: next, actorId: actor.id }),
      );
      await this.audit.recordChange(manager, actor, {
        action: 'update',
        entityType: 'milestones',
        entityId: id,
        before,
        after: auditedFields(after),
      });
      return after;
    });
  }

  /** Erases the milestone (the audit trail keeps its last state) and answers it, as react-admin expects. */
  remove(id: number, actor: Actor): Promise<MilestoneRecord> {
    return this.db.write(async (manager) => {
      const current = await findOrFail(manager, MilestoneEntity, id, 'milestones');
      await checkPartnershipOpen(manager, current.partnershipId, 'milestones');
      const record = await toMilestoneRecord(manager, current);
      await manager.delete(MilestoneEntity, { id });
      await this.audit.recordChange(manager, actor, {
        action: 'delete',
        entityType: 'milestones',
        entityId: id,
        before: auditedFields(record),
        after: null,
      });
      return record;
    });
  }
}

/**
 * Who completed a milestone and when. Becoming done records the actor and the server's time, and the
 * completion date given (or today, UTC); staying done keeps them (the date may be corrected);
 * any other status clears all three.
 */
function completion(
  current: MilestoneEntity | null,
  status: MilestoneStatus,
  completedOn: string | null | undefined,
  actor: Actor,
  now: string,
): Completion {
  if (status !== 'done') return { completedOn: null, completedById: null, completedAt: null };
  if (current?.status === 'done') {
    return {
      completedOn: completedOn ?? current.completedOn ?? todayInKualaLumpur(new Date(now)),
      completedById: current.completedById,
      completedAt: current.completedAt,
    };
  }
  return { completedOn: completedOn ?? todayInKualaLumpur(new Date(now)), completedById: actor.id, completedAt: now };
}
