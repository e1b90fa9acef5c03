import type { EntityManager } from 'typeorm';
import type { StatusHistoryRecord, StatusRequestRecord } from '@klch/shared';
import { userNames } from '../users/user-names';
import type { StatusHistoryEntity } from './status-history.entity';
import type { StatusRequestEntity } from './status-request.entity';

const nameOf = (names: Map<number, string>, id: number | null) => (id === null ? null : (names.get(id) ?? null));

export async function toStatusRequestRecords(manager: EntityManager, rows: StatusRequestEntity[]): Promise<StatusRequestRecord[]> {
  const names = await userNames(manager, rows.flatMap((row) => [row.requestedById, row.decidedById]));
  return rows.map((row) => ({
    id: row.id,
    partnershipId: row.partnershipId,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    reason: row.reason,
    effectiveDate: row.effectiveDate,
    signedOn: row.signedOn,
    nextReviewOn: row.nextReviewOn,
    state: row.state,
    baseVersion: row.baseVersion,
    requestedById: row.requestedById,
    requestedByName: nameOf(names, row.requestedById),
    requestedAt: row.requestedAt,
    decidedById: row.decidedById,
    decidedByName: nameOf(names, row.decidedById),
    decidedAt: row.decidedAt,
    comment: row.comment,
  }));
}

export async function toStatusHistoryRecords(manager: EntityManager, rows: StatusHistoryEntity[]): Promise<StatusHistoryRecord[]> {
  const names = await userNames(manager, rows.flatMap((row) => [row.requestedById, row.decidedById]));
  return rows.map((row) => ({
    id: row.id,
    partnershipId: row.partnershipId,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    reason: row.reason,
    effectiveDate: row.effectiveDate,
    requestId: row.requestId,
    requestedById: row.requestedById,
    requestedByName: nameOf(names, row.requestedById),
    requestedAt: row.requestedAt,
    decidedById: row.decidedById,
    decidedByName: nameOf(names, row.decidedById),
    decidedAt: row.decidedAt,
    comment: row.comment,
  }));
}

/** A request's fields as the audit trail records them (the record minus derived names). */
export function auditedRequestFields(record: StatusRequestRecord): Record<string, unknown> {
  const { requestedByName: _requestedBy, decidedByName: _decidedBy, ...fields } = record;
  return fields;
}
