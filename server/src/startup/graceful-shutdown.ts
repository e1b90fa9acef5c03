import { HttpStatus } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { sendError } from '../common/errors/http-errors';
import { msg } from '../common/i18n/message';

/** Long enough for a large upload on a slow link to finish; short enough for an orchestrator's stop timeout. */
const DRAIN_TIMEOUT_MS = 20_000;

/**
 * While the server drains, a request that still arrives on an open keep-alive connection gets a 503
 * in the documented error shape (Fastify's own 503 has another shape), and the connection is closed
 * so the client's next attempt goes to a server that is up. New connections are refused outright
 * (the listening socket is closed).
 */
export function refuseRequestsWhileClosing(fastify: FastifyInstance): void {
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onRequest', async (_request, reply) => {
    if (!closing) return;
    return sendError(reply, HttpStatus.SERVICE_UNAVAILABLE, msg('error.shuttingDown'));
  });
  // A request that was in flight gets its answer, then its connection ends: a kept-alive socket would hold the shutdown open.
  fastify.addHook('onSend', async (_request, reply) => {
    if (closing) void reply.header('Connection', 'close');
  });
}

/**
 * SIGTERM (docker stop, systemd) and SIGINT (Ctrl-C) stop the server cleanly: no new connections,
 * requests in flight are answered, then the database closes (on SQLite that checkpoints the WAL into
 * the main file) and the process exits 0, so `npm start` reports no failure. Nest's own shutdown hooks
 * re-raise the signal after closing, which makes npm print a lifecycle error; hence this handler.
 * A second signal while draining is ignored: Ctrl-C in a terminal reaches both npm and node, and npm
 * forwards it once more.
 */
export function stopOnSignals(app: NestFastifyApplication, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: finishing the requests in flight, then closing the database.`);
    const deadline = setTimeout(() => {
      log(`Requests still open after ${DRAIN_TIMEOUT_MS / 1000} s: exiting without waiting for them.`);
      process.exit(1);
    }, DRAIN_TIMEOUT_MS);
    deadline.unref();
    app.close().then(
      () => {
        log('Stopped cleanly.');
        process.exit(0);
      },
      (error: unknown) => {
        log(`Shutdown failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
