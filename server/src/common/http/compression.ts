import * as zlib from 'node:zlib';
import negotiate from '@fastify/accept-negotiator';
import fastifyCompress from '@fastify/compress';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * What is worth compressing: pages, scripts, styles, JSON (lists, the OpenAPI document, source
 * maps), CSV and calendar exports, SVG. Never the live stream (text/event-stream): a compressor
 * holds bytes back until it has enough, and an event must reach the browser when it happens. (The
 * stream writes to the raw socket, past every hook, so this is a second guard, not the only one.)
 * Uploaded documents keep their own type and are mostly compressed formats already (PDF, DOCX).
 */
export const COMPRESSIBLE =
  /^(?:text\/(?!event-stream)[\w.+-]+|application\/(?:json|javascript|x-javascript|xml|[\w.-]+\+(?:json|xml))|image\/svg\+xml)\s*(?:;|$)/i;

/** Below this a body goes as it is: the encoding's framing costs more than it saves. */
const THRESHOLD = 1024;
const ENCODINGS = ['br', 'gzip'] as const;
/** Brotli's quality 4 (as @fastify/compress): close to its best size for JSON at a fraction of quality 11's time. */
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };

/**
 * Responses compressed when the browser accepts it (brotli first, then gzip): the UI's first
 * bundle is about a megabyte as written and a quarter of that compressed. Requests are never
 * decompressed: a client sends plain JSON, and a gzip body could unpack past the body limit.
 */
export async function registerCompression(app: NestFastifyApplication): Promise<void> {
  // Lists first: @fastify/compress leaves alone any response with a Content-Range (for byte ranges,
  // whose offsets are those of the uncompressed body), and every list carries react-admin's
  // `Content-Range: partnerships 0-24/312`. That header counts records, not bytes, so lists are
  // compressed here; the plugin then sees the Content-Encoding and passes them through.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => compressList(request, reply, payload));
  await app.register(fastifyCompress, {
    encodings: [...ENCODINGS],
    customTypes: COMPRESSIBLE,
    threshold: THRESHOLD,
    globalDecompression: false,
  });
}

function compressList(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  const range = reply.getHeader('content-range');
  if (reply.statusCode !== 200 || typeof range !== 'string' || /^bytes\b/i.test(range)) return payload;
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
  if (!COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? '')) || Buffer.byteLength(payload) < THRESHOLD) return payload;
  const accepted = request.headers['accept-encoding'];
  const encoding = typeof accepted === 'string' ? negotiate(accepted, [...ENCODINGS]) : null;
  if (!encoding) return payload;
  const body = encoding === 'br' ? zlib.brotliCompressSync(payload, BROTLI) : zlib.gzipSync(payload);
  const vary = reply.getHeader('vary');
  if (!/accept-encoding/i.test(String(vary ?? ''))) void reply.header('Vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
  void reply.header('Content-Encoding', encoding);
  void reply.header('Content-Length', body.length);
  return body;
}
