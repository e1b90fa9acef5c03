import { Injectable } from '@nestjs/common';
import type { VerifyResult } from '@klch/shared';
import type { AuditEventEntity } from '../audit/audit-event.entity';
import { GENESIS_HASH, hashEvent } from '../audit/event-hash';
import { TransactionRunner } from '../database/transaction-runner';
import { type EventRow, eventOfRow, readEventRows, selectEventRow } from './audit-query';

/** Events read per query while walking the chain: memory stays flat whatever the trail's length. */
export const VERIFY_BATCH = 2000;

/** A head exported earlier (its signature already checked). */
export interface ExportedHead {
  seq: number;
  hash: string;
}

/**
 * Walks the whole trail in sequence order and checks what the hash chain promises:
 * ids 1..n without gaps, each event's prev_hash is the previous event's hash (genesis: 64 zeros),
 * each hash recomputed from the event's content, the last event equals the audit_chain_head row,
 * and — given a previously exported head — that the trail still holds that event with that hash.
 */
@Injectable()
export class AuditChainVerifier {
  constructor(private readonly db: TransactionRunner) {}

  async verify(exported?: ExportedHead): Promise<VerifyResult> {
    // Head row and last id in one statement, so both come from one snapshot. Events appended while
    // the walk runs lie beyond `limit` and are left for the next verification.
    const [snapshot] = await this.db.read((manager) =>
      manager.query('SELECT h.seq AS seq, h.hash AS hash, (SELECT MAX(e.id) FROM audit_events e) AS max_id FROM audit_chain_head h WHERE h.id = 1'),
    );
    if (!snapshot) return { valid: false, firstBadSeq: 1, reason: 'The chain head row (audit_chain_head) is missing.' };
    const headSeq = Number(snapshot.seq);
    const headHash = String(snapshot.hash);
    const limit = Math.max(headSeq, Number(snapshot.max_id ?? 0));

    let expected = 1;
    let prev = GENESIS_HASH;
    let exportedFound: string | null = exported?.seq === 0 ? GENESIS_HASH : null;
    // The next batch is asked for before this one is hashed: on PostgreSQL the database reads while
    // the hashes are computed here (on SQLite the read simply waits for its turn in the queue).
    let next: Promise<EventRow[]> | null = this.batchAfter(0, limit);
    try {
      while (next) {
        const rows: EventRow[] = await next;
        next = rows.length === VERIFY_BATCH ? this.batchAfter(rows[rows.length - 1].id, limit) : null;
        for (const row of rows) {
          if (row.id !== expected) {
            return bad(expected, `Event ${expected} is missing (the next event is ${row.id}): events were deleted from the trail.`);
          }
          if (row.prevHash !== prev) {
            return bad(
              row.id,
              `Event ${row.id} does not link to ${row.id === 1 ? 'the start of the chain' : `event ${row.id - 1}`}: its previous hash is not that event's hash.`,
            );
          }
          if (!hashMatches(row)) {
            return bad(row.id, `Event ${row.id} does not match its hash: its content was changed after it was written.`);
          }
          if (exported && row.id === exported.seq) exportedFound = row.hash;
          prev = row.hash;
          expected++;
        }
      }
    } finally {
      // A walk that stopped at a bad event leaves the batch asked for ahead unread: its outcome is not needed.
      void next?.catch(() => undefined);
    }
    const count = expected - 1;

    if (count < headSeq) {
      return bad(
        count + 1,
        `The chain head records ${headSeq} events but the trail ends at event ${count}: the newest events were deleted (truncated).`,
      );
    }
    if (count > headSeq) {
      return bad(headSeq + 1, `The trail holds events after the recorded chain head (event ${headSeq}): they were added outside the app.`);
    }
    if (prev !== headHash) {
      return bad(Math.max(count, 1), `The last event's hash differs from the recorded chain head.`);
    }
    if (exported) {
      if (exported.seq > count) {
        return bad(
          count + 1,
          `The exported head is event ${exported.seq}, but the trail ends at event ${count}: events ${count + 1} to ${exported.seq} were deleted (the trail was truncated).`,
        );
      }
      if (exportedFound !== exported.hash) {
        return bad(
          exported.seq,
          `Event ${exported.seq} no longer has the hash of the exported head: the trail up to it was rewritten (or truncated and written again) since that head was exported.`,
        );
      }
      return { valid: true, count, headHash: prev, exportedHeadSeq: exported.seq };
    }
    return { valid: true, count, headHash: prev };
  }

  /**
   * Up to VERIFY_BATCH events after id `after`, in id order, as stored. Each batch is its own short
   * read: on SQLite writers get their turn between batches.
   */
  private batchAfter(after: number, limit: number): Promise<EventRow[]> {
    return this.db.read((manager) =>
      readEventRows(
        selectEventRow(manager.createQueryBuilder().from('audit_events', 'e'))
          .where('e.id > :after AND e.id <= :limit', { after, limit })
          .orderBy('e.id', 'ASC')
          .limit(VERIFY_BATCH),
      ),
    );
  }
}

/** The stored hash recomputed from the stored content; `changes` that are not JSON (written by hand) cannot match. */
function hashMatches(row: EventRow): boolean {
  let event: AuditEventEntity;
  try {
    event = eventOfRow(row);
  } catch {
    return false;
  }
  return hashEvent(event) === row.hash;
}

function bad(firstBadSeq: number, reason: string): VerifyResult {
  return { valid: false, firstBadSeq, reason };
}
