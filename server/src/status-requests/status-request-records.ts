import type { EntityManager } from 'typeorm';
import type { StatusRequestRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../common/http/same-keys';
import { userNames } from '../database/user-names';
import type { StatusRequestEntity } from './status-request.entity';

type Names = Pick<StatusRequestRecord, 'requestedByName' | 'decidedByName'>;
export type StatusRequestRecordIsTheRow = Assert<SameKeys<StatusRequestEntity & Names, StatusRequestRecord>>;

/** Requests as the API answers them: each row, with the requester's and decider's names (one query). */
export async function toStatusRequestRecords(manager: EntityManager, rows: StatusRequestEntity[]): Promise<StatusRequestRecord[]> {
  const nameOf = await userNames(
    manager,
    rows.flatMap((row) => [row.requestedById, row.decidedById]),
  );
  return rows.map((row) => ({ ...row, requestedByName: nameOf(row.requestedById), decidedByName: nameOf(row.decidedById) }));
}

export async function toStatusRequestRecord(manager: EntityManager, row: StatusRequestEntity): Promise<StatusRequestRecord> {
  const [record] = await toStatusRequestRecords(manager, [row]);
  return record;
}

/** A request's fields as the audit trail records them (the record minus derived names). */
export function auditedRequestFields(record: StatusRequestRecord): Omit<StatusRequestRecord, keyof Names> {
  const { requestedByName: _requestedBy, decidedByName: _decidedBy, ...fields } = record;
  return fields;
}
