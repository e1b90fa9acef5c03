import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { type Action, canAccess, type Resource, ROLES, type Role } from '@klch/shared';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

type Expected = 'public' | 'signed-in' | [Action, Resource];

/**
 * Every route the app serves and who may call it. A new route fails the first test until it is
 * added here with its policy, so nothing reaches production without a decision about access.
 */
const POLICIES: Record<string, Expected> = {
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'signed-in',
  'GET /api/auth/me': 'signed-in',
  'PUT /api/auth/me/language': 'signed-in',
  'POST /api/auth/password': 'signed-in',
  'GET /api/auth/sessions': 'signed-in',
  'DELETE /api/auth/sessions': 'signed-in',
  'DELETE /api/auth/sessions/:id': 'signed-in',
  'GET /api/health': 'public',

  'GET /api/users': ['list', 'users'],
  'GET /api/users/:id': ['show', 'users'],
  'POST /api/users': ['create', 'users'],
  'PUT /api/users/:id': ['edit', 'users'],
  'DELETE /api/users/:id': ['delete', 'users'],
  'POST /api/users/:id/reactivate': ['edit', 'users'],

  'GET /api/organisations': ['list', 'organisations'],
  'GET /api/organisations/:id': ['show', 'organisations'],
  'POST /api/organisations': ['create', 'organisations'],
  'PUT /api/organisations/:id': ['edit', 'organisations'],
  'DELETE /api/organisations/:id': ['delete', 'organisations'],

  'GET /api/partnerships': ['list', 'partnerships'],
  'GET /api/partnerships/:id': ['show', 'partnerships'],
  'POST /api/partnerships': ['create', 'partnerships'],
  'PUT /api/partnerships/:id': ['edit', 'partnerships'],
  'DELETE /api/partnerships/:id': ['delete', 'partnerships'],
  'GET /api/partnerships/:id/status-history': ['show', 'partnerships'],
  'GET /api/partnerships/owner-choices': ['edit', 'partnerships'],
  'GET /api/dashboard': ['list', 'partnerships'],
  'GET /api/calendar': ['list', 'partnerships'],
  'GET /api/calendar.ics': ['list', 'partnerships'],

  'GET /api/status-requests': ['list', 'status-requests'],
  'GET /api/status-requests/:id': ['show', 'status-requests'],
  'POST /api/status-requests': ['create', 'status-requests'],
  'POST /api/status-requests/:id/approve': ['approve', 'status-requests'],
  'POST /api/status-requests/:id/reject': ['approve', 'status-requests'],
  'POST /api/status-requests/:id/withdraw': ['delete', 'status-requests'],

  'GET /api/audit-events': ['list', 'audit-events'],
  'GET /api/audit-events/:id': ['show', 'audit-events'],
  'GET /api/audit-events/verify': ['list', 'audit-events'],
  'GET /api/audit-events/head': ['export', 'audit-events'],
  'GET /api/audit-events/actors': ['list', 'audit-events'],
  'GET /api/audit-events/export': ['export', 'audit-events'],

  'GET /api/milestones': ['list', 'milestones'],
  'GET /api/milestones/:id': ['show', 'milestones'],
  'POST /api/milestones': ['create', 'milestones'],
  'PUT /api/milestones/:id': ['edit', 'milestones'],
  'DELETE /api/milestones/:id': ['delete', 'milestones'],

  'GET /api/documents': ['list', 'documents'],
  'GET /api/documents/:id': ['show', 'documents'],
  'GET /api/documents/:id/download': ['show', 'documents'],
  'POST /api/documents': ['create', 'documents'],
  'DELETE /api/documents/:id': ['delete', 'documents'],

  'GET /api/notifications': ['list', 'notifications'],
  'GET /api/notifications/:id': ['show', 'notifications'],
  'POST /api/notifications/:id/read': ['edit', 'notifications'],
  'POST /api/notifications/read-all': ['edit', 'notifications'],
  'GET /api/notifications/preferences': ['list', 'notifications'],
  'PUT /api/notifications/preferences': ['edit', 'notifications'],
  'GET /api/events': 'signed-in',
  'POST /api/reminders/run': ['create', 'reminders'],

  'GET /api/sdg-targets': ['list', 'sdg-targets'],
  'GET /api/sdg-targets/:id': ['show', 'sdg-targets'],
};

const GLOBAL_PREFIX = 'api';

function joinPath(...parts: string[]): string {
  return (
    '/' +
    parts
      .flatMap((part) => part.split('/'))
      .filter(Boolean)
      .join('/')
  );
}

/** `GET /api/partnerships/:id` for every handler of every controller, from Nest's own metadata. */
function discoverRoutes(t: TestApp): string[] {
  const discovery = new DiscoveryService(t.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const routes: string[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
    if (!controller) continue;
    const controllerPaths = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, controller) ?? '/');
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as object;
      const methodPath: string | string[] | undefined = Reflect.getMetadata(PATH_METADATA, handler);
      const method: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
      if (methodPath === undefined || method === undefined) continue; // not a route handler
      for (const base of controllerPaths) {
        for (const sub of ([] as string[]).concat(methodPath)) {
          routes.push(`${RequestMethod[method]} ${joinPath(GLOBAL_PREFIX, base, sub)}`);
        }
      }
    }
  }
  return routes;
}

/** supertest's parser for a Server-Sent Events answer: the first chunk, then the connection is closed; any other answer as JSON. */
function firstChunkOfStream(res: import('node:http').IncomingMessage, done: (error: Error | null, body: unknown) => void): void {
  const streaming = String(res.headers['content-type'] ?? '').startsWith('text/event-stream');
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    text += chunk;
    if (streaming) {
      res.destroy();
      done(null, { events: text });
    }
  });
  res.on('end', () => done(null, text ? JSON.parse(text) : {}));
}

describe(`access matrix: every route × every role (${DB_KIND})`, () => {
  let t: TestApp;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** Demo users are named after their roles. */
  const tokenFor = async (role: Role): Promise<string> => {
    if (!tokens.has(role)) tokens.set(role, await t.login(role));
    return tokens.get(role)!;
  };

  const send = (route: string, token: string | null) => {
    const [method, template] = route.split(' ');
    const url = template.replace(':id', '999999');
    let request = t.http()[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](url);
    if (token) request = request.set(bearer(token));
    if (method === 'POST' || method === 'PUT') request = request.send({});
    // The live stream never ends by itself: read up to its first event, then hang up (errors are JSON as usual).
    if (template === '/api/events') request = request.buffer(true).parse(firstChunkOfStream as unknown as Parameters<typeof request.parse>[0]);
    return request;
  };

  it('serves exactly the routes of the table (a route without a declared policy fails here)', () => {
    const discovered = discoverRoutes(t);
    expect(new Set(discovered).size).toBe(discovered.length);
    expect([...discovered].sort()).toEqual(Object.keys(POLICIES).sort());
  });

  it.each(Object.entries(POLICIES))('%s answers each caller as the policy says', async (route, expected) => {
    const problems: string[] = [];

    const anonymous = await send(route, null);
    if (expected === 'public') {
      if (anonymous.status === 401 || anonymous.status === 403) problems.push(`anonymous: ${anonymous.status}, expected it open`);
    } else if (anonymous.status !== 401) {
      problems.push(`anonymous: ${anonymous.status}, expected 401`);
    } else if (typeof anonymous.body.message !== 'string' || !/sign in/i.test(anonymous.body.message)) {
      problems.push(`anonymous: 401 without a message asking to sign in: ${JSON.stringify(anonymous.body)}`);
    }

    for (const role of ROLES) {
      // Logout and sign out everywhere end the session they are sent with, so they get one of their own.
      const isLogout = route === 'POST /api/auth/logout' || route === 'DELETE /api/auth/sessions';
      const token = isLogout ? await t.login(role) : await tokenFor(role);
      const response = await send(route, token);
      if (isLogout) tokens.delete(role);

      const allowed = expected === 'public' || expected === 'signed-in' || canAccess(role, expected[0], expected[1]);
      if (response.status >= 500) problems.push(`${role}: ${response.status} ${JSON.stringify(response.body)}`);
      if (allowed) {
        if (response.status === 401 || response.status === 403) problems.push(`${role}: ${response.status}, expected access`);
      } else if (response.status !== 403) {
        problems.push(`${role}: ${response.status}, expected 403`);
      } else {
        const message: unknown = response.body.message;
        if (typeof message !== 'string' || !message.includes(role) || !/may not/.test(message)) {
          problems.push(`${role}: 403 without a human message: ${JSON.stringify(response.body)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('changed nothing while probing every route', async () => {
    const [partnerships] = await t.sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM partnerships WHERE archived_at IS NULL');
    const [organisations] = await t.sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM organisations');
    const [users] = await t.sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM users WHERE active = $1', [DB_KIND === 'postgres' ? true : 1]);
    // Sessions, refusals and reads of the trail are recorded too; none of them is a change.
    const notChanges = ['login', 'logout', 'logout_everywhere', 'session_end', 'login_failed', 'access_denied', 'audit_read', 'audit_export'];
    const writes = await t.sql(`SELECT id FROM audit_events WHERE action NOT IN (${notChanges.map((_, i) => `$${i + 1}`).join(', ')})`, notChanges);
    const seeded = await t.sql('SELECT id FROM audit_events WHERE actor_id IS NULL AND action = $1', ['create']);
    // Running the reminders is the one route for which an empty body is a whole request: the admin's run is allowed to write.
    const reminderRuns = await t.sql('SELECT id FROM audit_events WHERE entity_type = $1 AND action = $2', ['reminders', 'create']);
    expect(Number(partnerships.n)).toBe(9);
    expect(Number(users.n)).toBe(5);
    expect(Number(organisations.n)).toBeGreaterThan(0);
    // Only the seed's own creations: no write by any probe got through.
    expect(writes.length).toBe(seeded.length + reminderRuns.length);
  });
});
