import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { AuditActorRecord, AuditEventRecord, AuditEventView, ChainHead, VerifyResult } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { type AuditEntry, AuditService } from '../audit/audit.service';
import { fieldError, ruleViolation } from '../common/errors/http-errors';
import { filteredQuery, listRecords } from '../common/list-query/list-records';
import type { ListResult } from '../common/list-query/list-result';
import { type ListQuery, parseListQuery, type RawListQuery } from '../common/list-query/parse-list-query';
import { MAX_ID } from '../common/validation/id-field';
import { findOrFail } from '../database/versioned-update';
import { TransactionRunner } from '../database/transaction-runner';
import { AuditChainVerifier } from './audit-chain-verifier';
import { CONTENT_TYPES, EXPORT_FORMATS, type ExportFormat, exportStream, fileStamp } from './audit-export';
import { AUDIT_HEAD_KEY, headSignatureMatches, signHead } from './audit-head';
import { AUDIT_EVENT_LIST, auditEventsTotal, eventOfRow, readEventRows, selectEventRow, toAuditEventRecords } from './audit-query';

/** Rows per read while exporting: each batch is its own short read, so writers are never held up long. */
export const EXPORT_BATCH = 1000;

export interface AuditExport {
  contentType: string;
  fileName: string;
  stream: Readable;
}

/** Reading, verifying and exporting the trail. Every read of event content by a user is itself audited. */
@Injectable()
export class AuditEventsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
    private readonly verifier: AuditChainVerifier,
    @Inject(AUDIT_HEAD_KEY) private readonly headKey: string,
  ) {}

  async list(raw: RawListQuery, actor: Actor): Promise<ListResult<AuditEventView>> {
    const page = await this.db.read((manager) =>
      listRecords(manager, raw, AUDIT_EVENT_LIST, toAuditEventRecords, { maintainedTotal: auditEventsTotal }),
    );
    // Recorded after the read succeeded (a refused query appends nothing) and before anything is sent:
    // if the record cannot be written, nothing is disclosed.
    await this.record(actor, { action: 'audit_read', entityType: 'audit-events', entityId: null, reason: describeQuery(raw) });
    return page;
  }

  async getOne(id: number, actor: Actor): Promise<AuditEventView> {
    const [record] = await this.db.read(async (manager) =>
      toAuditEventRecords(manager, [await findOrFail(manager, AuditEventEntity, id, 'audit-events')]),
    );
    await this.record(actor, { action: 'audit_read', entityType: 'audit-events', entityId: id, reason: null });
    return record;
  }

  /**
   * Everyone who can have acted, by name, for the actor filter: the trail already shows actors'
   * names to its readers, who may not list users. Not itself a read of events, so not recorded.
   */
  actors(): Promise<AuditActorRecord[]> {
    return this.db.read(async (manager) => {
      const rows: Array<{ id: number | string; fullName: string; role: AuditActorRecord['role'] }> = await manager.query(
        'SELECT u.id AS "id", u.full_name AS "fullName", u.role AS "role" FROM users u ORDER BY u.full_name, u.id',
      );
      return rows.map((row) => ({ id: Number(row.id), fullName: row.fullName, role: row.role }));
    });
  }

  async head(): Promise<ChainHead> {
    const [row] = await this.db.read((manager) =>
      manager.query(
        'SELECT h.seq AS seq, h.hash AS hash, e.at AS at FROM audit_chain_head h LEFT JOIN audit_events e ON e.id = h.seq WHERE h.id = 1',
      ),
    );
    if (!row) throw new Error('audit_chain_head is missing: the database was not migrated');
    const seq = Number(row.seq);
    const hash = String(row.hash);
    return { seq, hash, at: row.at ?? null, signature: signHead(this.headKey, seq, hash) };
  }

  /** Plain verification, or against a head exported earlier (`seq`, `hash`, `signature` from GET /head). */
  verify(raw: Record<string, unknown>): Promise<VerifyResult> {
    const given = ['seq', 'hash', 'signature'].filter((key) => raw[key] !== undefined);
    if (given.length === 0) return this.verifier.verify();
    if (given.length < 3) {
      throw badRequest('To check against an exported head, give all of seq, hash and signature (as GET /api/audit-events/head gave them).', 'seq');
    }
    const { seq, hash, signature } = raw;
    if (typeof seq !== 'string' || !/^\d{1,10}$/.test(seq) || Number(seq) > MAX_ID) throw badRequest('"seq" must be a whole number.', 'seq');
    if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) throw badRequest('"hash" must be 64 lower-case hexadecimal characters.', 'hash');
    if (typeof signature !== 'string' || !/^[0-9a-f]{64}$/.test(signature)) {
      throw badRequest('"signature" must be 64 lower-case hexadecimal characters.', 'signature');
    }
    if (!headSignatureMatches(this.headKey, Number(seq), hash, signature)) {
      throw ruleViolation(
        "The head's signature does not match: it was not issued by this server, or its seq or hash was altered. Nothing was verified.",
        { signature: 'does not match seq and hash' },
      );
    }
    return this.verifier.verify({ seq: Number(seq), hash });
  }

  /**
   * Streams the filtered events in sequence order. The export is recorded first; the export then
   * covers the trail up to and including that record, so it is one consistent cut of the chain even
   * while others keep writing.
   */
  async export(raw: Record<string, unknown>, actor: Actor): Promise<AuditExport> {
    const format = raw.format === undefined ? 'csv' : raw.format;
    if (typeof format !== 'string' || !EXPORT_FORMATS.includes(format as ExportFormat)) {
      throw badRequest(`"format" must be one of: ${EXPORT_FORMATS.join(', ')}.`, 'format');
    }
    const query = parseListQuery({ filter: raw.filter }, AUDIT_EVENT_LIST);
    const event = await this.record(actor, {
      action: 'audit_export',
      entityType: 'audit-events',
      entityId: null,
      reason: JSON.stringify({ format, filter: raw.filter === undefined ? {} : JSON.parse(String(raw.filter)) }),
    });
    return {
      contentType: CONTENT_TYPES[format as ExportFormat],
      fileName: `audit-events-${fileStamp(event.at)}.${format}`,
      stream: exportStream(format as ExportFormat, this.batches(query, event.id)),
    };
  }

  /** The filtered events with id ≤ upTo, in id order, a batch at a time (keyset pagination, never OFFSET). */
  private async *batches(query: ListQuery, upTo: number): AsyncGenerator<AuditEventRecord[]> {
    let after = 0;
    for (;;) {
      const rows = await this.db.read((manager) =>
        readEventRows(
          selectEventRow(filteredQuery(manager, AUDIT_EVENT_LIST, query))
            .andWhere('e.id > :exportAfter AND e.id <= :exportUpTo', { exportAfter: after, exportUpTo: upTo })
            .orderBy('e.id', 'ASC')
            .limit(EXPORT_BATCH),
        ),
      );
      if (rows.length) yield rows.map(eventOfRow);
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1].id;
    }
  }

  /** An event about reading the trail, in its own short write transaction. */
  private record(actor: Actor, entry: AuditEntry): Promise<AuditEventEntity> {
    return this.db.write((manager) => this.audit.append(manager, actor, entry));
  }
}

/** What a list asked for, as the reason of its audit_read event: `{"filter":…,"sort":…,"range":…}`. */
function describeQuery(raw: RawListQuery): string {
  const parsed: Record<string, unknown> = {};
  for (const key of ['filter', 'sort', 'range'] as const) {
    // parseListQuery has already accepted these, so each is one valid JSON text.
    if (raw[key] !== undefined) parsed[key] = JSON.parse(String(raw[key]));
  }
  return JSON.stringify({ filter: {}, ...parsed });
}

const badRequest = (message: string, field: string) => fieldError(field, message);
