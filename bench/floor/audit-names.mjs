/**
 * audit-events/audit-names.ts: the names of the records a page of events names, in one statement
 * (a UNION ALL over the named tables), as the app reads them. Same text, same parameters.
 */
// shared/src/audit.ts AUDIT_ID_FIELDS: the id fields of the changes and the resource each names.
const AUDIT_ID_FIELDS = {
  partnershipId: 'partnerships',
  organisationId: 'organisations',
  parentId: 'organisations',
  ownerId: 'users',
  actorId: 'users',
  userId: 'users',
  createdById: 'users',
  updatedById: 'users',
  completedById: 'users',
  requestedById: 'users',
  decidedById: 'users',
  uploadedById: 'users',
};

const NAME_SOURCES = {
  partnerships: 'SELECT id, title AS name FROM partnerships',
  organisations: 'SELECT id, name FROM organisations',
  users: 'SELECT id, full_name AS name FROM users',
  milestones: 'SELECT id, title AS name FROM milestones',
  documents: 'SELECT id, file_name AS name FROM documents',
  'status-requests': 'SELECT r.id AS id, p.title AS name FROM status_requests r JOIN partnerships p ON p.id = r.partnership_id',
};
const NAMED = Object.keys(NAME_SOURCES);

const idOf = (value) => {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  return /^\d{1,10}$/.test(text) ? Number(text) : null;
};

function readFilter(reason) {
  try {
    const parsed = JSON.parse(reason);
    const filter = parsed && typeof parsed === 'object' ? parsed.filter : undefined;
    return filter && typeof filter === 'object' && !Array.isArray(filter) ? filter : {};
  } catch {
    return {};
  }
}

export function refsOf(event) {
  const refs = [];
  const add = (resource, value) => {
    const id = idOf(value);
    if (id !== null && Object.hasOwn(NAME_SOURCES, resource)) refs.push([resource, id]);
  };
  add(event.entityType, event.entityId);
  const changes = event.changes && typeof event.changes === 'object' ? event.changes : {};
  for (const [field, pair] of Object.entries(changes)) {
    for (const value of Array.isArray(pair) ? pair : []) {
      if (AUDIT_ID_FIELDS[field]) add(AUDIT_ID_FIELDS[field], value);
      if (field === 'parties' && Array.isArray(value)) for (const party of value) add('organisations', party?.organisationId);
    }
  }
  if (event.action === 'audit_read' && event.reason) {
    const filter = readFilter(event.reason);
    for (const [field, value] of Object.entries(filter)) if (AUDIT_ID_FIELDS[field]) add(AUDIT_ID_FIELDS[field], value);
    if (typeof filter.entityType === 'string') add(filter.entityType, filter.entityId);
  }
  return refs;
}

/** The statement and its parameters for a page's references, in the dialect's own form. */
export function namesQuery(dialect, refs) {
  const wanted = new Map(NAMED.map((resource) => [resource, new Set()]));
  for (const [resource, id] of refs) wanted.get(resource).add(id);
  const postgres = dialect === 'postgres';
  const sql = NAMED.map((resource, index) => {
    const ids = postgres ? `n.id = ANY(CAST($${index + 1} AS integer[]))` : `n.id IN (SELECT value FROM json_each(?))`;
    return `SELECT '${resource}' AS kind, n.id AS id, n.name AS name FROM (${NAME_SOURCES[resource]}) n WHERE ${ids}`;
  }).join(' UNION ALL ');
  const params = NAMED.map((resource) => (postgres ? [...wanted.get(resource)] : JSON.stringify([...wanted.get(resource)])));
  return { sql, params };
}

export function namesFrom(rows) {
  const names = {};
  for (const row of rows) if (row.name) names[`${row.kind}:${Number(row.id)}`] = row.name;
  return names;
}

export function namesFor(refs, all) {
  const names = {};
  for (const [resource, id] of refs) {
    const key = `${resource}:${id}`;
    if (all[key] !== undefined) names[key] = all[key];
  }
  return names;
}
