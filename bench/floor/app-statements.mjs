/**
 * The app's statements for the benchmark's requests, as TypeORM logs them: the app's own services
 * (server/dist) run in-process on a data source with the query log on. What app-queries.mjs must
 * match (floor.test.mjs compares), and what `node bench/floor/app-sql.mjs` prints.
 */
import { BENCH_USERS } from '../config.mjs';
import { appServices } from '../lib/app-services.mjs';
import { AUDIT_LOG_PATH, auditTabPath, DASHBOARD_PATH, LIST_PATH, NOTIFICATIONS_PATH, SEARCH_PATH } from '../load/scenarios.mjs';

export const queryOf = (path) => Object.fromEntries(new URLSearchParams(path.split('?')[1] ?? ''));
export const claimsOf = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

const actorOf = (user) => ({ id: user.id, name: user.fullName, role: user.role, requestId: 'app-statements' });

/**
 * The requests, each with what the floor is sent (`token`, `path`, `init`) and what the app runs for
 * it (`work`): first the token's check (SessionsService.authenticate, the guard's part), then the
 * route's service. `edit(summary)`: the body of the update, read first (not logged).
 */
export function requests(dataSource, { officer, auditor, ids }) {
  const services = appServices(dataSource);
  const editId = ids.update[0];
  const bodyOf = async (summary) => ({ ...(await services.partnerships.getOne(editId)), summary });
  // An edit of the links too: the SDG targets become ['1.1'], or ['1.2'] if they are that already.
  const linksBodyOf = async (summary) => {
    const record = await services.partnerships.getOne(editId);
    return { ...record, summary, sdgTargets: record.sdgTargets.join() === '1.1' ? ['1.2'] : ['1.1'] };
  };
  return [
    { name: 'list', token: officer, path: LIST_PATH, work: () => services.partnerships.list(queryOf(LIST_PATH)) },
    { name: 'search', token: officer, path: SEARCH_PATH, work: () => services.partnerships.list(queryOf(SEARCH_PATH)) },
    { name: 'get', token: officer, path: `/api/partnerships/${ids.get[0]}`, work: () => services.partnerships.getOne(ids.get[0]) },
    {
      name: 'audit log',
      token: auditor,
      path: AUDIT_LOG_PATH,
      work: () => services.auditEvents.list(queryOf(AUDIT_LOG_PATH), actorOf(BENCH_USERS.auditor)),
    },
    {
      name: 'audit tab',
      token: auditor,
      path: auditTabPath(ids.tab[0]),
      work: () => services.auditEvents.list(queryOf(auditTabPath(ids.tab[0])), actorOf(BENCH_USERS.auditor)),
    },
    {
      name: 'dashboard',
      token: officer,
      path: DASHBOARD_PATH,
      work: () => services.dashboard.dashboard({ id: BENCH_USERS.officer.id, role: BENCH_USERS.officer.role }),
    },
    {
      name: 'notifications',
      token: officer,
      path: NOTIFICATIONS_PATH,
      work: () => services.notifications.list(queryOf(NOTIFICATIONS_PATH), BENCH_USERS.officer.id),
    },
    { name: 'verify', token: auditor, path: '/api/audit-events/verify', work: () => services.auditEvents.verify({}) },
    {
      name: 'update',
      token: officer,
      path: `/api/partnerships/${editId}`,
      prepare: () => bodyOf('Edited through the app'),
      work: (body) => services.partnerships.update(editId, body, actorOf(BENCH_USERS.officer)),
      floorBody: () => bodyOf('Edited through the floor'),
    },
    {
      name: 'update with its links',
      token: officer,
      path: `/api/partnerships/${editId}`,
      prepare: () => linksBodyOf('Links edited through the app'),
      work: (body) => services.partnerships.update(editId, body, actorOf(BENCH_USERS.officer)),
      floorBody: () => linksBodyOf('Links edited through the floor'),
    },
  ].map((request) => ({
    ...request,
    /** Runs the app's side, answering the statements it logged into `log` (emptied first). */
    appStatements: async (log) => {
      const body = await request.prepare?.();
      log.splice(0);
      await services.sessions.authenticate(claimsOf(request.token));
      await request.work(body);
      return log.splice(0).map(({ query }) => query);
    },
  }));
}
