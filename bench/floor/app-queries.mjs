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
    'SELECT u.id AS id, u.username AS username, u.full_name AS full_name, u.role AS role, u.active AS active, u.token_version AS token_version, s.token_version AS session_token_version, s.expires_at AS expires_at, s.last_seen_at AS last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ? AND u.id = ?',
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
};
/** The q filter's one value, bound once per LIKE on SQLite (`?` five times) and once on PostgreSQL (`$1` five times). */
export const Q_BINDINGS = 5;

/** `p.status` → `"p"."status"`, as TypeORM escapes the spec's columns in conditions and ORDER BY. */
export const quoted = (column) =>
  column
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');

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
 * audit-events/audit-query.ts AUDIT_EVENT_LIST), with the columns of their conditions.
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

/** The WHERE of a parsed list query, as listRecords + filteredQuery write it (and the partnerships' "not archived" scope). */
export function listConditions(spec, filters) {
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
      } else if (name === 'archived') {
        conditions.push(CUSTOM_CONDITIONS.archived(value));
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
