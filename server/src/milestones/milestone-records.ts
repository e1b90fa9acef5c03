import type { EntityManager } from 'typeorm';
import { isOverdue, type MilestoneRecord } from '@klch/shared';
import { userNames } from '../users/user-names';
import { todayUtc } from './attached-records';
import type { MilestoneEntity } from './milestone.entity';

/** API records for a page of milestones: `overdue` derived for today (UTC), names in one query. */
export async function toMilestoneRecords(manager: EntityManager, rows: MilestoneEntity[]): Promise<MilestoneRecord[]> {
  const names = await userNames(manager, rows.flatMap((row) => [row.ownerId, row.completedById]));
  const today = todayUtc();
  return rows.map((row) => toMilestoneRecord(row, today, names));
}

export function toMilestoneRecord(row: MilestoneEntity, today: string, names: Map<number, string>): MilestoneRecord {
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    title: row.title,
    kind: row.kind,
    dueOn: row.dueOn,
    completedOn: row.completedOn,
    status: row.status,
    overdue: isOverdue(row, today),
    ownerId: row.ownerId,
    ownerName: row.ownerId === null ? null : (names.get(row.ownerId) ?? null),
    notes: row.notes,
    completedById: row.completedById,
    completedByName: row.completedById === null ? null : (names.get(row.completedById) ?? null),
    completedAt: row.completedAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdById: row.createdById,
    updatedById: row.updatedById,
  };
}

/** The fields whose before/after the audit trail records: the stored ones, not the derived. */
export function auditedFields(record: MilestoneRecord): Record<string, unknown> {
  const { overdue: _overdue, ownerName: _ownerName, completedByName: _completedByName, ...fields } = record;
  return fields;
}
