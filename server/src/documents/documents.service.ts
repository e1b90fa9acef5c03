import type { ReadStream } from 'node:fs';
import { Injectable, Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DOCUMENT_CATEGORIES, DOCUMENT_TYPES, type DocumentCategory, type DocumentRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { ruleViolation, unsupportedMediaType } from '../common/errors/http-errors';
import { ValidationFailedException } from '../common/errors/validation-errors';
import { listRecords } from '../common/list-query/list-records';
import type { ListResult } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { isIdNumber } from '../common/validation/id-field';
import { transactionTime } from '../database/transaction-time';
import { TransactionRunner } from '../database/transaction-runner';
import { findOrFail } from '../database/versioned-update';
import { checkPartnershipOpen } from '../partnerships';
import { DOCUMENT_LIST } from './document-query';
import { auditedFields, toDocumentRecord, toDocumentRecords } from './document-records';
import { DocumentStorage, type ReceivedFile, type ReceivedUpload, removeQuietly } from './document-storage';
import { ACCEPTED, detectType, type DocumentType, EXTENSIONS, nameConflict } from './document-types';
import { DocumentEntity } from './document.entity';
import { sanitiseFileName } from './file-names';
import { fieldRef, type Message, msg, recordRef } from '../common/i18n/message';

interface CheckedUpload {
  partnershipId: number;
  category: DocumentCategory;
  fileName: string;
  type: DocumentType;
  file: ReceivedFile;
}

export interface Download {
  record: DocumentRecord;
  stream: ReadStream;
  size: number;
}

@Injectable()
export class DocumentsService {
  private readonly logger = new Logger('DocumentsService');

  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
    private readonly storage: DocumentStorage,
  ) {}

  list(raw: RawListQuery): Promise<ListResult<DocumentRecord>> {
    return this.db.read((manager) => listRecords(manager, raw, DOCUMENT_LIST, toDocumentRecords));
  }

  getOne(id: number): Promise<DocumentRecord> {
    return this.db.read(async (manager) => toDocumentRecord(manager, await findOrFail(manager, DocumentEntity, id, 'documents')));
  }

  /**
   * A multipart upload: read and hash the file into a temp file, check the form, the content type
   * (by magic bytes) and the partnership, then keep the bytes under their SHA-256 and insert the row
   * and its audit event in one transaction. Whatever fails, no file is left behind: the temp file is
   * always removed, and a stored file that no row ended up using is removed again.
   */
  async upload(request: FastifyRequest, actor: Actor): Promise<DocumentRecord> {
    if (!request.isMultipart()) {
      throw unsupportedMediaType(msg('upload.multipartFields'));
    }
    const upload = await this.storage.receive(request);
    try {
      const checked = await this.check(upload);
      return await this.save(checked, actor);
    } finally {
      if (upload.file) await removeQuietly(upload.file.tempPath);
    }
  }

  /** The metadata, and the bytes to stream; the download is audited (in its own transaction) before any byte goes out. */
  async download(id: number, actor: Actor): Promise<Download> {
    const record = await this.getOne(id);
    const handle = await this.storage.open(record.sha256, id);
    try {
      const { size } = await handle.stat();
      await this.db.write((manager) => this.audit.append(manager, actor, { action: 'download', entityType: 'documents', entityId: id, changes: {} }));
      return { record, size, stream: handle.createReadStream() };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Deletes the record (audited) and answers it; the file goes too unless another document has the same content. */
  async remove(id: number, actor: Actor): Promise<DocumentRecord> {
    const record = await this.db.write(async (manager) => {
      const current = await findOrFail(manager, DocumentEntity, id, 'documents');
      await checkPartnershipOpen(manager, current.partnershipId, 'documents');
      const before = await toDocumentRecord(manager, current);
      await manager.delete(DocumentEntity, { id });
      await this.audit.recordChange(manager, actor, {
        action: 'delete',
        entityType: 'documents',
        entityId: id,
        before: auditedFields(before),
        after: null,
      });
      return before;
    });
    // After the commit: were it removed first and the commit failed, the row would outlive its file.
    await this.storage.removeIfUnreferenced(record.sha256).catch((error: unknown) => {
      this.logger.warn({ err: error }, `Could not remove the file ${record.sha256} of deleted document ${id}; it is now unused.`);
    });
    return record;
  }

  private async check(upload: ReceivedUpload): Promise<CheckedUpload> {
    const errors: Record<string, Message> = { ...upload.problems };
    const partnershipText = upload.fields.get('partnershipId');
    const partnershipId = partnershipText !== undefined && /^\d{1,10}$/.test(partnershipText.trim()) ? Number(partnershipText.trim()) : NaN;
    if (partnershipText === undefined || partnershipText.trim() === '')
      errors.partnershipId = msg('validation.required', { field: fieldRef('partnershipId') });
    else if (!isIdNumber(partnershipId))
      errors.partnershipId = msg('validation.id', { field: fieldRef('partnershipId'), record: recordRef('partnerships') });

    const category = upload.fields.get('category')?.trim();
    if (!category) errors.category = msg('validation.required', { field: fieldRef('category') });
    else if (!(DOCUMENT_CATEGORIES as readonly string[]).includes(category))
      errors.category = msg('validation.oneOf', { field: fieldRef('category'), values: DOCUMENT_CATEGORIES.join(', ') });

    const file = upload.file;
    if (!file) errors.file = msg('upload.fileRequired', { field: fieldRef('file'), accepted: ACCEPTED });
    else if (file.size === 0) errors.file = msg('upload.fileEmpty');
    if (Object.keys(errors).length || !file) throw new ValidationFailedException(errors);

    const detected = await detectType(file.tempPath, file.head, file.size);
    if ('refused' in detected) {
      const refused = msg('upload.refused', { detail: detected.refused });
      throw unsupportedMediaType(refused, { file: refused });
    }
    const fileName = sanitiseFileName(file.fileName) || `document.${EXTENSIONS[detected.type][0]}`;
    const conflict = nameConflict(fileName, detected.type);
    if (conflict) throw ruleViolation(msg('upload.nameConflict', { detail: conflict }), { file: msg('upload.nameConflict', { detail: conflict }) });
    return { partnershipId, category: category as DocumentCategory, fileName, type: detected.type, file };
  }

  private async save(upload: CheckedUpload, actor: Actor): Promise<DocumentRecord> {
    const { file } = upload;
    let placed = false;
    try {
      return await this.db.write(async (manager) => {
        await this.storage.lockContent(manager, file.sha256);
        await checkPartnershipOpen(manager, upload.partnershipId, 'documents');
        const row = manager.create(DocumentEntity, {
          partnershipId: upload.partnershipId,
          category: upload.category,
          fileName: upload.fileName,
          contentType: DOCUMENT_TYPES[upload.type],
          size: file.size,
          sha256: file.sha256,
          uploadedById: actor.id!,
          uploadedAt: transactionTime(manager),
        });
        await manager.insert(DocumentEntity, row);
        placed = await this.storage.place(file.tempPath, file.sha256);
        const record = await toDocumentRecord(manager, row);
        await this.audit.recordChange(manager, actor, {
          action: 'upload',
          entityType: 'documents',
          entityId: row.id,
          before: null,
          after: auditedFields(record),
        });
        return record;
      });
    } catch (error) {
      // The transaction rolled back after this upload stored the file: remove it unless another row uses it.
      if (placed) {
        await this.storage.removeIfUnreferenced(file.sha256).catch((cleanup: unknown) => {
          this.logger.error({ err: cleanup }, `Could not remove ${file.sha256} after a failed upload`);
        });
      }
      throw error;
    }
  }
}
