/**
 * The audit chain as the floor keeps it: the same event fields, the same canonical JSON (keys
 * sorted at every depth, strings in their storable form), the same SHA-256 link to the previous
 * hash, appended in the caller's transaction after locking the head. Written here rather than
 * imported from the app, with the app's shortcuts (audit/event-hash.ts hashEvent: the top-level
 * keys written in their known sorted order, one `crypto.hash` call per event), so its cost is a
 * plain implementation's of the same work; the floor's tests check that the app's own verify
 * accepts what the floor appends, and that both verifies agree.
 */
import { hash } from 'node:crypto';
import { op } from './db.mjs';
import { auditEventFromValues, SQL, VERIFY_BATCH } from './app-queries.mjs';

const GENESIS_HASH = '0'.repeat(64);
// As the app builds it (common/validation/storable-text.ts): a lone surrogate, or NUL.
const UNSTORABLE = new RegExp(`${/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.source}|\\u0000`);
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');
/** Text as both databases store it (the app's asStored): lone surrogates and NUL as U+FFFD. */
export const stored = (text) => (UNSTORABLE.test(text) ? text.replace(UNSTORABLE_ALL, '\uFFFD') : text);

export function canonicalJson(value) {
  if (typeof value === 'string') return JSON.stringify(stored(value));
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const keys = Object.keys(value).sort();
  const parts = [];
  for (const key of keys) {
    if (value[key] !== undefined) parts.push(`${JSON.stringify(stored(key))}:${canonicalJson(value[key])}`);
  }
  return `{${parts.join(',')}}`;
}

/** Text JSON writes as it is between quotes and that is stored as it is: no quote, backslash, control character or surrogate. */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes
const PLAIN_TEXT = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/** canonicalJson of one member's value; undefined for a value JSON leaves out. */
function memberJson(value) {
  if (typeof value === 'string') return PLAIN_TEXT.test(value) ? `"${value}"` : JSON.stringify(stored(value));
  if (value === null) return 'null';
  if (typeof value === 'number') return JSON.stringify(value);
  return canonicalJson(value);
}

/** The hashed fields (audit/event-hash.ts hashedContent), in canonicalJson's order: [member prefix, field of the event]. */
const MEMBERS = Object.entries({
  seq: 'id',
  at: 'at',
  actorId: 'actorId',
  actorName: 'actorName',
  actorRole: 'actorRole',
  action: 'action',
  entityType: 'entityType',
  entityId: 'entityId',
  changes: 'changes',
  reason: 'reason',
  requestId: 'requestId',
  prevHash: 'prevHash',
})
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([key, field]) => [`${JSON.stringify(key)}:`, field]);

/** `SHA-256(prevHash ‖ canonical JSON of the hashed fields)`, hex. */
export function eventHash(event) {
  let json = '';
  for (const [prefix, field] of MEMBERS) {
    const value = memberJson(event[field]);
    if (value !== undefined) json += (json ? ',' : '') + prefix + value;
  }
  return hash('sha256', `${event.prevHash}{${json}}`, 'hex');
}

/** Appends one event in the current transaction (a generator step of the caller's work); answers it. */
export function* appendEvent(actor, at, entry) {
  const head = yield op.get(SQL.chainHead);
  const event = {
    id: Number(head.seq) + 1,
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
    prevHash: head.hash,
  };
  const eventHashHex = eventHash(event);
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
    eventHashHex,
  ]);
  yield op.run(SQL.moveHead, [event.id, eventHashHex]);
  return { ...event, hash: eventHashHex };
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

/**
 * The app's verify (audit-events/audit-chain-verifier.ts) without an exported head: the same snapshot,
 * batches and checks. Each batch is read as rows of values, and the next is asked for before this one
 * is hashed (on PostgreSQL the database reads it meanwhile), as the app does.
 */
export function* verifyChain() {
  const snapshot = yield op.get(SQL.verifySnapshot);
  if (!snapshot) return { valid: false, firstBadSeq: 1, reason: 'The chain head row (audit_chain_head) is missing.' };
  const headSeq = Number(snapshot.seq);
  const headHash = String(snapshot.hash);
  const limit = Math.max(headSeq, Number(snapshot.max_id ?? 0));
  let expected = 1;
  let prev = GENESIS_HASH;
  let next = yield op.send(SQL.verifyBatch, [0, limit]);
  while (next) {
    const rows = yield op.receive(next);
    next = rows.length === VERIFY_BATCH ? yield op.send(SQL.verifyBatch, [rows[rows.length - 1][0], limit]) : null;
    for (const values of rows) {
      const id = Number(values[0]);
      if (id !== expected) return bad(expected, `Event ${expected} is missing (the next event is ${id}): events were deleted from the trail.`);
      if (values[11] !== prev) {
        return bad(
          id,
          `Event ${id} does not link to ${id === 1 ? 'the start of the chain' : `event ${id - 1}`}: its previous hash is not that event's hash.`,
        );
      }
      if (!hashMatches(values)) return bad(id, `Event ${id} does not match its hash: its content was changed after it was written.`);
      prev = values[12];
      expected++;
    }
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
  if (prev !== headHash) return bad(Math.max(count, 1), `The last event's hash differs from the recorded chain head.`);
  return { valid: true, count, headHash: prev };
}

/** The stored hash recomputed from the stored content; `changes` that are not JSON cannot match. */
function hashMatches(values) {
  let event;
  try {
    event = auditEventFromValues(values);
  } catch {
    return false;
  }
  return eventHash(event) === values[12];
}

const bad = (firstBadSeq, reason) => ({ valid: false, firstBadSeq, reason });
