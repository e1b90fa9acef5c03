import type { EntityManager } from 'typeorm';
import type { StatusHistoryRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../common/http/same-keys';
import { userNames } from '../database/user-names';
import type { StatusHistoryEntity } from './status-history.entity';

export type StatusHistoryRecordIsTheRow = Assert<
  SameKeys<StatusHistoryEntity & Pick<StatusHistoryRecord, 'requestedByName' | 'decidedByName'>, StatusHistoryRecord>
>;

/** History rows as the API answers them: each row, with the requester's and decider's names (one query). */
export async function toStatusHistoryRecords(manager: EntityManager, rows: StatusHistoryEntity[]): Promise<StatusHistoryRecord[]> {
  const nameOf = await userNames(
    manager,
    rows.flatMap((row) => [row.requestedById, row.decidedById]),
  );
  return rows.map((row) => ({ ...row, requestedByName: nameOf(row.requestedById), decidedByName: nameOf(row.decidedById) }));
}
