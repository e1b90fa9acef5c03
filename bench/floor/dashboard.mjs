/**
 * The dashboard and the bell, in the app's order (dashboard/dashboard.service.ts,
 * notifications/notifications.service.ts list()): the counts of the register, whether the user
 * ever held the admin role, the recent activity, the trail's status for those who read it, then
 * each attention group read through the getList of the list it links to (its total and first
 * five), the milestones and requests with their partnerships; and a page of the user's own
 * notifications with their total. Generators of statements, run by db.mjs.
 */
import {
  ACTIVITY_ACTIONS,
  ACTIVITY_RESOURCES,
  ATTENTION_ITEMS_SHOWN,
  attentionRules,
  canAccess,
  isOverdue,
  RECENT_ITEMS_SHOWN,
  SYSTEM_ACTOR,
  todayInKualaLumpur,
} from '../lib/app.mjs';
import { op } from './db.mjs';
import { LIST_SPECS, listConditions, listOrder, SQL } from './app-queries.mjs';
import { listPartnerships, userNames } from './partnerships.mjs';
import { parseListQuery } from './validation.mjs';

/** A row of getMany's select (`m_due_on`…) → the entity: every column under its field's name, in the entity's order. */
const camel = (column) => column.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());
function entityOf(spec, row) {
  const entity = {};
  for (const column of spec.columns) entity[camel(column)] = row[`${spec.alias}_${column}`];
  return entity;
}

/** listRecords for a list whose page is TypeORM's getMany: the total counted, one sorted page, its records. */
function* listEntities(spec, raw, toRecords, scope) {
  const query = parseListQuery(raw, spec);
  const { where, params } = listConditions(spec, query.filters, scope);
  const total = Number((yield op.get(SQL.count(spec.table, spec.alias, where), params)).cnt);
  const rows = yield op.all(SQL.entityPage(spec, where, listOrder(spec, query.sort), query.limit, query.offset), params);
  // The records: an array, or a generator when making them reads more (names, staleness).
  const made = toRecords(rows.map((row) => entityOf(spec, row)));
  return { rows: Array.isArray(made) ? made : yield* made, total, offset: query.offset };
}

/** milestone-records.ts toMilestoneRecords: `overdue` for today, the owner's and completer's names in one statement. */
function* toMilestoneRecords(rows) {
  const nameOf = yield* userNames(rows.flatMap((row) => [row.ownerId, row.completedById]));
  const today = todayInKualaLumpur();
  return rows.map((row) => ({
    ...row,
    overdue: isOverdue(row, today),
    ownerName: nameOf(row.ownerId),
    completedByName: nameOf(row.completedById),
  }));
}

/** status-request-records.ts toStatusRequestRecords: the names, and what made a pending one stale (stale-requests.ts). */
function* toStatusRequestRecords(rows) {
  const nameOf = yield* userNames(rows.flatMap((row) => [row.requestedById, row.decidedById]));
  const stale = new Map();
  const pending = rows.filter((row) => row.state === 'pending');
  if (pending.length) {
    const ids = [...new Set(pending.map((row) => row.partnershipId))];
    const versions = yield op.all(SQL.partnershipVersions(ids.length), ids);
    const versionOf = new Map(versions.map((row) => [Number(row.id), Number(row.version)]));
    for (const row of pending) {
      if (versionOf.get(row.partnershipId) === row.baseVersion) continue;
      const events = yield op.all(SQL.staleEvents, [String(row.partnershipId), row.requestedAt]);
      const fields = new Set();
      for (const event of events) for (const field of Object.keys(JSON.parse(event.changes))) fields.add(field);
      const latest = events.at(-1);
      stale.set(row.id, { at: latest?.at ?? row.requestedAt, byName: latest?.actor_name ?? null, fields: [...fields] });
    }
  }
  return rows.map((row) => ({
    ...row,
    requestedByName: nameOf(row.requestedById),
    decidedByName: nameOf(row.decidedById),
    staleSince: stale.get(row.id) ?? null,
  }));
}

/** notification-records.ts: the row less whose it is, `params` parsed (simple-json). */
function toNotificationRecords(rows) {
  return rows.map(({ userId: _whose, ...row }) => ({ ...row, params: JSON.parse(row.params) }));
}

/** GET /api/notifications: the user's own, filtered, sorted and paged, with their total. */
export function* listNotifications(raw, userId) {
  return yield* listEntities(LIST_SPECS.notifications, raw, toNotificationRecords, { userId });
}

/** dashboard-counts.ts: largest first, then by key. */
function* countRows(sql) {
  const rows = yield op.all(sql);
  return rows
    .map((row) => ({ key: row.key, count: Number(row.count) }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** recent-activity.ts byId: rows of the table by id, for the ids that are whole numbers. */
function* byId(table, columns, ids) {
  const wanted = [...new Set(ids)].filter((id) => Number.isSafeInteger(id));
  if (!wanted.length) return new Map();
  const rows = yield op.all(SQL.byId(table, columns, wanted.length), wanted);
  return new Map(rows.map((row) => [Number(row.id), row]));
}

const changed = (changes, field) => {
  const pair = changes[field];
  const value = pair ? (pair[1] ?? pair[0]) : null;
  return typeof value === 'string' ? value : null;
};

/** recent-activity.ts recentActivity: the latest changes to the register, each with the partnership it concerns. */
function* recentActivity() {
  const events = yield op.all(SQL.recentEvents(ACTIVITY_ACTIONS.length, ACTIVITY_RESOURCES.length, RECENT_ITEMS_SHOWN), [
    ...ACTIVITY_ACTIONS,
    ...ACTIVITY_RESOURCES,
  ]);
  const idsOf = (type) => events.filter((event) => event.entity_type === type).map((event) => Number(event.entity_id));
  const requests = yield* byId('status_requests', 'partnership_id, to_status', idsOf('status-requests'));
  const milestones = yield* byId('milestones', 'partnership_id, title', idsOf('milestones'));
  const documents = yield* byId('documents', 'partnership_id, file_name', idsOf('documents'));
  const organisations = yield* byId('organisations', 'name', idsOf('organisations'));
  const items = events.map((event) => {
    const id = Number(event.entity_id);
    const changes = JSON.parse(event.changes);
    let partnershipId = null;
    let detail = null;
    let toStatus = null;
    switch (event.entity_type) {
      case 'partnerships':
        partnershipId = id;
        break;
      case 'status-requests':
        partnershipId = requests.has(id) ? Number(requests.get(id).partnership_id) : null;
        toStatus = requests.get(id)?.to_status ?? null;
        break;
      case 'milestones':
        partnershipId = milestones.has(id) ? Number(milestones.get(id).partnership_id) : Number(changes.partnershipId?.[0] ?? NaN) || null;
        detail = milestones.get(id)?.title ?? changed(changes, 'title');
        break;
      case 'documents':
        partnershipId = documents.has(id) ? Number(documents.get(id).partnership_id) : Number(changes.partnershipId?.[0] ?? NaN) || null;
        detail = documents.get(id)?.file_name ?? changed(changes, 'fileName');
        break;
      case 'organisations':
        detail = organisations.get(id)?.name ?? changed(changes, 'name');
        break;
    }
    return { event, partnershipId, detail, toStatus };
  });
  const partnerships = yield* byId(
    'partnerships',
    'code, title, title_ms',
    items.flatMap((item) => (item.partnershipId === null ? [] : [item.partnershipId])),
  );
  return items.map(({ event, partnershipId, detail, toStatus }) => {
    const partnership = partnershipId === null ? undefined : partnerships.get(partnershipId);
    return {
      id: Number(event.id),
      at: event.at,
      actorName: event.actor_id === null && event.actor_name === SYSTEM_ACTOR.name ? null : event.actor_name,
      action: event.action,
      entityType: event.entity_type,
      partnershipId: partnership ? partnershipId : null,
      code: partnership?.code ?? null,
      title: partnership?.title ?? null,
      titleMs: partnership?.title_ms ?? null,
      detail,
      toStatus,
    };
  });
}

/** audit-trail-status.ts: the head, the latest export, the latest refusals. */
function* auditTrailStatus() {
  const head = yield op.get(SQL.trailHead);
  const exported = yield op.get(SQL.lastExport);
  const refusals = yield op.all(SQL.refusals(RECENT_ITEMS_SHOWN));
  return {
    head: { seq: Number(head?.seq ?? 0), at: head?.at ?? null },
    lastExport: exported ? { at: exported.at, actorName: exported.actor_name } : null,
    refusals: refusals.map((row) => ({ id: Number(row.id), at: row.at, actorName: row.actor_name, entityType: row.entity_type, reason: row.reason })),
  };
}

const itemOf = (partnership, id, date, detail) => ({
  id,
  partnershipId: partnership.id,
  code: partnership.code,
  title: partnership.title,
  titleMs: partnership.titleMs,
  status: partnership.status,
  date,
  detail,
});

/** DashboardService.group: the rule's list, its total and first rows, as items. */
function* group(rule) {
  const { link } = rule;
  const raw = {
    filter: JSON.stringify(link.filter),
    sort: JSON.stringify([link.sort.field, link.sort.order]),
    range: JSON.stringify([0, ATTENTION_ITEMS_SHOWN - 1]),
  };
  if (link.resource === 'partnerships') {
    const page = yield* listPartnerships(parseListQuery(raw, LIST_SPECS.partnerships), LIST_SPECS.partnerships);
    const date = (record) =>
      rule.kind === 'review_due'
        ? record.nextReviewOn
        : rule.kind === 'dormant' || rule.kind === 'my_partnerships'
          ? record.updatedAt.slice(0, 10)
          : record.expiresOn;
    return { kind: rule.kind, count: page.total, items: page.rows.map((record) => itemOf(record, record.id, date(record), null)), link };
  }
  if (link.resource === 'milestones') {
    const page = yield* listEntities(LIST_SPECS.milestones, raw, toMilestoneRecords);
    return yield* attached(rule, page, (milestone) => ({ date: milestone.dueOn, detail: milestone.title }));
  }
  const page = yield* listEntities(LIST_SPECS['status-requests'], raw, toStatusRequestRecords);
  return yield* attached(rule, page, (request) => ({ date: request.requestedAt, detail: request.toStatus }));
}

/** DashboardService.attached: records attached to partnerships, each shown with its partnership (read through the list by ids). */
function* attached(rule, page, about) {
  const ids = [...new Set(page.rows.map((record) => record.partnershipId))];
  const spec = LIST_SPECS.partnerships;
  const partnerships = ids.length
    ? (yield* listPartnerships(parseListQuery({ filter: JSON.stringify({ id: ids }), range: JSON.stringify([0, ids.length - 1]) }, spec), spec)).rows
    : [];
  const byPartnership = new Map(partnerships.map((partnership) => [partnership.id, partnership]));
  const items = page.rows.flatMap((record) => {
    const partnership = byPartnership.get(record.partnershipId);
    if (!partnership) return [];
    const { date, detail } = about(record);
    return [itemOf(partnership, record.id, date, detail)];
  });
  return { kind: rule.kind, count: page.total, items, link: rule.link };
}

/** GET /api/dashboard for `user` ({ id, role }). */
export function* dashboard(user, now = new Date()) {
  const today = todayInKualaLumpur(now);
  const readsTrail = canAccess(user.role, 'list', 'audit-events');
  const counts = {
    byStatus: yield* countRows(SQL.countsByStatus),
    byCategory: yield* countRows(SQL.countsByCategory),
    byCountry: yield* countRows(SQL.countsByCountry),
    bySdgTarget: yield* countRows(SQL.countsBySdgTarget),
  };
  const [adminRow] = yield op.all(SQL.everAdmin, [user.id]);
  const everAdmin = adminRow?.ever_admin === true || adminRow?.ever_admin === 1;
  const activity = yield* recentActivity();
  const auditTrail = readsTrail ? yield* auditTrailStatus() : undefined;
  const viewer = { ...user, mayDecide: canAccess(user.role, 'approve', 'status-requests') && !everAdmin };
  const attention = [];
  for (const rule of attentionRules(viewer, today)) attention.push(yield* group(rule));
  return { today, ...counts, attention, recentActivity: activity, ...(auditTrail ? { auditTrail } : {}) };
}
