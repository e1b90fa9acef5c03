/**
 * The scenarios under load, as react-admin asks for them: each names its user and its requests.
 * A new scenario (an aggregate endpoint, such as the dashboard) is one entry here, the floor's route
 * for it (bench/floor/server.mjs), and a row in GOALS (bench/report/table.mjs) if it has a goal.
 */

const query = (params) =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(JSON.stringify(value))}`)
    .join('&');

/** The partnerships list as the UI opens it for "active", newest edits first. */
export const LIST_PATH = `/api/partnerships?${query({ filter: { status: 'active' }, sort: ['updatedAt', 'DESC'], range: [0, 24] })}`;
/** A search: titles in both languages, codes, and the names and aliases of the parties. */
export const SEARCH_TERM = 'tokyo';
export const SEARCH_PATH = `/api/partnerships?${query({ filter: { q: SEARCH_TERM }, sort: ['updatedAt', 'DESC'], range: [0, 24] })}`;
/** The Audit log's first page for one entity type (admin-ui/src/audit/AuditLogList.tsx sorts by id, newest first). */
export const AUDIT_LOG_PATH = `/api/audit-events?${query({ filter: { entityType: 'partnerships' }, range: [0, 24], sort: ['id', 'DESC'] })}`;
/** The Audit tab of a partnership (admin-ui/src/audit/AuditTimeline.tsx): its events, oldest first, 100 a page. */
export const auditTabPath = (id) =>
  `/api/audit-events?${query({ filter: { entityType: 'partnerships', entityId: String(id) }, sort: ['id', 'ASC'], range: [0, 99] })}`;

/** The dashboard, the landing page, as the admin UI asks for it (admin-ui/src/dashboard): no query. */
export const DASHBOARD_PATH = '/api/dashboard';
/** The bell on every page (admin-ui/src/notifications): the unread ones, newest first, and their count in Content-Range. */
export const NOTIFICATIONS_PATH = `/api/notifications?${query({ filter: { unread: true }, range: [0, 7], sort: ['id', 'DESC'] })}`;

/**
 * `ids`: partnerships the bench picked from the database (not archived), spread over the table:
 * `get` and `tab` in a shuffled order, `update` a separate set whose records are read first.
 */
export const SCENARIOS = {
  list: {
    title: 'List: status=active, sort updatedAt desc, 25 a page, with total',
    user: 'officer',
    paths: () => [LIST_PATH],
  },
  search: {
    title: `List with q="${SEARCH_TERM}" (titles, partner names and aliases)`,
    user: 'officer',
    paths: () => [SEARCH_PATH],
  },
  get: {
    title: 'Get one partnership with parties and SDG targets',
    user: 'officer',
    paths: (ids) => ids.get.map((id) => `/api/partnerships/${id}`),
  },
  update: {
    title: 'Update a partnership: the whole record as react-admin sends it, version check, audit event',
    user: 'officer',
    update: true,
  },
  'audit-tab': {
    title: 'Audit tab: the events of one partnership',
    user: 'auditor',
    paths: (ids) => ids.tab.map(auditTabPath),
  },
  'audit-log': {
    title: 'Audit log page 1, filtered by entity type',
    user: 'auditor',
    paths: () => [AUDIT_LOG_PATH],
    // Its goal is a latency of one request alone: measured serially too (one connection).
    serial: true,
  },
  dashboard: {
    title: "Dashboard: the register's counts, nine attention groups (count and first 5 each), recent activity",
    user: 'officer',
    paths: () => [DASHBOARD_PATH],
  },
  notifications: {
    title: 'The bell: unread notifications, newest first, 8 a page, with their count',
    user: 'officer',
    paths: () => [NOTIFICATIONS_PATH],
  },
};
