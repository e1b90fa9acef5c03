import multipart from '@fastify/multipart';
import { HttpStatus, Injectable, type OnModuleInit } from '@nestjs/common';
import { sendError } from '../common/errors/http-errors';
import { HttpAdapterHost } from '@nestjs/core';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { MAX_DOCUMENT_BYTES } from '@klch/shared';
import { msg } from '../common/i18n/message';

const ACCEPTS_MULTIPART = 'acceptsMultipart';

/** Marks the one kind of route that reads a multipart body (the document upload); every other route refuses one (415). */
export const AcceptsMultipart = () => RouteConfig({ [ACCEPTS_MULTIPART]: true });

/**
 * Registers @fastify/multipart on the app's Fastify instance, for document uploads. It has limits of
 * its own: the global body limit (1 MB, for JSON) does not apply to multipart, the file limit does
 * (MAX_DOCUMENT_BYTES, 413 beyond). Files are streamed by the upload route, never buffered in memory.
 * Routes not marked @AcceptsMultipart() answer a multipart body with 415, as they did before the
 * plugin was there. Runs during app.init(), before Fastify is ready; without HTTP (the CLI) there is
 * nothing to do.
 */
@Injectable()
export class MultipartSetup implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async onModuleInit(): Promise<void> {
    const adapter = this.adapterHost?.httpAdapter;
    if (!adapter) return;
    const fastify = adapter.getInstance<FastifyInstance>();
    if (fastify.hasContentTypeParser('multipart/form-data')) return;
    await fastify.register(multipart, {
      limits: {
        fileSize: MAX_DOCUMENT_BYTES,
        files: 1,
        fields: 10,
        parts: 12,
        fieldSize: 1000,
        fieldNameSize: 100,
        headerPairs: 50,
      },
    });
    fastify.addHook('preValidation', async (request, reply) => {
      if (!request.isMultipart()) return;
      if ((request.routeOptions.config as unknown as Record<string, unknown> | undefined)?.[ACCEPTS_MULTIPART] === true) return;
      return sendError(reply, HttpStatus.UNSUPPORTED_MEDIA_TYPE, msg('error.jsonOnly'));
    });
  }
}
