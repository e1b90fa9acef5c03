import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import {
  allowedTransitions,
  canDecide,
  canTransition,
  canWithdraw,
  type PartnershipStatus,
  type StatusHistoryRecord,
  type StatusRequestRecord,
  type StatusRequestState,
  transitionRequirements,
} from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { RuleViolationException } from '../common/errors/business-errors';
import { applyFilters, fetchPage } from '../common/list-query/apply-list-query';
import type { ListResult } from '../common/list-query/list-result';
import { parseListQuery, type RawListQuery } from '../common/list-query/parse-list-query';
import { nowIso } from '../database/timestamps';
import { TransactionRunner } from '../database/transaction-runner';
import { auditedFields, toPartnershipRecords } from '../partnerships/partnership-records';
import { PartnershipEntity } from '../partnerships/partnership.entity';
import { UserEntity } from '../users/user.entity';
import type { CreateStatusRequestDto } from './dto/create-status-request.dto';
import { StatusHistoryEntity } from './status-history.entity';
import { STATUS_REQUEST_LIST } from './status-request-query';
import { auditedRequestFields, toStatusHistoryRecords, toStatusRequestRecords } from './status-request-records';
import { StatusRequestEntity } from './status-request.entity';

type Requirement = ReturnType<typeof transitionRequirements>[number];

const REQUIREMENT_LABELS: Record<Requirement, string> = {
  reason: 'a reason',
  signedOn: 'the date it was signed (signedOn)',
  nextReviewOn: 'a next review date (nextReviewOn)',
};

/** Fields a request may carry only for one target status, since approval applies them to the partnership. */
const ONLY_FOR: Array<{ field: 'signedOn' | 'nextReviewOn'; target: PartnershipStatus }> = [
  { field: 'signedOn', target: 'active' },
  { field: 'nextReviewOn', target: 'halted' },
];

/**
 * The maker–checker workflow: an officer or manager asks for a status change, a manager other than
 * the requester approves or rejects it, and approval applies the status, its history row and the
 * audit events in one transaction. A request records the partnership's version when it was made;
 * approval is refused (409) if the partnership moved on since.
 */
@Injectable()
export class StatusRequestsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(raw: RawListQuery): Promise<ListResult<StatusRequestRecord>> {
    const query = parseListQuery(raw, STATUS_REQUEST_LIST);
    return this.db.read(async (manager) => {
      const qb = applyFilters(manager.getRepository(StatusRequestEntity).createQueryBuilder('r'), query);
      const page = await fetchPage(qb, query, STATUS_REQUEST_LIST.tieBreaker);
      return { ...page, rows: await toStatusRequestRecords(manager, page.rows) };
    });
  }

  getOne(id: number): Promise<StatusRequestRecord> {
    return this.db.read(async (manager) => this.recordOf(manager, await this.findRequest(manager, id)));
  }

  /** A partnership's applied status changes, oldest first (its creation is the first). */
  history(partnershipId: number): Promise<StatusHistoryRecord[]> {
    return this.db.read(async (manager) => {
      const exists = await manager.getRepository(PartnershipEntity).exists({ where: { id: partnershipId } });
      if (!exists) throw new NotFoundException(`Partnership ${partnershipId} does not exist.`);
      const rows = await manager
        .getRepository(StatusHistoryEntity)
        .createQueryBuilder('h')
        .where('h.partnership_id = :partnershipId', { partnershipId })
        .orderBy('h.decided_at', 'ASC')
        .addOrderBy('h.id', 'ASC')
        .getMany();
      return toStatusHistoryRecords(manager, rows);
    });
  }

  create(dto: CreateStatusRequestDto, actor: Actor): Promise<StatusRequestRecord> {
    return this.db.write(async (manager) => {
      const partnership = await manager.getRepository(PartnershipEntity).findOne({ where: { id: dto.partnershipId } });
      if (!partnership) {
        throw new RuleViolationException(`Partnership ${dto.partnershipId} does not exist.`, { partnershipId: 'no such partnership' });
      }
      if (partnership.archivedAt) {
        throw new RuleViolationException('This partnership is archived: its status can no longer change.', { partnershipId: 'archived' });
      }
      checkTransition(partnership.status, dto);

      const pending = await manager.getRepository(StatusRequestEntity).findOne({ where: { partnershipId: partnership.id, state: 'pending' } });
      if (pending) throw await this.alreadyPendingError(manager, pending);

      const row = manager.create(StatusRequestEntity, {
        partnershipId: partnership.id,
        fromStatus: partnership.status,
        toStatus: dto.toStatus,
        reason: dto.reason ?? null,
        effectiveDate: dto.effectiveDate ?? null,
        signedOn: dto.signedOn ?? null,
        nextReviewOn: dto.nextReviewOn ?? null,
        state: 'pending',
        baseVersion: partnership.version,
        requestedById: requireActorId(actor),
        requestedAt: nowIso(),
        decidedById: null,
        decidedAt: null,
        comment: null,
      });
      try {
        await manager.insert(StatusRequestEntity, row);
      } catch (error) {
        // The partial unique index caught a concurrent request the check above could not see yet.
        if (isOnePendingViolation(error)) throw new ConflictException({ statusCode: 409, message: ALREADY_PENDING });
        throw error;
      }
      const record = await this.recordOf(manager, row);
      await this.audit.append(manager, actor, {
        action: 'status_request',
        entityType: 'status-requests',
        entityId: row.id,
        changes: fieldChanges(null, auditedRequestFields(record)),
        reason: row.reason,
      });
      return record;
    });
  }

  approve(id: number, comment: string | null, actor: Actor): Promise<StatusRequestRecord> {
    return this.decide(id, 'approved', comment, actor);
  }

  reject(id: number, comment: string, actor: Actor): Promise<StatusRequestRecord> {
    return this.decide(id, 'rejected', comment, actor);
  }

  withdraw(id: number, actor: Actor): Promise<StatusRequestRecord> {
    return this.auditingRefusal(id, 'withdraw', actor, () => this.db.write(async (manager) => {
      const request = await this.findRequest(manager, id);
      if (request.requestedById !== actor.id) {
        const requester = await this.nameOf(manager, request.requestedById);
        throw new ForbiddenException(`Only the person who made this request (${requester ?? 'its requester'}) can withdraw it.`);
      }
      if (request.state !== 'pending') throw await this.alreadyClosedError(manager, request);
      if (!canWithdraw(actorUser(actor), request)) throw new ForbiddenException('You may not withdraw this request.');

      const before = await this.recordOf(manager, request);
      // Nobody decided a withdrawn request: decidedAt says when it closed, decidedById stays empty.
      await this.closePending(manager, request, { state: 'withdrawn', decidedById: null, decidedAt: nowIso(), comment: null });
      const after = await this.recordOf(manager, await this.findRequest(manager, id));
      await this.audit.append(manager, actor, {
        action: 'withdraw',
        entityType: 'status-requests',
        entityId: id,
        changes: fieldChanges(auditedRequestFields(before), auditedRequestFields(after)),
      });
      return after;
    }));
  }

  private decide(id: number, outcome: 'approved' | 'rejected', comment: string | null, actor: Actor): Promise<StatusRequestRecord> {
    const verb = outcome === 'approved' ? 'approve' : 'reject';
    return this.auditingRefusal(id, verb, actor, () => this.db.write(async (manager) => {
      const request = await this.findRequest(manager, id);
      if (request.requestedById === actor.id) {
        throw new ForbiddenException(
          'You made this request yourself, so you cannot approve or reject it: another manager must decide it (four-eyes rule).',
        );
      }
      if (request.state !== 'pending') throw await this.alreadyClosedError(manager, request);
      if (!canDecide(actorUser(actor), request)) throw new ForbiddenException('Only a manager other than the requester may decide this request.');

      let partnership: PartnershipEntity | null = null;
      if (outcome === 'approved') {
        partnership = await manager.getRepository(PartnershipEntity).findOneOrFail({ where: { id: request.partnershipId } });
        if (partnership.version !== request.baseVersion) throw await this.staleRequestError(manager, request, partnership);
        // Same version means same status, but the rule is cheap to hold to.
        if (!canTransition(partnership.status, request.toStatus)) {
          throw new RuleViolationException(transitionMessage(partnership.status), { toStatus: `not allowed from ${partnership.status}` });
        }
      }

      const before = await this.recordOf(manager, request);
      const decidedAt = nowIso();
      // The one decision: of N concurrent deciders exactly one changes the row, the others get a 409.
      await this.closePending(manager, request, { state: outcome, decidedById: actor.id, decidedAt, comment });
      const after = await this.recordOf(manager, await this.findRequest(manager, id));
      await this.audit.append(manager, actor, {
        action: outcome === 'approved' ? 'approve' : 'reject',
        entityType: 'status-requests',
        entityId: id,
        changes: fieldChanges(auditedRequestFields(before), auditedRequestFields(after)),
        reason: comment,
      });
      if (partnership) await this.apply(manager, request, partnership, decidedAt, comment, actor);
      return after;
    }));
  }

  /**
   * A record-level refusal (four-eyes, someone else's request) is a refused access like the guard's:
   * the change rolls back, and one `access_denied` event is appended in a transaction of its own.
   */
  private async auditingRefusal<T>(id: number, verb: string, actor: Actor, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ForbiddenException) {
        await this.audit.recordRefusal(actor, 'status-requests', id, `POST /api/status-requests/${id}/${verb}: ${error.message}`);
      }
      throw error;
    }
  }

  /** Approval's effect: the partnership's new status, its history row and the partnership's audit event. */
  private async apply(
    manager: EntityManager,
    request: StatusRequestEntity,
    partnership: PartnershipEntity,
    decidedAt: string,
    comment: string | null,
    actor: Actor,
  ): Promise<void> {
    const [before] = await toPartnershipRecords(manager, [partnership]);
    const result = await manager
      .createQueryBuilder()
      .update(PartnershipEntity)
      .set({
        status: request.toStatus,
        statusReason: request.reason,
        ...(request.toStatus === 'active' ? { signedOn: request.signedOn } : {}),
        ...(request.toStatus === 'halted' ? { nextReviewOn: request.nextReviewOn } : {}),
        version: () => 'version + 1',
        updatedAt: decidedAt,
        updatedById: actor.id,
      })
      .where('id = :id AND version = :version', { id: partnership.id, version: request.baseVersion })
      .execute();
    if (!result.affected) {
      // Someone saved the partnership between our read and this write: nothing of the approval stays.
      const now = await manager.getRepository(PartnershipEntity).findOneOrFail({ where: { id: partnership.id } });
      throw await this.staleRequestError(manager, request, now);
    }
    await manager.insert(StatusHistoryEntity, {
      partnershipId: partnership.id,
      fromStatus: request.fromStatus,
      toStatus: request.toStatus,
      reason: request.reason,
      effectiveDate: request.effectiveDate,
      requestId: request.id,
      requestedById: request.requestedById,
      requestedAt: request.requestedAt,
      decidedById: actor.id,
      decidedAt,
      comment,
    });
    const updated = await manager.getRepository(PartnershipEntity).findOneOrFail({ where: { id: partnership.id } });
    const [after] = await toPartnershipRecords(manager, [updated]);
    await this.audit.append(manager, actor, {
      action: 'status_change',
      entityType: 'partnerships',
      entityId: partnership.id,
      changes: fieldChanges(auditedFields(before), auditedFields(after)),
      reason: request.reason,
    });
  }

  /** `UPDATE … WHERE id = ? AND state = 'pending'`: the row changes only if it is still open. */
  private async closePending(
    manager: EntityManager,
    request: StatusRequestEntity,
    decision: { state: StatusRequestState; decidedById: number | null; decidedAt: string; comment: string | null },
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(StatusRequestEntity)
      .set(decision)
      .where('id = :id AND state = :pending', { id: request.id, pending: 'pending' })
      .execute();
    if (!result.affected) throw await this.alreadyClosedError(manager, await this.findRequest(manager, request.id));
  }

  private async findRequest(manager: EntityManager, id: number): Promise<StatusRequestEntity> {
    const row = await manager.getRepository(StatusRequestEntity).findOne({ where: { id } });
    if (!row) throw new NotFoundException(`Status-change request ${id} does not exist.`);
    return row;
  }

  private async recordOf(manager: EntityManager, row: StatusRequestEntity): Promise<StatusRequestRecord> {
    const [record] = await toStatusRequestRecords(manager, [row]);
    return record;
  }

  private async nameOf(manager: EntityManager, userId: number | null): Promise<string | null> {
    if (userId === null) return null;
    const user = await manager.getRepository(UserEntity).findOne({ where: { id: userId }, select: ['id', 'fullName'] });
    return user?.fullName ?? null;
  }

  /** 409 for a request that is no longer pending, saying who closed it and when. */
  private async alreadyClosedError(manager: EntityManager, request: StatusRequestEntity): Promise<ConflictException> {
    const when = request.decidedAt ? ` at ${formatTime(request.decidedAt)}` : '';
    const who =
      request.state === 'withdrawn'
        ? await this.nameOf(manager, request.requestedById)
        : await this.nameOf(manager, request.decidedById);
    const message =
      request.state === 'withdrawn'
        ? `This request was already withdrawn by ${who ?? 'its requester'}${when}; make a new request if the change is still needed.`
        : `This request was already ${request.state} by ${who ?? 'someone'}${when}: a decision is final.`;
    return new ConflictException({ statusCode: 409, message, state: request.state });
  }

  private async alreadyPendingError(manager: EntityManager, pending: StatusRequestEntity): Promise<ConflictException> {
    const who = await this.nameOf(manager, pending.requestedById);
    return new ConflictException({
      statusCode: 409,
      message: `${ALREADY_PENDING} (request ${pending.id}: to ${pending.toStatus}, by ${who ?? 'someone'} at ${formatTime(pending.requestedAt)}).`,
      pendingRequestId: pending.id,
    });
  }

  /** 409 for an approval of a request whose partnership changed since it was made. */
  private async staleRequestError(manager: EntityManager, request: StatusRequestEntity, partnership: PartnershipEntity): Promise<ConflictException> {
    const who = await this.nameOf(manager, partnership.updatedById);
    return new ConflictException({
      statusCode: 409,
      message:
        `The partnership changed since this request was made; review it again. ` +
        `It was last changed by ${who ?? 'someone'} at ${formatTime(partnership.updatedAt)} ` +
        `(version ${partnership.version}; the request was made on version ${request.baseVersion}). ` +
        `Reject this request, or ask the requester to withdraw it and make a new one.`,
      current: { version: partnership.version, updatedAt: partnership.updatedAt, updatedBy: who },
    });
  }
}

const ALREADY_PENDING = 'This partnership already has a pending status-change request: wait for its decision, or withdraw it first';

/** The target must be allowed from the current status, and the request must carry what the target needs. */
function checkTransition(from: PartnershipStatus, dto: CreateStatusRequestDto): void {
  if (!canTransition(from, dto.toStatus)) {
    throw new RuleViolationException(transitionMessage(from, dto.toStatus), {
      toStatus: allowedTransitions(from).length ? `must be one of: ${allowedTransitions(from).join(', ')}` : `no change is possible from ${from}`,
    });
  }
  const errors: Record<string, string> = {};
  const sentences: string[] = [];
  const missing = transitionRequirements(dto.toStatus).filter((field) => dto[field] === undefined || dto[field] === null || dto[field] === '');
  for (const field of missing) errors[field] = `${REQUIREMENT_LABELS[field]} is required for a change to ${dto.toStatus}`;
  if (missing.length) sentences.push(`A change to ${dto.toStatus} needs ${missing.map((field) => REQUIREMENT_LABELS[field]).join(' and ')}.`);
  for (const { field, target } of ONLY_FOR) {
    if (dto.toStatus === target || dto[field] === undefined || dto[field] === null) continue;
    errors[field] = `only for a change to ${target}`;
    sentences.push(`${field} goes only with a change to ${target}.`);
  }
  if (sentences.length) throw new RuleViolationException(sentences.join(' '), errors);
}

function transitionMessage(from: PartnershipStatus, to?: PartnershipStatus): string {
  const allowed = allowedTransitions(from);
  const head = to ? `A partnership cannot go from ${from} to ${to}. ` : '';
  return allowed.length
    ? `${head}From ${from} a partnership can go to: ${allowed.join(', ')}.`
    : `${head}From ${from} a partnership cannot change status any more.`;
}

function formatTime(iso: string): string {
  return iso.replace('T', ' ').slice(0, 16) + ' UTC';
}

function requireActorId(actor: Actor): number {
  if (actor.id === null) throw new ForbiddenException('A status change must be requested by a signed-in user.');
  return actor.id;
}

function actorUser(actor: Actor): { id: number; role: NonNullable<Actor['role']> } | null {
  return actor.id === null || actor.role === null ? null : { id: actor.id, role: actor.role };
}

function isOnePendingViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = ((error as QueryFailedError & { driverError?: { code?: unknown; constraint?: unknown; message?: unknown } }).driverError ?? {});
  const code = String(driver.code ?? '');
  if (code === '23505') return driver.constraint === 'status_requests_one_pending';
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && /status_requests\.partnership_id/.test(String(driver.message ?? error.message));
}
