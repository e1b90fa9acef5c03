/**
 * The audit chain as the floor keeps it: the same event fields, the same canonical JSON (keys
 * sorted at every depth, strings in their storable form), the same SHA-256 link to the previous
 * hash, appended in the caller's transaction after locking the head. Written here rather than
 * imported from the app, so its cost is a plain implementation's; the floor's tests check that the
 * app's own verify accepts what the floor appends, and that both verifies agree.
 */
import { hash } from 'node:crypto';
import { op } from './db.mjs';
import { SQL } from './app-queries.mjs';

const GENESIS_HASH = '0'.repeat(64);
// As the app builds it (common/validation/storable-text.ts): a lone surrogate, or NUL.
const UNSTORABLE = new RegExp(`${/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.source}|\\u0000`);
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');
/**
 * Any surrogate or NUL at all, raw or as a JSON escape (`changes` is tested as JSON text): text
 * without one has nothing to make storable. A quick test before the exact one.
 */
const MAYBE_UNSTORABLE = new RegExp(`[${'\\u0000'}\\uD800-\\uDFFF]|\\\\u(?:[dD][89a-fA-F]|0000)`);
/** Text as both databases store it (the app's asStored): lone surrogates and NUL as U+FFFD. */
export const stored = (text) => (UNSTORABLE.test(text) ? text.replace(UNSTORABLE_ALL, '\uFFFD') : text);

/** Keys sorted at every depth (the app's canonical-json.ts), strings as stored. */
function sortDeep(value, clean) {
  if (typeof value === 'string') return clean ? value : stored(value);
  if (Array.isArray(value)) return value.map((item) => sortDeep(item, clean));
  if (value && typeof value === 'object') {
    const sorted = {};
    for (const key of Object.keys(value).sort()) {
      if (value[key] !== undefined) sorted[clean ? key : stored(key)] = sortDeep(value[key], clean);
    }
    return sorted;
  }
  return value;
}

export const canonicalJson = (value) => JSON.stringify(sortDeep(value, false));

/**
 * `SHA-256(prevHash ‖ canonical JSON)` over the fields the app hashes (audit/event-hash.ts
 * hashedContent), the top level written in sorted key order. Text with nothing to make storable
 * (every event but a deliberately hostile one) skips the per-string replacement.
 */
export function eventHash(event, changesText = JSON.stringify(event.changes)) {
  const texts = `${event.actorName ?? ''}${event.reason ?? ''}${changesText}${event.entityId ?? ''}${event.requestId ?? ''}`;
  const clean = !MAYBE_UNSTORABLE.test(texts);
  const content = {
    action: event.action,
    actorId: event.actorId,
    actorName: event.actorName,
    actorRole: event.actorRole,
    at: event.at,
    changes: sortDeep(event.changes, clean),
    entityId: event.entityId,
    entityType: event.entityType,
    prevHash: event.prevHash,
    reason: event.reason,
    requestId: event.requestId,
    seq: event.id,
  };
  return hash('sha256', event.prevHash + JSON.stringify(clean ? content : sortDeep(content, false)));
}

/** Appends one event in the current transaction (a generator step of the caller's work); answers it. */
export function* appendEvent(actor, at, entry) {
  const head = yield op.get(SQL.chainHead);
  const event = {
    id: Number(head.head_seq) + 1,
    at,
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId === null ? null : String(entry.entityId),
    changes: entry.changes ?? {},
    reason: entry.reason ?? null,
    requestId: actor.requestId,
    prevHash: head.head_hash,
  };
  const hash = eventHash(event);
  yield op.run(SQL.insertEvent, [
    event.id,
    event.at,
    event.actorId,
    event.actorName,
    event.actorRole,
    event.action,
    event.entityType,
    event.entityId,
    JSON.stringify(event.changes),
    event.reason,
    event.requestId,
    event.prevHash,
    hash,
  ]);
  yield op.run(SQL.moveHead, [event.id, hash, 1]);
  return { ...event, hash };
}

/** An event in a short transaction of its own (reads of the trail are recorded this way). */
export function* recordEvent(actor, entry) {
  yield op.begin;
  try {
    const event = yield* appendEvent(actor, new Date().toISOString(), entry);
    yield op.commit;
    return event;
  } catch (error) {
    yield op.rollback;
    throw error;
  }
}

/** The app's verify (audit-events/audit-chain-verifier.ts) without an exported head: same snapshot, batches and checks. */
export function* verifyChain() {
  const snapshot = yield op.get(SQL.verifySnapshot);
  if (!snapshot) return { valid: false, firstBadSeq: 1, reason: 'The chain head row (audit_chain_head) is missing.' };
  const headSeq = Number(snapshot.seq);
  const headHash = String(snapshot.hash);
  const limit = Math.max(headSeq, Number(snapshot.max_id ?? 0));
  let expected = 1;
  let prev = GENESIS_HASH;
  for (;;) {
    // The rows as arrays (the statement is the app's; only the driver's row shape differs).
    const rows = yield op.rows(SQL.verifyBatch, [expected - 1, limit]);
    for (const row of rows) {
      const event = auditEventFromArray(row);
      if (event.id !== expected)
        return bad(expected, `Event ${expected} is missing (the next event is ${event.id}): events were deleted from the trail.`);
      if (event.prevHash !== prev) return bad(event.id, `Event ${event.id} does not link to the previous event.`);
      if (eventHash(event, row[8]) !== event.hash)
        return bad(event.id, `Event ${event.id} does not match its hash: its content was changed after it was written.`);
      prev = event.hash;
      expected++;
    }
    if (rows.length < 1000) break;
  }
  const count = expected - 1;
  if (count < headSeq) return bad(count + 1, `The chain head records ${headSeq} events but the trail ends at event ${count}.`);
  if (count > headSeq) return bad(headSeq + 1, `The trail holds events after the recorded chain head (event ${headSeq}).`);
  if (prev !== headHash) return bad(Math.max(count, 1), `The last event's hash differs from the recorded chain head.`);
  return { valid: true, count, headHash: prev };
}

const bad = (firstBadSeq, reason) => ({ valid: false, firstBadSeq, reason });

/** An event from a row of the verify statement, as an array in its column order (app-queries.mjs AUDIT_COLUMNS). */
function auditEventFromArray(row) {
  return {
    id: Number(row[0]),
    at: row[1],
    actorId: row[2],
    actorName: row[3],
    actorRole: row[4],
    action: row[5],
    entityType: row[6],
    entityId: row[7],
    changes: JSON.parse(row[8]),
    reason: row[9],
    requestId: row[10],
    prevHash: row[11],
    hash: row[12],
  };
}
