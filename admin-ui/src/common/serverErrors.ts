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
  return Object.keys(fieldErrorsOf(error)).length > 0;
}

/**
 * The server's reasons by field (`errors` of a 400/422), without the `root` that httpClient adds
 * for react-admin's forms: what a form of our own puts beside its inputs.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors = bodyOf(error)?.errors;
  if (!errors || typeof errors !== 'object') return {};
  return Object.fromEntries(Object.entries(errors).filter(([field, why]) => field !== 'root' && typeof why === 'string')) as Record<string, string>;
}

/** The server's reason for one field, or null. */
export function fieldErrorOf(error: unknown, field: string): string | null {
  return fieldErrorsOf(error)[field] ?? null;
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
