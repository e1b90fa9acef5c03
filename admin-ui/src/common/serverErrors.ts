/**
 * Reading the server's error answers ({ statusCode, message, errors?, current? }) the way the
 * UI needs them. Pure functions, so the rules are unit-tested without rendering anything.
 */

interface ErrorLike {
  status?: number;
  message?: unknown;
  body?: unknown;
}

function asErrorLike(error: unknown): ErrorLike | null {
  return error && typeof error === 'object' ? (error as ErrorLike) : null;
}

function bodyOf(error: unknown): Record<string, unknown> | null {
  const body = asErrorLike(error)?.body;
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
}

/** 409 on an update: someone else saved the record since this form loaded it. */
export function isConflictError(error: unknown): boolean {
  return asErrorLike(error)?.status === 409;
}

/** True when the server named the fields it refused: the form shows those beside the inputs. */
export function hasFieldErrors(error: unknown): boolean {
  const errors = bodyOf(error)?.errors;
  return !!errors && typeof errors === 'object' && Object.keys(errors).length > 0;
}

/**
 * The sentence to show the user: the server's own message (it says who changed the record
 * and when), else the error's message, else the given translation key.
 */
export function serverMessage(error: unknown, fallback = 'ra.notification.http_error'): string {
  if (typeof error === 'string' && error) return error;
  const bodyMessage = bodyOf(error)?.message;
  if (typeof bodyMessage === 'string' && bodyMessage) return bodyMessage;
  if (Array.isArray(bodyMessage) && bodyMessage.length > 0) return bodyMessage.map(String).join(' ');
  const message = asErrorLike(error)?.message;
  if (typeof message === 'string' && message) return message;
  return fallback;
}
