import type { Socket } from 'node:net';
import type { FastifyError } from 'fastify';
import { msg, type Text } from '../i18n/message';
import type { MessageKey } from '../i18n/messages.en';

/**
 * Sentences for the errors Fastify raises itself, before any route of ours runs; its own texts
 * ("Unsupported Media Type", "Body is not valid JSON but content-type is set to 'application/json'")
 * say what failed in the server's terms, not what the caller should send instead.
 */
const MESSAGES: Readonly<Record<string, MessageKey>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'fastify.invalidJson',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'fastify.emptyJson',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'fastify.mediaType',
  FST_ERR_CTP_BODY_TOO_LARGE: 'fastify.tooLarge',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'fastify.contentLength',
  FST_ERR_BAD_URL: 'fastify.badUrl',
  FST_ERR_MAX_PARAM_LENGTH: 'fastify.paramTooLong',
};

export function fastifyErrorMessage(error: FastifyError): Text {
  if (error.code && MESSAGES[error.code]) return msg(MESSAGES[error.code]);
  // secure-json-parse refuses `__proto__` and `constructor.prototype` keys (prototype poisoning).
  if (error instanceof SyntaxError) return msg('fastify.poisonedJson');
  return error.message;
}

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (431 headers too large, a
 * malformed request line), answered on the raw socket in the same shape as every other error.
 * In English only: no header of the request could be read, so its language is unknown.
 * Replaces Fastify's defaultClientErrorHandler, which answers `{ error, message, statusCode }`.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'The request headers are too large (a cookie or header far longer than usual).']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'The request took too long to arrive.']
        : [400, 'Bad Request', 'The request is not valid HTTP.'];
  const body = JSON.stringify({ statusCode: status, message });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
