import type { FastifyRequest } from 'fastify';

/** The header the app's own pages send with every request (admin-ui/src/common/httpClient.ts). */
export const CLIENT_HEADER = 'x-klch-request';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a state-changing request must not be trusted as the signed-in user's own, or null.
 *
 * SameSite=Strict is not enough: a page on another port or a sibling subdomain is the *same site*,
 * so the browser sends the session cookie with its form posts and fetches. So a change made with the
 * cookie must (1) come from the app's own origin (or one the operator allows), as the browser says
 * in `Origin` and `Sec-Fetch-Site`, which pages cannot forge, and (2) carry the app's header, which
 * a form cannot send and a cross-origin fetch can only send after a CORS preflight the API never
 * grants. A client with a bearer token is not riding on anyone's cookie and is left alone.
 */
export function crossSiteProblem(request: FastifyRequest, allowedOrigins: readonly string[], signedInByCookie: boolean): string | null {
  if (SAFE_METHODS.has(request.method) || usesBearerToken(request)) return null;
  const origin = header(request, 'origin');
  const own = `${request.protocol}://${request.host}`;
  if (origin !== null && origin !== own && !allowedOrigins.includes(origin)) {
    return `This request came from another site (${origin.slice(0, 200)}): KL Partnerships accepts changes only from its own pages.`;
  }
  const fetchSite = header(request, 'sec-fetch-site');
  if (origin === null && fetchSite !== null && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return `This request came from another site (Sec-Fetch-Site: ${fetchSite.slice(0, 40)}): KL Partnerships accepts changes only from its own pages.`;
  }
  if (signedInByCookie && !header(request, CLIENT_HEADER)) {
    return (
      `This change was sent with the session cookie but without the ${CLIENT_HEADER} header that KL Partnerships' own pages send, ` +
      'so it is refused as a possible cross-site request. Scripts should sign in for a bearer token instead.'
    );
  }
  return null;
}

export function usesBearerToken(request: FastifyRequest): boolean {
  return /^Bearer\s/i.test(header(request, 'authorization') ?? '');
}

function header(request: FastifyRequest, name: string): string | null {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first !== '' ? first : null;
}
