import type { EntityManager } from 'typeorm';
import type { StatusRequestRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../common/http/same-keys';
import { userNames } from '../database/user-names';
import { staleness } from './stale-requests';
import type { StatusRequestEntity } from './status-request.entity';

type Names = Pick<StatusRequestRecord, 'requestedByName' | 'decidedByName' | 'staleSince'>;
export type StatusRequestRecordIsTheRow = Assert<SameKeys<StatusRequestEntity & Names, StatusRequestRecord>>;

/** Requests as the API answers them: each row, with the requester's and decider's names (one query), and what made a pending one stale. */
export async function toStatusRequestRecords(manager: EntityManager, rows: StatusRequestEntity[]): Promise<StatusRequestRecord[]> {
  const nameOf = await userNames(
    manager,
    rows.flatMap((row) => [row.requestedById, row.decidedById]),
  );
  const stale = await staleness(manager, rows);
  return rows.map((row) => ({
    ...row,
    requestedByName: nameOf(row.requestedById),
    decidedByName: nameOf(row.decidedById),
    staleSince: stale.get(row.id) ?? null,
  }));
}

export async function toStatusRequestRecord(manager: EntityManager, row: StatusRequestEntity): Promise<StatusRequestRecord> {
  const [record] = await toStatusRequestRecords(manager, [row]);
  return record;
}

/** A request's fields as the audit trail records them (the record minus what is derived). */
export function auditedRequestFields(record: StatusRequestRecord): Omit<StatusRequestRecord, keyof Names> {
  const { requestedByName: _requestedBy, decidedByName: _decidedBy, staleSince: _stale, ...fields } = record;
  return fields;
}
