/**
 * The floor's SQL: the app's statements, statement for statement, in the shapes the app gives
 * them (its hand-written SQL on the hot paths, TypeORM's query builder for the rest: the same
 * columns, conditions, order, limits, locks), so the floor reads the same rows through the same
 * indexes and the difference to the app is everything but the database. Where the app reads a
 * total from a count the database maintains (`partnership_counts`, `audit_event_counts`), so does
 * the floor, for the same filters.
 *
 * Keep it in step with the app. `floor.test.mjs` runs the app's own services from server/dist
 * with TypeORM's query log on (and the reads the app makes on better-sqlite3 directly logged
 * too) and compares, statement by statement, what the app runs with what the floor runs for the
 * same requests (whitespace collapsed, bound and inlined values both read as `?`); when the app's
 * queries change (a new index needs no change here, a new query shape does), it fails and prints
 * both. `node bench/floor/app-sql.mjs` prints the app's statements to copy from.
 *
 * Written with `?` for every value; `forDialect` numbers them `$1…` for PostgreSQL. The text is
 * the same on both databases except where the app's differs: case folding (`unicode_lower`, the
 * app's SQLite function, or LOWER) and the chain head's row lock.
 */
import { todayInKualaLumpur } from '../lib/app.mjs';

/**
 * Every column of a partnership under its field's name, as partnerships/partnership-rows.ts
 * COLUMNS selects it (dates cast to text; the order is the record's keys).
 */
const PARTNERSHIP_FIELDS = [
  ['id', 'id'],
  ['code', 'code'],
  ['title', 'title'],
  ['titleMs', 'title_ms'],
  ['summary', 'summary'],
  ['category', 'category'],
  ['instrument', 'instrument'],
  ['status', 'status'],
  ['statusReason', 'status_reason'],
  ['themes', 'themes'],
  ['alignment', 'alignment'],
  ['leadDepartment', 'lead_department'],
  ['ownerId', 'owner_id'],
  ['proposedOn', 'proposed_on', 'date'],
  ['signedOn', 'signed_on', 'date'],
  ['effectiveFrom', 'effective_from', 'date'],
  ['expiresOn', 'expires_on', 'date'],
  ['nextReviewOn', 'next_review_on', 'date'],
  ['isDemoData', 'is_demo_data'],
  ['demoNote', 'demo_note'],
  ['archivedAt', 'archived_at'],
  ['version', 'version'],
  ['createdAt', 'created_at'],
  ['updatedAt', 'updated_at'],
  ['createdById', 'created_by_id'],
  ['updatedById', 'updated_by_id'],
];
/**
 * PARTNERSHIP_SELECT: `p.code AS "code", …` as readPartnershipRow writes it, or (`quote`) as the list's
 * query builder escapes it, `"p"."code" AS "code"`.
 */
const partnershipSelect = (quote) =>
  PARTNERSHIP_FIELDS.map(([field, column, type]) => {
    const name = quote ? `"p"."${column}"` : `p.${column}`;
    return `${type === 'date' ? `CAST(${name} AS TEXT)` : name} AS "${field}"`;
  }).join(', ');
const AUDIT_COLUMNS = [
  'id',
  'at',
  'actor_id',
  'actor_name',
  'actor_role',
  'action',
  'entity_type',
  'entity_id',
  'changes',
  'reason',
  'request_id',
  'prev_hash',
  'hash',
];
/** audit-events/audit-query.ts EVENT_COLUMNS: every column of an event under its field's name (selectEventRow). */
const EVENT_FIELDS = [
  ['id', 'id'],
  ['at', 'at'],
  ['actor_id', 'actorId'],
  ['actor_name', 'actorName'],
  ['actor_role', 'actorRole'],
  ['action', 'action'],
  ['entity_type', 'entityType'],
  ['entity_id', 'entityId'],
  ['changes', 'changes'],
  ['reason', 'reason'],
  ['request_id', 'requestId'],
  ['prev_hash', 'prevHash'],
  ['hash', 'hash'],
];

/** Statements with a list of n values, built once per n (the text is also the prepared statement's key). */
const perCount = (build) => {
  const built = new Map();
  return (count) => {
    let sql = built.get(count);
    if (sql === undefined) built.set(count, (sql = build(count)));
    return sql;
  };
};

const select = (alias, columns) => columns.map((column) => `"${alias}"."${column}" AS "${alias}_${column}"`).join(', ');
const list = (count) => Array.from({ length: count }, () => '?').join(', ');
const rows = (count, width) => Array.from({ length: count }, () => `(${list(width)})`).join(', ');

/** The text of one statement for one database: `?` numbered for PostgreSQL, folding and locks as the app has them. */
export function forDialect(sql, dialect) {
  if (dialect === 'sqlite') return sql.replaceAll('{lower}', 'unicode_lower').replaceAll(' {forUpdate}', '');
  let n = 0;
  return sql
    .replaceAll('{lower}', 'LOWER')
    .replaceAll('{forUpdate}', 'FOR UPDATE')
    .replace(/\?/g, () => `$${++n}`);
}

/** Verify's batch: events read per statement (audit-events/audit-chain-verifier.ts VERIFY_BATCH). */
export const VERIFY_BATCH = 2000;

export const SQL = {
  // auth/sessions/sessions.service.ts authenticate(): the session with its user, in one statement.
  signedIn:
    'SELECT u.id AS id, u.username AS username, u.full_name AS full_name, u.role AS role, u.language AS language, u.active AS active, u.token_version AS token_version, s.token_version AS session_token_version, s.expires_at AS expires_at, s.last_seen_at AS last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ? AND u.id = ?',
  // noteSeen(): at most once a minute per session, only if nobody moved it meanwhile.
  noteSeen: `UPDATE "sessions" SET "last_seen_at" = ? WHERE "id" = ? AND "last_seen_at" = ?`,

  // common/list-query/list-records.ts listRecords(): the total, then one sorted page.
  count: (table, alias, where) => `SELECT COUNT(1) AS "cnt" FROM "${table}" "${alias}"${where ? ` WHERE ${where}` : ''}`,
  // partnerships/partnership-totals.ts maintainedPartnershipTotal(): filters only status and archived.
  partnershipTotal: perCount(
    (statuses) =>
      `SELECT COALESCE(SUM(n), 0) AS total FROM partnership_counts WHERE archived = ?${statuses === null ? '' : ` AND status IN (${list(statuses)})`}`,
  ),
  // audit-events/audit-query.ts auditEventsTotal(): filters only entity type and action (equal to).
  auditTotal: (conditions) =>
    `SELECT COALESCE(SUM(c.n), 0) AS "n" FROM "audit_event_counts" "c"${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`,
  auditTotalCondition: (column, count) => `c.${column} IN (${list(count)})`,
  // partnerships.service.ts list(): readPage, the raw select list of partnership-rows.ts through the query builder.
  partnershipPage: (where, orderBy, limit, offset) =>
    `SELECT ${partnershipSelect(true)} FROM "partnerships" "p"${where ? ` WHERE ${where}` : ''} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}`,
  auditPage: (where, orderBy, limit, offset) =>
    `SELECT ${select('e', AUDIT_COLUMNS)} FROM "audit_events" "e"${where ? ` WHERE ${where}` : ''} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}`,

  // partnerships/partnership-records.ts toPartnershipRecords(): parties, SDG targets, owner names of a page.
  partiesOf: perCount(
    (count) =>
      `SELECT pp.partnership_id, pp.organisation_id, pp.role FROM partnership_parties pp WHERE pp.partnership_id IN (${list(count)}) ORDER BY pp.position`,
  ),
  targetsOf: perCount(
    (count) =>
      `SELECT pt.partnership_id, pt.target_code FROM partnership_sdg_targets pt JOIN sdg_targets t ON t.code = pt.target_code WHERE pt.partnership_id IN (${list(count)}) ORDER BY t.position`,
  ),
  // database/user-names.ts
  userNames: perCount((count) => `SELECT u.id AS id, u.full_name AS full_name FROM users u WHERE u.id IN (${list(count)})`),

  // listRecords() of the lists that read their page with TypeORM's getMany (milestones, status requests, notifications): every column as alias_column.
  entityPage: (spec, where, orderBy, limit, offset) =>
    `SELECT ${select(spec.alias, spec.columns)} FROM "${spec.table}" "${spec.alias}"${where ? ` WHERE ${where}` : ''} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}`,

  // dashboard/dashboard-counts.ts dashboardCounts()
  countsByStatus: 'SELECT status AS key, n AS count FROM partnership_counts WHERE archived = 0 AND n > 0',
  countsByCategory: 'SELECT category AS key, COUNT(*) AS count FROM partnerships WHERE archived_at IS NULL GROUP BY category',
  countsByCountry:
    'SELECT o.country AS key, COUNT(DISTINCT pp.partnership_id) AS count FROM partnership_parties pp JOIN organisations o ON o.id = pp.organisation_id WHERE pp.partnership_id NOT IN (SELECT id FROM partnerships WHERE archived_at IS NOT NULL) GROUP BY o.country',
  countsBySdgTarget:
    'SELECT pt.target_code AS key, COUNT(*) AS count FROM partnership_sdg_targets pt WHERE pt.partnership_id NOT IN (SELECT id FROM partnerships WHERE archived_at IS NOT NULL) GROUP BY pt.target_code',
  // dashboard.service.ts everHeldAdmin()
  everAdmin: 'SELECT ever_admin FROM users WHERE id = ?',
  // dashboard/recent-activity.ts recentActivity(): the latest events, then the records they name, one statement per table
  recentEvents: (actions, types, limit) =>
    `SELECT id, at, actor_id, actor_name, action, entity_type, entity_id, changes FROM audit_events WHERE action IN (${list(actions)}) AND entity_type IN (${list(types)}) ORDER BY id DESC LIMIT ${limit}`,
  byId: (table, columns, count) => `SELECT id, ${columns} FROM ${table} WHERE id IN (${list(count)})`,
  // dashboard/audit-trail-status.ts auditTrailStatus() (auditors and admins)
  trailHead: 'SELECT h.seq AS seq, e.at AS at FROM audit_chain_head h LEFT JOIN audit_events e ON e.id = h.seq WHERE h.id = 1',
  lastExport: "SELECT at, actor_name FROM audit_events WHERE action = 'audit_export' ORDER BY id DESC LIMIT 1",
  refusals: (limit) =>
    `SELECT id, at, actor_name, entity_type, reason FROM audit_events WHERE action = 'access_denied' ORDER BY id DESC LIMIT ${limit}`,
  // status-requests/stale-requests.ts staleness(): the versions of the pending requests' partnerships, the trail of the stale ones
  partnershipVersions: perCount((count) => `SELECT id, version FROM partnerships WHERE id IN (${list(count)})`),
  staleEvents:
    "SELECT at, actor_name, changes FROM audit_events WHERE entity_type = 'partnerships' AND entity_id = ? AND at > ? AND action IN ('update', 'archive', 'status_change') ORDER BY id",

  // partnerships/partnership-rows.ts readPartnershipRow()
  partnershipById: `SELECT ${partnershipSelect(false)} FROM partnerships p WHERE p.id = ?`,

  // partnerships/partnership-rules.ts: organisations/organisation-rules.ts unknownOrganisations(), users/owner-rule.ts ownerProblem()
  organisationsExist: perCount((count) => `SELECT "o"."id" AS "o_id" FROM "organisations" "o" WHERE "o"."id" IN (${list(count)})`),
  ownerOf: `SELECT "UserEntity"."id" AS "UserEntity_id", "UserEntity"."role" AS "UserEntity_role", "UserEntity"."active" AS "UserEntity_active" FROM "users" "UserEntity" WHERE (("UserEntity"."id" = ?)) LIMIT 1`,

  // database/versioned-update.ts versionedUpdate(), with PartnershipsService.update's fields (in its order)
  updatePartnership: `UPDATE "partnerships" SET "title" = ?, "title_ms" = ?, "summary" = ?, "category" = ?, "instrument" = ?, "themes" = ?, "alignment" = ?, "lead_department" = ?, "owner_id" = ?, "proposed_on" = ?, "signed_on" = ?, "effective_from" = ?, "expires_on" = ?, "next_review_on" = ?, "updated_at" = ?, "updated_by_id" = ?, version = version + 1 WHERE id = ? AND version = ?`,
  // partnerships.service.ts replaceLinks(), when the links changed
  deleteParties: 'DELETE FROM partnership_parties WHERE partnership_id = ?',
  deleteTargets: 'DELETE FROM partnership_sdg_targets WHERE partnership_id = ?',
  insertParties: perCount((count) => `INSERT INTO partnership_parties (partnership_id, organisation_id, role, position) VALUES ${rows(count, 4)}`),
  insertTargets: perCount((count) => `INSERT INTO partnership_sdg_targets (partnership_id, target_code) VALUES ${rows(count, 2)}`),

  // status-requests/status-requests.service.ts tellStale(): a pending request made on the version the edit leaves
  pendingRequestOnVersion:
    "SELECT id, from_status, to_status, requested_by_id FROM status_requests WHERE partnership_id = ? AND state = 'pending' AND base_version = ?",

  // audit/audit.service.ts append(): the head (locked on PostgreSQL), the event, the head moved on.
  chainHead: 'SELECT seq, hash FROM audit_chain_head WHERE id = 1 {forUpdate}',
  insertEvent: `INSERT INTO audit_events (id, at, actor_id, actor_name, actor_role, action, entity_type, entity_id, changes, reason, request_id, prev_hash, hash) VALUES (${list(13)})`,
  moveHead: 'UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1',

  // audit-events/audit-chain-verifier.ts: the snapshot, then the events in batches (readEventRows).
  verifySnapshot: 'SELECT h.seq AS seq, h.hash AS hash, (SELECT MAX(e.id) FROM audit_events e) AS max_id FROM audit_chain_head h WHERE h.id = 1',
  verifyBatch: `SELECT ${EVENT_FIELDS.map(([column, field]) => `"e"."${column}" AS "${field}"`).join(', ')} FROM "audit_events" "e" WHERE "e"."id" > ? AND "e"."id" <= ? ORDER BY "e"."id" ASC LIMIT ${VERIFY_BATCH}`,
};

/**
 * The conditions of the app's list filters, as TypeORM writes them (partnerships/partnership-query.ts,
 * audit-events/audit-query.ts): `exact` and `range` filters on a column, and the custom ones.
 */
export const CUSTOM_CONDITIONS = {
  q: `({lower}("p"."title") LIKE ? ESCAPE '\\' OR {lower}(COALESCE("p"."title_ms", '')) LIKE ? ESCAPE '\\' OR {lower}("p"."code") LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM partnership_parties qp JOIN organisations qo ON qo.id = qp.organisation_id WHERE qp.partnership_id = p.id AND ({lower}(qo.name) LIKE ? ESCAPE '\\' OR {lower}(qo.aliases) LIKE ? ESCAPE '\\')))`,
  country: (count) =>
    `EXISTS (SELECT 1 FROM partnership_parties cp JOIN organisations co ON co.id = cp.organisation_id WHERE cp.partnership_id = p.id AND co.country IN (${list(count)}))`,
  organisationId: (count) =>
    `EXISTS (SELECT 1 FROM partnership_parties op WHERE op.partnership_id = p.id AND op.organisation_id IN (${list(count)}))`,
  sdgTargets: (count) => `EXISTS (SELECT 1 FROM partnership_sdg_targets st WHERE st.partnership_id = p.id AND st.target_code IN (${list(count)}))`,
  archived: (value) => (value ? '"p"."archived_at" IS NOT NULL' : '"p"."archived_at" IS NULL'),
  // The dashboard's "dormant": its one value bound three times (INACTIVE_BINDINGS).
  inactiveSince:
    '"p"."updated_at" < ? AND NOT EXISTS (SELECT 1 FROM milestones im WHERE im.partnership_id = "p"."id" AND im.updated_at >= ?) AND NOT EXISTS (SELECT 1 FROM documents idoc WHERE idoc.partnership_id = "p"."id" AND idoc.uploaded_at >= ?)',
  // milestones/milestone-query.ts: due date passed (today bound), neither done nor cancelled; false is its complement.
  overdue: (value) => `${value ? '' : 'NOT '}("m"."due_on" IS NOT NULL AND "m"."due_on" < ? AND "m"."status" NOT IN ('done', 'cancelled'))`,
  // status-requests/status-request-query.ts
  notRequestedBy: '"r"."requested_by_id" <> ?',
  // notifications/notification-query.ts
  unread: (value) => (value ? '"n"."read_at" IS NULL' : '"n"."read_at" IS NOT NULL'),
};
/** inactiveSince's value, bound once per condition on SQLite (`?` three times), once on PostgreSQL (`$n` three times). */
export const INACTIVE_BINDINGS = 3;
/** The q filter's one value, bound once per LIKE on SQLite (`?` five times) and once on PostgreSQL (`$1` five times). */
export const Q_BINDINGS = 5;

/** `p.status` → `"p"."status"` (in an expression too), as TypeORM escapes the spec's columns in conditions and ORDER BY. */
export const quoted = (column) => column.replace(/\b([a-z_]+)\.([a-z_]+)\b/g, '"$1"."$2"');

/** A row read with the partnership select list → the entity (partnership-rows.ts partnershipFromRow): the keys and their order are the app's JSON. */
export function partnershipFromRow(row) {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    titleMs: row.titleMs,
    summary: row.summary,
    category: row.category,
    instrument: row.instrument,
    status: row.status,
    statusReason: row.statusReason,
    themes: JSON.parse(row.themes),
    alignment: JSON.parse(row.alignment),
    leadDepartment: row.leadDepartment,
    ownerId: row.ownerId,
    proposedOn: row.proposedOn,
    signedOn: row.signedOn,
    effectiveFrom: row.effectiveFrom,
    expiresOn: row.expiresOn,
    nextReviewOn: row.nextReviewOn,
    isDemoData: Boolean(row.isDemoData),
    demoNote: row.demoNote,
    archivedAt: row.archivedAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdById: row.createdById,
    updatedById: row.updatedById,
  };
}

export function auditEventFromRow(row) {
  return {
    id: row.e_id,
    at: row.e_at,
    actorId: row.e_actor_id,
    actorName: row.e_actor_name,
    actorRole: row.e_actor_role,
    action: row.e_action,
    entityType: row.e_entity_type,
    entityId: row.e_entity_id,
    changes: JSON.parse(row.e_changes),
    reason: row.e_reason,
    requestId: row.e_request_id,
    prevHash: row.e_prev_hash,
    hash: row.e_hash,
  };
}

/** A verify batch's row of values (EVENT_FIELDS' order) → the event, `changes` parsed (audit-query.ts rowOfValues, eventOfRow). */
export function auditEventFromValues(values) {
  return {
    id: values[0],
    at: values[1],
    actorId: values[2],
    actorName: values[3],
    actorRole: values[4],
    action: values[5],
    entityType: values[6],
    entityId: values[7],
    changes: JSON.parse(values[8]),
    reason: values[9],
    requestId: values[10],
    prevHash: values[11],
    hash: values[12],
  };
}

/**
 * What each list may be sorted and filtered by (partnerships/partnership-query.ts PARTNERSHIP_LIST,
 * audit-events/audit-query.ts AUDIT_EVENT_LIST, milestones/milestone-query.ts, status-requests/
 * status-request-query.ts, notifications/notification-query.ts), with the columns of their conditions.
 */
export const LIST_SPECS = {
  partnerships: {
    resource: 'partnerships',
    table: 'partnerships',
    alias: 'p',
    sortable: {
      id: 'p.id',
      code: 'p.code',
      title: 'p.title',
      status: 'p.status',
      category: 'p.category',
      instrument: 'p.instrument',
      proposedOn: 'p.proposed_on',
      signedOn: 'p.signed_on',
      effectiveFrom: 'p.effective_from',
      expiresOn: 'p.expires_on',
      nextReviewOn: 'p.next_review_on',
      createdAt: 'p.created_at',
      updatedAt: 'p.updated_at',
    },
    defaultSort: { field: 'code', order: 'ASC' },
    tieBreaker: 'p.id',
    filters: {
      id: { kind: 'exact', column: 'p.id', type: 'integer' },
      status: { kind: 'exact', column: 'p.status', type: 'string' },
      category: { kind: 'exact', column: 'p.category', type: 'string' },
      instrument: { kind: 'exact', column: 'p.instrument', type: 'string' },
      ownerId: { kind: 'exact', column: 'p.owner_id', type: 'integer' },
      code: { kind: 'exact', column: 'p.code', type: 'string' },
      proposedOn: { kind: 'range', column: 'p.proposed_on', type: 'date' },
      signedOn: { kind: 'range', column: 'p.signed_on', type: 'date' },
      effectiveFrom: { kind: 'range', column: 'p.effective_from', type: 'date' },
      expiresOn: { kind: 'range', column: 'p.expires_on', type: 'date' },
      nextReviewOn: { kind: 'range', column: 'p.next_review_on', type: 'date' },
      createdAt: { kind: 'range', column: 'p.created_at', type: 'timestamp' },
      updatedAt: { kind: 'range', column: 'p.updated_at', type: 'timestamp' },
      q: { kind: 'custom', type: 'string' },
      country: { kind: 'custom', type: 'string', many: true },
      organisationId: { kind: 'custom', type: 'integer', many: true },
      sdgTargets: { kind: 'custom', type: 'string', many: true },
      archived: { kind: 'custom', type: 'boolean' },
      inactiveSince: { kind: 'custom', type: 'date' },
    },
  },
  milestones: {
    resource: 'milestones',
    table: 'milestones',
    alias: 'm',
    // The entity's columns, in its order (milestones/milestone.entity.ts): getMany's select list and the record's keys.
    columns: [
      'id',
      'partnership_id',
      'title',
      'kind',
      'due_on',
      'completed_on',
      'status',
      'owner_id',
      'notes',
      'completed_by_id',
      'completed_at',
      'version',
      'created_at',
      'updated_at',
      'created_by_id',
      'updated_by_id',
    ],
    sortable: {
      dueOn: "COALESCE(m.due_on, '9999-12-31')",
      title: 'm.title',
      status: 'm.status',
      kind: 'm.kind',
      completedOn: 'm.completed_on',
      createdAt: 'm.created_at',
      updatedAt: 'm.updated_at',
      id: 'm.id',
    },
    defaultSort: { field: 'dueOn', order: 'ASC' },
    tieBreaker: 'm.id',
    filters: {
      id: { kind: 'exact', column: 'm.id', type: 'integer' },
      partnershipId: { kind: 'exact', column: 'm.partnership_id', type: 'integer' },
      status: { kind: 'exact', column: 'm.status', type: 'string' },
      kind: { kind: 'exact', column: 'm.kind', type: 'string' },
      ownerId: { kind: 'exact', column: 'm.owner_id', type: 'integer' },
      dueOn: { kind: 'range', column: 'm.due_on', type: 'date' },
      completedOn: { kind: 'range', column: 'm.completed_on', type: 'date' },
      overdue: { kind: 'custom', type: 'boolean' },
    },
  },
  'status-requests': {
    resource: 'status-requests',
    table: 'status_requests',
    alias: 'r',
    columns: [
      'id',
      'partnership_id',
      'from_status',
      'to_status',
      'reason',
      'effective_date',
      'signed_on',
      'next_review_on',
      'state',
      'base_version',
      'requested_by_id',
      'requested_at',
      'decided_by_id',
      'decided_at',
      'comment',
    ],
    sortable: {
      id: 'r.id',
      requestedAt: 'r.requested_at',
      decidedAt: 'r.decided_at',
      state: 'r.state',
      toStatus: 'r.to_status',
      partnershipId: 'r.partnership_id',
    },
    defaultSort: { field: 'requestedAt', order: 'ASC' },
    tieBreaker: 'r.id',
    filters: {
      id: { kind: 'exact', column: 'r.id', type: 'integer' },
      state: { kind: 'exact', column: 'r.state', type: 'string' },
      partnershipId: { kind: 'exact', column: 'r.partnership_id', type: 'integer' },
      requestedById: { kind: 'exact', column: 'r.requested_by_id', type: 'integer' },
      decidedById: { kind: 'exact', column: 'r.decided_by_id', type: 'integer' },
      fromStatus: { kind: 'exact', column: 'r.from_status', type: 'string' },
      toStatus: { kind: 'exact', column: 'r.to_status', type: 'string' },
      notRequestedBy: { kind: 'custom', type: 'integer' },
      requestedAt: { kind: 'range', column: 'r.requested_at', type: 'timestamp' },
      decidedAt: { kind: 'range', column: 'r.decided_at', type: 'timestamp' },
    },
  },
  notifications: {
    resource: 'notifications',
    table: 'notifications',
    alias: 'n',
    columns: ['id', 'user_id', 'kind', 'entity_type', 'entity_id', 'partnership_id', 'params', 'created_at', 'read_at'],
    sortable: { id: 'n.id', createdAt: 'n.created_at', kind: 'n.kind' },
    defaultSort: { field: 'id', order: 'DESC' },
    tieBreaker: 'n.id',
    filters: {
      id: { kind: 'exact', column: 'n.id', type: 'integer' },
      kind: { kind: 'exact', column: 'n.kind', type: 'string' },
      partnershipId: { kind: 'exact', column: 'n.partnership_id', type: 'integer' },
      unread: { kind: 'custom', type: 'boolean' },
      createdAt: { kind: 'range', column: 'n.created_at', type: 'timestamp' },
    },
  },
  'audit-events': {
    resource: 'audit-events',
    table: 'audit_events',
    alias: 'e',
    sortable: { id: 'e.id', at: 'e.at' },
    defaultSort: { field: 'id', order: 'DESC' },
    tieBreaker: 'e.id',
    filters: {
      id: { kind: 'exact', column: 'e.id', type: 'integer' },
      entityType: { kind: 'exact', column: 'e.entity_type', type: 'string' },
      entityId: { kind: 'exact', column: 'e.entity_id', type: 'string' },
      actorId: { kind: 'exact', column: 'e.actor_id', type: 'integer' },
      action: { kind: 'exact', column: 'e.action', type: 'string' },
      at: { kind: 'range', column: 'e.at', type: 'timestamp' },
    },
  },
};

/** The WHERE of a parsed list query, as listRecords + filteredQuery write it (and the partnerships' "not archived" scope, a notification's owner: `scope.userId`). */
export function listConditions(spec, filters, scope = {}) {
  const conditions = [];
  const params = [];
  for (const { name, def, op, value } of filters) {
    if (Array.isArray(value) && value.length === 0) {
      conditions.push('1 = 0');
    } else if (def.kind === 'custom') {
      const values = [].concat(value);
      if (name === 'q') {
        conditions.push(CUSTOM_CONDITIONS.q);
        const pattern = containsPattern(String(value));
        for (let i = 0; i < Q_BINDINGS; i++) params.push(pattern);
      } else if (name === 'archived' || name === 'unread') {
        conditions.push(CUSTOM_CONDITIONS[name](value));
      } else if (name === 'inactiveSince') {
        conditions.push(CUSTOM_CONDITIONS.inactiveSince);
        for (let i = 0; i < INACTIVE_BINDINGS; i++) params.push(value);
      } else if (name === 'overdue') {
        conditions.push(CUSTOM_CONDITIONS.overdue(value));
        params.push(todayInKualaLumpur());
      } else if (name === 'notRequestedBy') {
        conditions.push(CUSTOM_CONDITIONS.notRequestedBy);
        params.push(value);
      } else {
        conditions.push(CUSTOM_CONDITIONS[name](values.length));
        params.push(...(name === 'country' ? values.map((c) => String(c).toUpperCase()) : values));
      }
    } else if (Array.isArray(value)) {
      conditions.push(`${quoted(def.column)} IN (${list(value.length)})`);
      params.push(...value);
    } else {
      conditions.push(`${quoted(def.column)} ${op === 'gte' ? '>=' : op === 'lte' ? '<=' : '='} ?`);
      params.push(value);
    }
  }
  if (spec.resource === 'partnerships') {
    const names = filters.map((filter) => filter.name);
    if (!names.includes('archived') && !names.includes('id')) conditions.push('"p"."archived_at" IS NULL');
  }
  // notifications.service.ts list(): always within the signed-in user's own.
  if (spec.resource === 'notifications') {
    conditions.push('"n"."user_id" = ?');
    params.push(scope.userId);
  }
  return { where: conditions.join(' AND '), params };
}

/**
 * The partnership list's total from `partnership_counts` when its filters are only the status and
 * `archived` (partnerships/partnership-totals.ts): `{ sql, params }`, `{ total: 0 }` for an empty
 * status list, or null (the rows are counted).
 */
export function partnershipTotalQuery(filters) {
  if (!filters.every((filter) => filter.name === 'status' || filter.name === 'archived')) return null;
  const archived = filters.find((filter) => filter.name === 'archived');
  const status = filters.find((filter) => filter.name === 'status');
  const statuses = status === undefined ? null : [].concat(status.value).map(String);
  if (statuses?.length === 0) return { total: 0 };
  return { sql: SQL.partnershipTotal(statuses?.length ?? null), params: [archived?.value ? 1 : 0, ...(statuses ?? [])] };
}

/** The filters `audit_event_counts` answers a total for, by their column there (audit-events/audit-query.ts). */
const COUNTED_AUDIT_FILTERS = { entityType: 'entity_type', action: 'action' };

/** The audit log's total from `audit_event_counts` (auditEventsTotal): as partnershipTotalQuery. */
export function auditTotalQuery(filters) {
  if (!filters.every((filter) => filter.op === 'eq' && Object.hasOwn(COUNTED_AUDIT_FILTERS, filter.name))) return null;
  const conditions = [];
  const params = [];
  for (const filter of filters) {
    const values = [].concat(filter.value);
    if (values.length === 0) return { total: 0 };
    conditions.push(SQL.auditTotalCondition(COUNTED_AUDIT_FILTERS[filter.name], values.length));
    params.push(...values);
  }
  return { sql: SQL.auditTotal(conditions), params };
}

/** `ORDER BY` of a list: the sort column, then the tie-breaker in the same direction. */
export function listOrder(spec, sort) {
  const first = `${quoted(sort.column)} ${sort.order}`;
  return sort.column === spec.tieBreaker ? first : `${first}, ${quoted(spec.tieBreaker)} ${sort.order}`;
}

/** The LIKE pattern of a "contains" search, the user's % and _ taken literally (common/list-query/list-spec.ts). */
export const containsPattern = (text) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
