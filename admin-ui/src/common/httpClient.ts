import { fetchUtils, HttpError } from 'react-admin';

/**
 * Makes a server error readable by react-admin:
 * - NestJS may answer `message` as a list of strings; react-admin shows one string.
 * - When the body has field `errors`, react-admin puts them beside the inputs but then notifies
 *   only a generic "form is not valid". Adding the server's message as `root.serverError` makes
 *   react-admin's form show that message instead (useNotifyIsFormInvalid reads it).
 */
export function normaliseHttpError(error: unknown): unknown {
  if (!(error instanceof HttpError)) return error;
  const body = error.body && typeof error.body === 'object' ? (error.body as Record<string, unknown>) : null;
  if (!body) return error;
  const message = Array.isArray(body.message)
    ? body.message.map(String).join(' ')
    : typeof body.message === 'string' && body.message
      ? body.message
      : error.message;
  const errors = body.errors && typeof body.errors === 'object' ? (body.errors as Record<string, unknown>) : null;
  const hasFieldErrors = !!errors && Object.keys(errors).length > 0;
  if (message === error.message && !hasFieldErrors) return error;
  const normalisedBody = hasFieldErrors ? { ...body, message, errors: { ...errors, root: { serverError: message } } } : { ...body, message };
  return new HttpError(message, error.status, normalisedBody);
}

/**
 * Sent with every call: the server refuses a change made with the session cookie without it, since
 * a page of another site (even a same-site one) can make the browser send the cookie but not this.
 */
export const CLIENT_HEADER = 'X-KLCH-Request';

/**
 * Every API call goes through here. `credentials: 'include'` sends the httpOnly session cookie;
 * there is deliberately no Authorization header, because the UI never holds the token.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers);
  headers.set(CLIENT_HEADER, '1');
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers, credentials: 'include' });
  } catch (error) {
    throw normaliseHttpError(error);
  }
}

/** What the features' custom data provider methods are given to call the API with. */
export type HttpClient = typeof httpClient;
