import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fastifyStatic from '@fastify/static';
import { HttpStatus } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AllExceptionsFilter, fastifyErrorHandler } from './common/errors/all-exceptions.filter';
import { clientErrorHandler } from './common/errors/fastify-errors';
import { sendError } from './common/errors/http-errors';
import { registerCompression } from './common/http/compression';
import { adminUiPolicy, API_POLICY, HSTS, newNonce, swaggerUiPolicy } from './common/http/content-security-policy';
import { lazySchemaCompilers } from './common/http/lazy-schema-compilers';
import { createValidationPipe } from './common/errors/validation-errors';
import { BodyDepthPipe } from './common/validation/body-depth.pipe';
import { StorableTextPipe } from './common/validation/storable-text.pipe';
import type { AppConfig } from './config/app-config';
import { refuseRequestsWhileClosing } from './startup/graceful-shutdown';
import { type Message, msg } from './common/i18n/message';

/**
 * Fastify's error and not-found answers in the documented shape. Keeps the error handler createApp
 * sets before the routes are added (Fastify gives each route the handler set at that time): Nest
 * sets its own only after adding the routes, where it would reach none of them and only make
 * Fastify warn about the override. Nest's not-found handler would answer "Cannot POST /x".
 */
class ErrorShapeFastifyAdapter extends FastifyAdapter {
  override setErrorHandler(): ReturnType<FastifyAdapter['setErrorHandler']> {
    return this.getInstance();
  }

  override setNotFoundHandler(): ReturnType<FastifyAdapter['setNotFoundHandler']> {
    return this.getInstance().setNotFoundHandler((request, reply) => sendError(reply, HttpStatus.NOT_FOUND, noRouteMessage(request)));
  }
}

function noRouteMessage(request: FastifyRequest): Message {
  const urlPath = request.url.split('?')[0];
  const api = urlPath === '/api' || urlPath.startsWith('/api/');
  return msg(api ? 'error.noRoute' : 'error.noPage', { method: request.method, path: urlPath });
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the whole app (API, docs, UI) for a configuration; main.ts listens, tests use it in-process. */
export async function createApp(config: AppConfig, options: { quiet?: boolean } = {}): Promise<NestFastifyApplication> {
  const adapter = new ErrorShapeFastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    // No implicit HEAD twins of GET routes: a HEAD on a download would be audited as a download.
    exposeHeadRoutes: false,
    trustProxy: config.trustProxy,
    // Replaced by refuseRequestsWhileClosing, which answers in the documented error shape.
    return503OnClosing: false,
    // Ajv and fast-json-stringify only once a route has a JSON schema (none of ours has one).
    schemaController: { compilersFactory: lazySchemaCompilers() },
    // The documented error shape also for what Node's HTTP parser refuses (431, malformed requests)…
    clientErrorHandler,
    // …and for what Fastify's router refuses before any route (a malformed %-escape, an overlong id).
    frameworkErrors: fastifyErrorHandler,
    // A caller's X-Request-Id is kept when it is sane, so a request can be followed across systems.
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  // bodyParser: false — Nest would add a urlencoded parser, and an HTML form on another port or a
  // sibling subdomain (same site, so it carries the session cookie) could then post to the API.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.with(config), adapter, { bufferLogs: true, bodyParser: false });
  app.useLogger(options.quiet ? false : app.get(Logger));
  app.flushLogs();

  app.setGlobalPrefix('api');
  app.useGlobalPipes(new BodyDepthPipe(), new StorableTextPipe(), createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());

  const fastify = app.getHttpAdapter().getInstance();
  // Before the routes exist, so that body-parser errors leave in the documented shape too.
  fastify.setErrorHandler(fastifyErrorHandler);
  // Bodies are JSON (Fastify's own parser, with its prototype-poisoning checks) or, on the upload
  // route only, multipart (documents/multipart-setup.ts); anything else is a 415.
  fastify.removeContentTypeParser('text/plain');
  refuseRequestsWhileClosing(fastify);
  // Before any route exists: the plugin hooks into each route as it is added.
  await registerCompression(app);
  fastify.addHook('onSend', async (request, reply, payload) => {
    void reply.header('X-Request-Id', String(request.id));
    void reply.header('X-Content-Type-Options', 'nosniff');
    void reply.header('Referrer-Policy', 'same-origin');
    void reply.header('X-Frame-Options', 'DENY');
    if (config.production) void reply.header('Strict-Transport-Security', HSTS);
    const docs = request.url === '/api/docs' || request.url.startsWith('/api/docs/') || request.url.startsWith('/api/docs?');
    if (docs && typeof payload === 'string' && /^text\/html/.test(String(reply.getHeader('content-type')))) {
      void reply.header('Content-Security-Policy', swaggerUiPolicy(payload));
    } else if (/^\/api([/?]|$)/.test(request.url) && !reply.hasHeader('Content-Security-Policy')) {
      // A download sets its own, stricter sandbox policy; everything else under /api gets this one.
      void reply.header('Content-Security-Policy', API_POLICY);
    }
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) void reply.header('Cache-Control', 'no-store');
  });

  // Built on the first request for it (/api/docs-json, /api/docs-yaml or the Swagger UI's init
  // script), not here: scanning every route and DTO is a tenth of the start-up, and most starts
  // never serve the docs. Swagger keeps the first document it built and serves that one after.
  // BaseLayout: the docs without Swagger's top bar, whose logo brings an inline <style> the CSP refuses.
  SwaggerModule.setup('api/docs', app, () => openApiDocument(app), {
    customSiteTitle: 'KL Partnerships API',
    swaggerOptions: { layout: 'BaseLayout' },
  });

  await serveAdminUi(app, config);
  await app.init();
  await fastify.ready();
  return app;
}

/** The OpenAPI document of every route the app has, as /api/docs-json serves it. */
export function openApiDocument(app: NestFastifyApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('KL Partnerships API')
      .setDescription(
        "Partnership management for Kuala Lumpur City Hall. Lists follow react-admin's ra-data-simple-rest dialect: " +
          '`sort=["field","ASC"]`, `range=[0,24]`, `filter={...}`, total in `Content-Range`.',
      )
      .setVersion('0.1.0')
      .addCookieAuth('klch_session')
      .addBearerAuth()
      .build(),
  );
}

/**
 * The built admin UI from the same process: files by name, and index.html for every other path
 * that is not the API, so the single-page app's own routes load on refresh.
 */
async function serveAdminUi(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const built = fs.existsSync(path.join(config.uiDist, 'index.html'));
  // cacheControl: false, or @fastify/static would replace the Cache-Control set below with its own `max-age=0`.
  if (built) await app.register(fastifyStatic, { root: config.uiDist, serve: false, cacheControl: false });

  fastify.get('/*', async (request: FastifyRequest, reply: FastifyReply) => {
    const urlPath = decodeURIComponent(request.url.split('?')[0]);
    if (urlPath === '/api' || urlPath.startsWith('/api/')) return sendError(reply, HttpStatus.NOT_FOUND, noRouteMessage(request));
    if (!built) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The admin UI has not been built. Run `npm start` (or `npm run build`) from the project root.');
    }
    const file = path
      .normalize(urlPath)
      .replace(/^(\.\.[/\\])+/, '')
      .slice(1);
    if (file.endsWith('.map') && !config.serveSourceMaps) {
      // The maps would show the UI's whole source; in production they stay on the build machine.
      return sendError(reply, HttpStatus.NOT_FOUND, msg('error.noSourceMaps'));
    }
    // Not the build's own bookkeeping (.vite/manifest.json, read by the bundle-size test): the UI never asks for it.
    const hidden = file.split(/[/\\]/).some((part) => part.startsWith('.'));
    const isAsset = file !== '' && !hidden && fs.existsSync(path.join(config.uiDist, file)) && fs.statSync(path.join(config.uiDist, file)).isFile();
    if (isAsset && file !== 'index.html') {
      void reply.header('Content-Security-Policy', adminUiPolicy(newNonce()));
      // Vite names assets by content hash, so they can be cached for good; index.html never is.
      void reply.header('Cache-Control', file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      return reply.sendFile(file);
    }
    // index.html carries this response's style nonce (the build writes a placeholder), so it is
    // rendered for every request and never cached.
    const nonce = newNonce();
    const html = await fs.promises.readFile(path.join(config.uiDist, 'index.html'), 'utf8');
    void reply.header('Content-Security-Policy', adminUiPolicy(nonce));
    void reply.header('Cache-Control', 'no-cache');
    return reply.type('text/html; charset=utf-8').send(html.replaceAll(CSP_NONCE_PLACEHOLDER, nonce));
  });
}

/** What admin-ui/vite.config.ts's `html.cspNonce` writes into index.html, for the server to replace. */
const CSP_NONCE_PLACEHOLDER = '__KLCH_CSP_NONCE__';
