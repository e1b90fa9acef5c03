/**
 * The floor: a plain node:http server doing what the app must do for the benchmark's requests and
 * no more. Per request: the bearer token (or session cookie) checked as HS256 with its expiry,
 * the session and its user read in one statement and checked as SessionsService.authenticate
 * does (last-seen noted at most once a minute), the role asked of shared's canAccess, the input
 * checked as the app's pipes and DTOs check it, the app's statements (app-queries.mjs), the same
 * JSON and headers, writes and their hash-chained audit event in one transaction, and a request
 * log line like the app's production log (pino-http's "request completed").
 *
 * Routes: GET /api/health, GET /api/partnerships, GET|PUT /api/partnerships/:id,
 * GET /api/audit-events, GET /api/audit-events/verify, GET /api/dashboard, GET /api/notifications.
 * Anything else is a 404.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import { canAccess } from '../lib/app.mjs';
import { recordEvent, verifyChain } from './chain.mjs';
import { op } from './db.mjs';
import { namesFor, namesFrom, namesQuery, refsOf } from './audit-names.mjs';
import { auditEventFromRow, auditTotalQuery, listConditions, listOrder, LIST_SPECS, SQL } from './app-queries.mjs';
import { dashboard, listNotifications } from './dashboard.mjs';
import { getPartnership, listPartnerships, updatePartnership } from './partnerships.mjs';
import {
  checkPartnershipUpdate,
  checkStorable,
  describeQuery,
  HttpError,
  MAX_BODY_DEPTH,
  nestingDepth,
  parseId,
  parseListQuery,
} from './validation.mjs';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const BODY_LIMIT = 1024 * 1024;
const LAST_SEEN_EVERY_MS = 60_000;
const UNAUTHORIZED = 'Please sign in: your session is missing, has expired or was ended.';

export function createFloorServer({ db, jwtSecret, production = true, log = (line) => process.stdout.write(line) }) {
  const hostname = os.hostname();
  const securityHeaders = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
    ...(production ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cache-control': 'no-store',
  };

  const server = http.createServer((request, response) => {
    const started = process.hrtime.bigint();
    const given = request.headers['x-request-id'];
    const requestId = typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    const [path, queryString = ''] = request.url.split(/\?(.*)/s);
    const query = new URLSearchParams(queryString);
    const send = (statusCode, body, extraHeaders = {}) => {
      const text = JSON.stringify(body);
      response.writeHead(statusCode, {
        ...extraHeaders,
        'content-type': 'application/json; charset=utf-8',
        'x-request-id': requestId,
        ...securityHeaders,
        'content-length': Buffer.byteLength(text),
      });
      response.end(text);
      log(requestLogLine(request, requestId, query, statusCode, started, hostname));
    };
    const fail = (error) => {
      if (error instanceof HttpError) return send(error.statusCode, error.body);
      process.stderr.write(`floor: ${error?.stack ?? error}\n`);
      send(500, { statusCode: 500, message: 'Internal server error' });
    };
    readBody(request, (bodyError, bodyText) => {
      if (bodyError) return fail(bodyError);
      try {
        const result = handle(request.method, path, query, bodyText, request.headers, requestId);
        if (result && typeof result.then === 'function') result.then((answer) => send(...answer), fail);
        else send(...result);
      } catch (error) {
        fail(error);
      }
    });
  });
  // Node answers `Keep-Alive: timeout=72` as Fastify does.
  server.keepAliveTimeout = 72_000;

  /** The route's work: [status, body, headers], or a promise of it on PostgreSQL. */
  function handle(method, path, query, bodyText, headers, requestId) {
    if (method === 'GET' && path === '/api/health') return [200, { status: 'ok' }];
    const route = routeOf(method, path);
    if (!route) throw new HttpError(404, `There is no API route ${method} ${path}.`);
    // Every query value and path parameter is checked for unstorable text (StorableTextPipe).
    checkStorable(Object.fromEntries(query), 'query');
    const raw = { sort: single(query, 'sort'), range: single(query, 'range'), filter: single(query, 'filter') };
    const claims = verifyToken(tokenOf(headers), jwtSecret);
    const work = function* () {
      const user = claims ? yield* authenticate(claims) : null;
      if (!user) throw new HttpError(401, UNAUTHORIZED);
      const actor = { id: user.id, name: user.fullName, role: user.role, requestId };
      if (!canAccess(user.role, route.action, route.resource)) {
        yield* recordEvent(actor, {
          action: 'access_denied',
          entityType: route.resource,
          entityId: route.id ?? null,
          reason: `${method} ${path}${queryStringOf(query)}`,
        });
        throw new HttpError(403, `Your role (${user.role}) may not ${route.action} ${route.resource}.`);
      }
      return yield* route.run({ raw, query, bodyText, actor, headers });
    };
    return db.run(work);
  }

  function routeOf(method, path) {
    if (path === '/api/partnerships' && method === 'GET') {
      return {
        resource: 'partnerships',
        action: 'list',
        run: function* ({ raw }) {
          const result = yield* listPartnerships(parseListQuery(raw, LIST_SPECS.partnerships), LIST_SPECS.partnerships);
          return [200, result.rows, { 'content-range': contentRange('partnerships', result) }];
        },
      };
    }
    const one = /^\/api\/partnerships\/([^/]+)$/.exec(path);
    if (one && method === 'GET') {
      const id = one[1];
      return {
        resource: 'partnerships',
        action: 'show',
        id,
        run: function* ({ query }) {
          if (query.has('asOf')) throw new HttpError(501, 'The floor does not rebuild records as of a past time.');
          return [200, yield* getPartnership(parseId(decodeURIComponent(id)))];
        },
      };
    }
    if (one && method === 'PUT') {
      const id = one[1];
      return {
        resource: 'partnerships',
        action: 'edit',
        id,
        run: function* ({ bodyText, actor, headers }) {
          const body = parseJsonBody(bodyText, headers);
          const partnershipId = parseId(decodeURIComponent(id));
          if (nestingDepth(body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH)
            throw new HttpError(400, `The request body is nested too deeply: at most ${MAX_BODY_DEPTH} levels of objects and lists.`);
          checkStorable(body, 'body');
          return [200, yield* updatePartnership(partnershipId, checkPartnershipUpdate(body), actor)];
        },
      };
    }
    if (path === '/api/audit-events' && method === 'GET') {
      return {
        resource: 'audit-events',
        action: 'list',
        run: function* ({ raw, actor }) {
          const spec = LIST_SPECS['audit-events'];
          const parsed = parseListQuery(raw, spec);
          const { where, params } = listConditions(spec, parsed.filters);
          // The total from audit_event_counts when the filters are only entity type and action, else counted.
          const maintained = auditTotalQuery(parsed.filters);
          const total = maintained
            ? (maintained.total ?? Number((yield op.get(maintained.sql, maintained.params)).n))
            : Number((yield op.get(SQL.count(spec.table, spec.alias, where), params)).cnt);
          const rows = yield op.all(SQL.auditPage(where, listOrder(spec, parsed.sort), parsed.limit, parsed.offset), params);
          const events = rows.map(auditEventFromRow);
          // The names of the records the page names, in one statement, as the app does.
          if (events.length > 0) {
            const refs = events.map(refsOf);
            const query = namesQuery(db.dialect, refs.flat());
            const names = namesFrom(yield op.all(query.sql, query.params));
            events.forEach((event, index) => (event.names = namesFor(refs[index], names)));
          }
          // Reading the trail is itself recorded, after the read and before anything is sent.
          yield* recordEvent(actor, { action: 'audit_read', entityType: 'audit-events', entityId: null, reason: describeQuery(raw) });
          const result = { rows: events, total, offset: parsed.offset };
          for (const event of result.rows) event.id = Number(event.id);
          return [200, result.rows, { 'content-range': contentRange('audit-events', result) }];
        },
      };
    }
    if (path === '/api/dashboard' && method === 'GET') {
      // dashboard.controller.ts: whoever may list partnerships; what it holds follows the role.
      return {
        resource: 'partnerships',
        action: 'list',
        run: function* ({ actor }) {
          return [200, yield* dashboard({ id: actor.id, role: actor.role })];
        },
      };
    }
    if (path === '/api/notifications' && method === 'GET') {
      return {
        resource: 'notifications',
        action: 'list',
        run: function* ({ raw, actor }) {
          const result = yield* listNotifications(raw, actor.id);
          return [200, result.rows, { 'content-range': contentRange('notifications', result) }];
        },
      };
    }
    if (path === '/api/audit-events/verify' && method === 'GET') {
      return {
        resource: 'audit-events',
        action: 'list',
        run: function* () {
          return [200, yield* verifyChain()];
        },
      };
    }
    return null;
  }

  /**
   * SessionsService.authenticate: the session with its user in one statement; the account is active,
   * its token version is the token's and the session's, the session has not expired.
   */
  function* authenticate(claims) {
    if (![claims?.sub, claims?.tv, claims?.sid].every(Number.isInteger)) return null;
    const row = yield op.get(SQL.signedIn, [claims.sid, claims.sub]);
    // SQLite answers booleans as 0/1, PostgreSQL as true/false.
    if (!row || !row.active || Number(row.token_version) !== claims.tv) return null;
    const now = new Date();
    if (Number(row.session_token_version) !== claims.tv || row.expires_at <= now.toISOString()) return null;
    if (Date.parse(row.last_seen_at) <= now.getTime() - LAST_SEEN_EVERY_MS) {
      yield op.begin;
      try {
        yield op.run(SQL.noteSeen, [now.toISOString(), claims.sid, row.last_seen_at]);
        yield op.commit;
      } catch (error) {
        yield op.rollback;
        throw error;
      }
    }
    return { id: Number(row.id), username: row.username, fullName: row.full_name, role: row.role };
  }

  return server;
}

function readBody(request, done) {
  if (request.method === 'GET' || request.method === 'HEAD') {
    request.resume();
    return request.once('end', () => done(null, ''));
  }
  const chunks = [];
  let size = 0;
  let refused = false;
  request.on('data', (chunk) => {
    size += chunk.length;
    if (size > BODY_LIMIT && !refused) {
      refused = true;
      done(new HttpError(413, 'The request body is too large.'));
    }
    if (!refused) chunks.push(chunk);
  });
  request.once('end', () => {
    if (!refused) done(null, Buffer.concat(chunks).toString('utf8'));
  });
}

/** A JSON body as Fastify's parser takes it: JSON only, and no prototype poisoning. */
function parseJsonBody(text, headers) {
  if (!/^application\/json\b/i.test(headers['content-type'] ?? ''))
    throw new HttpError(415, 'The request body must be JSON (Content-Type: application/json).');
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
  if (/"(?:__proto__|constructor)"\s*:/.test(text)) throw new HttpError(400, 'The request body has a forbidden property name.');
  return body;
}

function single(query, key) {
  const values = query.getAll(key);
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}

const queryStringOf = (query) => (query.size ? `?${query}` : '');

function contentRange(resource, { offset, rows, total }) {
  return rows.length === 0 ? `${resource} */${total}` : `${resource} ${offset}-${offset + rows.length - 1}/${total}`;
}

function tokenOf(headers) {
  const authorization = headers.authorization;
  if (typeof authorization === 'string') {
    const match = /(\S+)\s+(\S+)/.exec(authorization);
    if (match && match[1].toLowerCase() === 'bearer') return match[2];
  }
  const cookie = headers.cookie;
  if (!cookie) return null;
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'klch_session') return value.join('=') || null;
  }
  return null;
}

/** HS256 only, the signature compared in constant time, `exp` and `nbf` enforced (as passport-jwt with jsonwebtoken). */
export function verifyToken(token, secret) {
  if (!token) return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts;
  try {
    if (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')).alg !== 'HS256') return null;
    const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const now = Math.floor(Date.now() / 1000);
    if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || now < claims.nbf)) return null;
    if (claims.exp !== undefined && (typeof claims.exp !== 'number' || now >= claims.exp)) return null;
    return claims;
  } catch {
    return null;
  }
}

const REDACTED = new Set(['authorization', 'cookie']);
/** One JSON line per request, with what pino-http logs in the app ("request completed"). */
function requestLogLine(request, id, query, statusCode, started, hostname) {
  const headers = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = REDACTED.has(name) ? '[Redacted]' : value;
  return (
    JSON.stringify({
      level: 30,
      time: Date.now(),
      pid: process.pid,
      hostname,
      req: {
        id,
        method: request.method,
        url: request.url,
        query: Object.fromEntries(query),
        headers,
        remoteAddress: request.socket.remoteAddress,
        remotePort: request.socket.remotePort,
      },
      app: 'klch',
      res: { statusCode, headers: {} },
      responseTime: Number(process.hrtime.bigint() - started) / 1e6,
      msg: 'request completed',
    }) + '\n'
  );
}
