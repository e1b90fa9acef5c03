import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StatusRequestRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { forUpdate } from '../database/locks';
import { versionedUpdate } from '../database/versioned-update';
import { auditedFields, toPartnershipRecord } from './partnership-records';
import { PartnershipEntity } from './partnership.entity';
import { StatusHistoryEntity } from './status-history.entity';

/** A partnership as the status workflow needs to see it (it reads nothing else of the record). */
export type PartnershipState = Pick<
  PartnershipEntity,
  'id' | 'code' | 'title' | 'titleMs' | 'status' | 'version' | 'archivedAt' | 'updatedAt' | 'updatedById'
>;

const stateQuery = (manager: EntityManager, id: number) =>
  manager
    .getRepository(PartnershipEntity)
    .createQueryBuilder('p')
    .select(['p.id', 'p.code', 'p.title', 'p.titleMs', 'p.status', 'p.version', 'p.archivedAt', 'p.updatedAt', 'p.updatedById'])
    .where('p.id = :id', { id });

export function readPartnershipState(manager: EntityManager, id: number): Promise<PartnershipState | null> {
  return stateQuery(manager, id).getOne();
}

/** The same, with the partnership's row locked until the transaction ends (database/locks.ts): for the one about to change it. */
export function lockPartnershipState(manager: EntityManager, id: number): Promise<PartnershipState | null> {
  return forUpdate(stateQuery(manager, id)).getOne();
}

/**
 * What an approved status-change request asks of its partnership: the request's own fields (its
 * `baseVersion` is the version the change applies to), and its id for the history row.
 */
export type ApprovedStatusChange = Pick<
  StatusRequestRecord,
  | 'partnershipId'
  | 'baseVersion'
  | 'fromStatus'
  | 'toStatus'
  | 'reason'
  | 'effectiveDate'
  | 'signedOn'
  | 'nextReviewOn'
  | 'requestedById'
  | 'requestedAt'
> & { requestId: number };

export interface StatusDecision {
  actor: Actor;
  at: string;
  comment: string | null;
}

/**
 * The writes of a partnership's status, all here: the first row of its history (at creation), and
 * an approved change (the status-requests feature decides; this applies). Every status a partnership
 * has had is a row of `partnership_status_history`, written in the transaction that set it.
 */
@Injectable()
export class PartnershipStatusChanges {
  constructor(private readonly audit: AuditService) {}

  /** The first row of a partnership's status history: the status it was created with. */
  async recordInitial(
    manager: EntityManager,
    partnership: Pick<PartnershipEntity, 'id' | 'status' | 'statusReason' | 'createdAt' | 'createdById'>,
  ): Promise<void> {
    await manager.insert(StatusHistoryEntity, {
      partnershipId: partnership.id,
      fromStatus: null,
      toStatus: partnership.status,
      reason: partnership.statusReason,
      effectiveDate: null,
      requestId: null,
      requestedById: null,
      requestedAt: null,
      decidedById: partnership.createdById,
      decidedAt: partnership.createdAt,
      comment: null,
    });
  }

  /**
   * Approval's effect, in the deciding transaction: the new status and reason (with `signedOn` for
   * active, `nextReviewOn` for halted) by a versioned update of the version the request was made on,
   * its history row, and the partnership's `status_change` event. When the partnership changed since,
   * nothing is written and `onStale` words the 409.
   */
  async applyApproved(
    manager: EntityManager,
    change: ApprovedStatusChange,
    decision: StatusDecision,
    onStale: (now: PartnershipState) => Promise<Error>,
  ): Promise<void> {
    const current = await manager.getRepository(PartnershipEntity).findOneOrFail({ where: { id: change.partnershipId } });
    const before = await toPartnershipRecord(manager, current);
    const saved = await versionedUpdate(manager, PartnershipEntity, {
      label: 'partnerships',
      id: change.partnershipId,
      version: change.baseVersion,
      set: {
        status: change.toStatus,
        statusReason: change.reason,
        ...(change.toStatus === 'active' ? { signedOn: change.signedOn } : {}),
        ...(change.toStatus === 'halted' ? { nextReviewOn: change.nextReviewOn } : {}),
      },
      actorId: decision.actor.id,
      onNoRow: onStale,
    });
    await manager.insert(StatusHistoryEntity, {
      partnershipId: change.partnershipId,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      reason: change.reason,
      effectiveDate: change.effectiveDate,
      requestId: change.requestId,
      requestedById: change.requestedById,
      requestedAt: change.requestedAt,
      decidedById: decision.actor.id,
      decidedAt: decision.at,
      comment: decision.comment,
    });
    await this.audit.recordChange(manager, decision.actor, {
      action: 'status_change',
      entityType: 'partnerships',
      entityId: change.partnershipId,
      before: auditedFields(before),
      after: auditedFields(await toPartnershipRecord(manager, saved)),
      reason: change.reason,
    });
  }
}
