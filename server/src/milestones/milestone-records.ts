import type { EntityManager } from 'typeorm';
import { isOverdue, type MilestoneRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../common/http/same-keys';
import { todayInKualaLumpur } from '../database/timestamps';
import { userNames } from '../database/user-names';
import type { MilestoneEntity } from './milestone.entity';

type Derived = Pick<MilestoneRecord, 'overdue' | 'ownerName' | 'completedByName'>;
export type MilestoneRecordIsRowAndDerived = Assert<SameKeys<MilestoneEntity & Derived, MilestoneRecord>>;

/** API records for a page of milestones: `overdue` derived for today (UTC), names in one query. */
export async function toMilestoneRecords(manager: EntityManager, rows: MilestoneEntity[]): Promise<MilestoneRecord[]> {
  const nameOf = await userNames(
    manager,
    rows.flatMap((row) => [row.ownerId, row.completedById]),
  );
  const today = todayInKualaLumpur();
  return rows.map((row) => ({ ...row, overdue: isOverdue(row, today), ownerName: nameOf(row.ownerId), completedByName: nameOf(row.completedById) }));
}

export async function toMilestoneRecord(manager: EntityManager, row: MilestoneEntity): Promise<MilestoneRecord> {
  const [record] = await toMilestoneRecords(manager, [row]);
  return record;
}

/** The fields whose before/after the audit trail records: the stored ones, not the derived. */
export function auditedFields(record: MilestoneRecord): Omit<MilestoneRecord, keyof Derived> {
  const { overdue: _overdue, ownerName: _ownerName, completedByName: _completedByName, ...fields } = record;
  return fields;
}
