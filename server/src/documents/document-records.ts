import type { EntityManager } from 'typeorm';
import type { DocumentRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../common/http/same-keys';
import { userNames } from '../database/user-names';
import type { DocumentEntity } from './document.entity';

export type DocumentRecordIsTheRow = Assert<SameKeys<DocumentEntity & Pick<DocumentRecord, 'uploadedByName'>, DocumentRecord>>;

/** API records for a page of documents, with the uploaders' names in one query. */
export async function toDocumentRecords(manager: EntityManager, rows: DocumentEntity[]): Promise<DocumentRecord[]> {
  const nameOf = await userNames(
    manager,
    rows.map((row) => row.uploadedById),
  );
  return rows.map((row) => ({ ...row, uploadedByName: nameOf(row.uploadedById) }));
}

export async function toDocumentRecord(manager: EntityManager, row: DocumentEntity): Promise<DocumentRecord> {
  const [record] = await toDocumentRecords(manager, [row]);
  return record;
}

/** The fields whose before/after the audit trail records: the stored ones, not the derived name. */
export function auditedFields(record: DocumentRecord): Omit<DocumentRecord, 'uploadedByName'> {
  const { uploadedByName: _uploadedByName, ...fields } = record;
  return fields;
}
