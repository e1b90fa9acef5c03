import { ForbiddenException, Injectable, type OnModuleInit } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import {
  allowedTransitions,
  canTransition,
  type DecisionRefusal,
  decisionVerdict,
  type PartnershipStatus,
  type StatusRequestRecord,
  type StatusRequestState,
  transitionRequirements,
  withdrawalVerdict,
  type WithdrawalRefusal,
} from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { conflict, englishMessageOf, forbidden, ruleViolation } from '../common/errors/http-errors';
import { fieldRef, listRef, type Message, msg, statusRef, timeRef } from '../common/i18n/message';
import { listRecords } from '../common/list-query/list-records';
import type { ListResult } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { forNoKeyUpdate, forUpdate } from '../database/locks';
import { sqlPlaceholders } from '../database/raw-sql';
import { transactionTime } from '../database/transaction-time';
import { TransactionRunner } from '../database/transaction-runner';
import { userNames } from '../database/user-names';
import { findOrFail } from '../database/versioned-update';
import { NotificationsService } from '../notifications';
import {
  lockPartnershipState,
  lockStatusCounts,
  type PartnershipEdit,
  PartnershipEdits,
  type PartnershipState,
  PartnershipStatusChanges,
  readPartnershipState,
} from '../partnerships';
import { UserEntity } from '../users';
import type { CreateStatusRequestDto } from './dto/create-status-request.dto';
import { requestNotice } from './request-notices';
import { STATUS_REQUEST_LIST } from './status-request-query';
import { auditedRequestFields, toStatusRequestRecord, toStatusRequestRecords } from './status-request-records';
import { StatusRequestEntity } from './status-request.entity';

type Requirement = ReturnType<typeof transitionRequirements>[number];

/** What a target status needs, by the fields' labels ("Reason", "Signed on"). */
const requirementList = (fields: readonly Requirement[]) => listRef(fields.map(fieldRef));

/** Fields a request may carry only for one target status, since approval applies them to the partnership. */
const ONLY_FOR: Array<{ field: 'signedOn' | 'nextReviewOn'; target: PartnershipStatus }> = [
  { field: 'signedOn', target: 'active' },
  { field: 'nextReviewOn', target: 'halted' },
];

const FORMER_ADMIN = msg('requests.formerAdmin');

const ALREADY_PENDING = msg('requests.alreadyPendingShort');

/**
 * The maker–checker workflow: an officer or manager asks for a status change, a manager other than
 * the requester approves or rejects it, and approval has the partnerships feature apply the status,
 * its history row and its audit event in the same transaction. A request records the partnership's
 * version when it was made; approval is refused (409) if the partnership moved on since.
 * The people concerned are told in the same transaction: the deciders of a new, withdrawn or stale
 * request, the requester of its decision or staleness.
 */
@Injectable()
export class StatusRequestsService implements OnModuleInit {
  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
    private readonly partnershipStatus: PartnershipStatusChanges,
    private readonly partnershipEdits: PartnershipEdits,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.partnershipEdits.register((manager, edit) => this.tellStale(manager, edit));
  }

  /**
   * The first edit after a request was made (the partnership leaves the request's version) makes it
   * stale: approval would be refused. Its requester and deciders hear of it then, once: a later edit
   * leaves a version the request was never made on.
   */
  private async tellStale(manager: EntityManager, edit: PartnershipEdit): Promise<void> {
    // Hand-written: every partnership edit runs it (CONTRIBUTING "Hot paths"); the partial unique index on pending requests answers it.
    const [p1, p2] = sqlPlaceholders(manager, 2);
    const [row]: Array<{ id: number | string; from_status: PartnershipStatus; to_status: PartnershipStatus; requested_by_id: number | string }> =
      await manager.query(
        `SELECT id, from_status, to_status, requested_by_id FROM status_requests WHERE partnership_id = ${p1} AND state = 'pending' AND base_version = ${p2}`,
        [edit.partnershipId, edit.fromVersion],
      );
    if (!row) return;
    const request = {
      id: Number(row.id),
      partnershipId: edit.partnershipId,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      requestedById: Number(row.requested_by_id),
    };
    const partnership = (await readPartnershipState(manager, edit.partnershipId))!;
    await this.notifications.notify(manager, await requestNotice(manager, 'request_stale', request, partnership, edit.actor));
  }

  list(raw: RawListQuery): Promise<ListResult<StatusRequestRecord>> {
    return this.db.read((manager) => listRecords(manager, raw, STATUS_REQUEST_LIST, toStatusRequestRecords));
  }

  getOne(id: number): Promise<StatusRequestRecord> {
    return this.db.read(async (manager) => toStatusRequestRecord(manager, await findOrFail(manager, StatusRequestEntity, id, 'status-requests')));
  }

  create(dto: CreateStatusRequestDto, actor: Actor): Promise<StatusRequestRecord> {
    return this.db.write(async (manager) => {
      const partnership = await readPartnershipState(manager, dto.partnershipId);
      if (!partnership)
        throw ruleViolation(msg('requests.noPartnership', { id: dto.partnershipId }), { partnershipId: msg('requests.noPartnershipField') });
      if (partnership.archivedAt) throw ruleViolation(msg('requests.archived'), { partnershipId: msg('requests.archivedField') });
      checkTransition(partnership.status, dto);

      const pending = await manager.getRepository(StatusRequestEntity).findOne({ where: { partnershipId: partnership.id, state: 'pending' } });
      if (pending) throw await alreadyPendingError(manager, pending);

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
        requestedAt: transactionTime(manager),
        decidedById: null,
        decidedAt: null,
        comment: null,
      });
      try {
        await manager.insert(StatusRequestEntity, row);
      } catch (error) {
        // The partial unique index caught a concurrent request the check above could not see yet.
        if (isOnePendingViolation(error)) throw conflict(ALREADY_PENDING);
        throw error;
      }
      const record = await toStatusRequestRecord(manager, row);
      await this.audit.recordChange(manager, actor, {
        action: 'status_request',
        entityType: 'status-requests',
        entityId: row.id,
        before: null,
        after: auditedRequestFields(record),
        reason: row.reason,
      });
      await this.notifications.notify(manager, await requestNotice(manager, 'request_waiting', row, partnership, actor));
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
    return this.auditingRefusal(id, 'withdraw', actor, () =>
      this.db.write(async (manager) => {
        const request = await lockRequest(manager, id);
        const verdict = withdrawalVerdict(actorUser(actor), request);
        if (!verdict.allowed) throw await withdrawalRefused(manager, verdict.why, request);
        // Nobody decided a withdrawn request: decidedAt says when it closed, decidedById stays empty.
        const withdrawn = await this.close(
          manager,
          actor,
          request,
          { state: 'withdrawn', decidedById: null, decidedAt: transactionTime(manager), comment: null },
          'withdraw',
        );
        const partnership = (await readPartnershipState(manager, request.partnershipId))!;
        await this.notifications.notify(manager, await requestNotice(manager, 'request_withdrawn', request, partnership, actor));
        return withdrawn;
      }),
    );
  }

  private decide(id: number, outcome: 'approved' | 'rejected', comment: string | null, actor: Actor): Promise<StatusRequestRecord> {
    const verb = outcome === 'approved' ? 'approve' : 'reject';
    return this.auditingRefusal(id, verb, actor, () =>
      this.db.write(async (manager) => {
        // Locked: of N concurrent deciders the first decides, and the others wait here and then read its outcome.
        const request = await lockRequest(manager, id);
        // The decider as the database has them now, not as the session began: a role changed a
        // moment ago counts, and an account that was ever an admin never decides.
        const decider = await lockDecider(manager, actor);
        if (decider?.everAdmin) throw forbidden(FORMER_ADMIN);
        const verdict = decisionVerdict(decider && { id: decider.id, role: decider.role }, request);
        if (!verdict.allowed) throw await decisionRefused(manager, verdict.why, request);

        const decidedAt = transactionTime(manager);
        const tellRequester = (partnership: PartnershipState) =>
          requestNotice(manager, 'request_decided', request, partnership, actor, { outcome, comment }).then((notice) =>
            this.notifications.notify(manager, notice),
          );
        if (outcome === 'rejected') {
          const rejected = await this.close(manager, actor, request, { state: outcome, decidedById: actor.id, decidedAt, comment }, verb, comment);
          await tellRequester((await readPartnershipState(manager, request.partnershipId))!);
          return rejected;
        }

        // Locked before anything is appended to the trail: the lock order of every edit (the partnership, then
        // the chain head), so an approval and an edit of one partnership never wait on each other in a circle.
        const partnership = (await lockPartnershipState(manager, request.partnershipId))!;
        if (partnership.version !== request.baseVersion) throw await staleRequestError(manager, request, partnership);
        // And the counts the change will move, for the same reason (partnership-totals.ts).
        await lockStatusCounts(manager, [partnership.status, request.toStatus]);
        // Same version means same status, but the rule is cheap to hold to.
        if (!canTransition(partnership.status, request.toStatus)) {
          throw ruleViolation(transitionMessage(partnership.status), {
            toStatus: msg('requests.noChangeFrom', { from: statusRef(partnership.status) }),
          });
        }
        const decided = await this.close(manager, actor, request, { state: outcome, decidedById: actor.id, decidedAt, comment }, verb, comment);
        await this.partnershipStatus.applyApproved(manager, { ...request, requestId: request.id }, { actor, at: decidedAt, comment }, (now) =>
          staleRequestError(manager, request, now),
        );
        await tellRequester(partnership);
        return decided;
      }),
    );
  }

  /** Closes the (locked, pending) request with its outcome and appends its event: one decision, audited. */
  private async close(
    manager: EntityManager,
    actor: Actor,
    request: StatusRequestEntity,
    decision: { state: StatusRequestState; decidedById: number | null; decidedAt: string; comment: string | null },
    action: 'approve' | 'reject' | 'withdraw',
    reason: string | null = null,
  ): Promise<StatusRequestRecord> {
    const before = await toStatusRequestRecord(manager, request);
    // `AND state = 'pending'` as well as the lock: a request closes once, whatever else happens.
    const result = await manager.update(StatusRequestEntity, { id: request.id, state: 'pending' }, decision);
    if (!result.affected) throw await alreadyClosedError(manager, await findOrFail(manager, StatusRequestEntity, request.id, 'status-requests'));
    const after = await toStatusRequestRecord(manager, await findOrFail(manager, StatusRequestEntity, request.id, 'status-requests'));
    await this.audit.recordChange(manager, actor, {
      action,
      entityType: 'status-requests',
      entityId: request.id,
      before: auditedRequestFields(before),
      after: auditedRequestFields(after),
      reason,
    });
    return after;
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
        await this.audit.recordRefusal(actor, 'status-requests', id, `POST /api/status-requests/${id}/${verb}: ${englishMessageOf(error)}`);
      }
      throw error;
    }
  }
}

/** The request, locked until the transaction ends (see database/locks.ts), or 404. */
async function lockRequest(manager: EntityManager, id: number): Promise<StatusRequestEntity> {
  const request = await forUpdate(manager.getRepository(StatusRequestEntity).createQueryBuilder('r').where('r.id = :id', { id })).getOne();
  return request ?? findOrFail(manager, StatusRequestEntity, id, 'status-requests');
}

/**
 * The decider's account, locked until the transaction ends (see database/locks.ts), so a role change
 * waits for the decision or the decision sees it. Null for an account that is gone or deactivated.
 */
async function lockDecider(manager: EntityManager, actor: Actor): Promise<Pick<UserEntity, 'id' | 'role' | 'everAdmin'> | null> {
  if (actor.id === null) return null;
  const user = await forNoKeyUpdate(
    manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select(['u.id', 'u.role', 'u.active', 'u.everAdmin'])
      .where('u.id = :id', { id: actor.id }),
  ).getOne();
  return user?.active ? user : null;
}

/** The server's words for shared's decisionVerdict: 403 for who you are, 409 for a request no longer open. */
async function decisionRefused(manager: EntityManager, why: DecisionRefusal, request: StatusRequestEntity): Promise<Error> {
  switch (why) {
    case 'own_request':
      return forbidden(msg('requests.ownRequest'));
    case 'not_pending':
      return alreadyClosedError(manager, request);
    default:
      return forbidden(msg('requests.notDecider'));
  }
}

/** The server's words for shared's withdrawalVerdict. */
async function withdrawalRefused(manager: EntityManager, why: WithdrawalRefusal, request: StatusRequestEntity): Promise<Error> {
  switch (why) {
    case 'not_requester': {
      const nameOf = await userNames(manager, [request.requestedById]);
      return forbidden(msg('requests.onlyRequester', { who: nameOf(request.requestedById) ?? msg('requests.requester') }));
    }
    case 'not_pending':
      return alreadyClosedError(manager, request);
    default:
      return forbidden(msg('requests.mayNotWithdraw'));
  }
}

/** 409 for a request that is no longer pending, saying who closed it and when. */
async function alreadyClosedError(manager: EntityManager, request: StatusRequestEntity): Promise<Error> {
  const when = request.decidedAt ? msg('requests.atTime', { time: timeRef(request.decidedAt) }) : '';
  const nameOf = await userNames(manager, [request.requestedById, request.decidedById]);
  const message =
    request.state === 'withdrawn'
      ? msg('requests.alreadyWithdrawn', { who: nameOf(request.requestedById) ?? msg('requests.requester'), when })
      : msg(request.state === 'approved' ? 'requests.alreadyApproved' : 'requests.alreadyRejected', {
          who: nameOf(request.decidedById) ?? msg('stale.someone'),
          when,
        });
  return conflict(message, { state: request.state });
}

async function alreadyPendingError(manager: EntityManager, pending: StatusRequestEntity): Promise<Error> {
  const nameOf = await userNames(manager, [pending.requestedById]);
  return conflict(
    msg('requests.alreadyPending', {
      id: pending.id,
      toStatus: statusRef(pending.toStatus),
      who: nameOf(pending.requestedById) ?? msg('stale.someone'),
      time: timeRef(pending.requestedAt),
    }),
    {
      pendingRequestId: pending.id,
    },
  );
}

/** 409 for an approval of a request whose partnership changed since it was made. */
async function staleRequestError(manager: EntityManager, request: StatusRequestEntity, partnership: PartnershipState): Promise<Error> {
  const nameOf = await userNames(manager, [partnership.updatedById]);
  const who = nameOf(partnership.updatedById);
  return conflict(
    msg('requests.stale', {
      who: who ?? msg('stale.someone'),
      time: timeRef(partnership.updatedAt),
      version: partnership.version,
      baseVersion: request.baseVersion,
    }),
    { current: { version: partnership.version, updatedAt: partnership.updatedAt, updatedBy: who } },
  );
}

/** The target must be allowed from the current status, and the request must carry what the target needs. */
function checkTransition(from: PartnershipStatus, dto: CreateStatusRequestDto): void {
  if (!canTransition(from, dto.toStatus)) {
    throw ruleViolation(transitionMessage(from, dto.toStatus), {
      toStatus: allowedTransitions(from).length
        ? msg('requests.mustBeOneOf', { allowed: listRef(allowedTransitions(from).map(statusRef)) })
        : msg('requests.noChangeFrom', { from: statusRef(from) }),
    });
  }
  const errors: Record<string, Message> = {};
  const sentences: Message[] = [];
  const to = statusRef(dto.toStatus);
  const missing = transitionRequirements(dto.toStatus).filter((field) => dto[field] === undefined || dto[field] === null || dto[field] === '');
  for (const field of missing) errors[field] = msg('requests.requiredFor', { field: fieldRef(field), to });
  if (missing.length) sentences.push(msg('requests.needs', { to, fields: requirementList(missing) }));
  for (const { field, target } of ONLY_FOR) {
    if (dto.toStatus === target || dto[field] === undefined || dto[field] === null) continue;
    errors[field] = msg('requests.onlyFor', { to: statusRef(target) });
    sentences.push(msg('requests.onlyForSentence', { field: fieldRef(field), to: statusRef(target) }));
  }
  if (sentences.length)
    throw ruleViolation(sentences.length === 1 ? sentences[0] : msg('requests.sentences', { sentences: listRef(sentences) }), errors);
}

function transitionMessage(from: PartnershipStatus, to?: PartnershipStatus): Message {
  const allowed = allowedTransitions(from);
  const tail = allowed.length
    ? msg('requests.canGo', { from: statusRef(from), allowed: listRef(allowed.map(statusRef)) })
    : msg('requests.cannotChange', { from: statusRef(from) });
  return to ? msg('requests.cannotGoThen', { from: statusRef(from), to: statusRef(to), then: tail }) : tail;
}

function requireActorId(actor: Actor): number {
  if (actor.id === null) throw forbidden(msg('requests.signedInOnly'));
  return actor.id;
}

function actorUser(actor: Actor): { id: number; role: NonNullable<Actor['role']> } | null {
  return actor.id === null || actor.role === null ? null : { id: actor.id, role: actor.role };
}

function isOnePendingViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = (error as QueryFailedError & { driverError?: { code?: unknown; constraint?: unknown; message?: unknown } }).driverError ?? {};
  const code = String(driver.code ?? '');
  if (code === '23505') return driver.constraint === 'status_requests_one_pending';
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && /status_requests\.partnership_id/.test(String(driver.message ?? error.message));
}
