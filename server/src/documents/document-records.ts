import type { EntityManager } from 'typeorm';
import type { DocumentRecord } from '@klch/shared';
import { userNames } from '../users/user-names';
import type { DocumentEntity } from './document.entity';

/** API records for a page of documents, with the uploaders' names in one query. */
export async function toDocumentRecords(manager: EntityManager, rows: DocumentEntity[]): Promise<DocumentRecord[]> {
  const names = await userNames(manager, rows.map((row) => row.uploadedById));
  return rows.map((row) => toDocumentRecord(row, names.get(row.uploadedById) ?? null));
}

export function toDocumentRecord(row: DocumentEntity, uploadedByName: string | null): DocumentRecord {
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    category: row.category,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    uploadedById: row.uploadedById,
    uploadedByName,
    uploadedAt: row.uploadedAt,
  };
}

/** The fields whose before/after the audit trail records: the stored ones, not the derived name. */
export function auditedFields(record: DocumentRecord): Record<string, unknown> {
  const { uploadedByName: _uploadedByName, ...fields } = record;
  return fields;
}
