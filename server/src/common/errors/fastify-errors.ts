import type { Socket } from 'node:net';
import type { FastifyError } from 'fastify';

/**
 * Sentences for the errors Fastify raises itself, before any route of ours runs; its own texts
 * ("Unsupported Media Type", "Body is not valid JSON but content-type is set to 'application/json'")
 * say what failed in the server's terms, not what the caller should send instead.
 */
const MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty, but its Content-Type says JSON: send a JSON body, or no Content-Type.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE:
    'The server does not accept a body of this Content-Type here: send application/json (multipart/form-data for uploads).',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request is too large for the server to accept.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The Content-Length header does not match the length of the body.',
  FST_ERR_BAD_URL: 'The address is not valid: it has a malformed %-escape.',
  FST_ERR_MAX_PARAM_LENGTH: 'The address is too long: a part of it is longer than any id or name the API takes.',
};

export function fastifyErrorMessage(error: FastifyError): string {
  if (error.code && MESSAGES[error.code]) return MESSAGES[error.code];
  // secure-json-parse refuses `__proto__` and `constructor.prototype` keys (prototype poisoning).
  if (error instanceof SyntaxError) return 'The request body is not valid JSON, or it has a key the server refuses (__proto__).';
  return error.message;
}

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (431 headers too large, a
 * malformed request line), answered on the raw socket in the same shape as every other error.
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
