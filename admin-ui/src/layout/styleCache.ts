import createCache, { type EmotionCache } from '@emotion/cache';

/**
 * The style cache of MUI's styling engine, with the page's CSP nonce. The server's
 * Content-Security-Policy allows inline styles only with the nonce of the response that served
 * index.html, which it writes into `<meta property="csp-nonce">`; every `<style>` emotion adds
 * carries it. (Browsers hide a nonce from getAttribute once the page has a policy, so it is read
 * from the element's `nonce` property.)
 */
export function createStyleCache(page: Document = document): EmotionCache {
  const meta = page.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  const nonce = meta?.nonce || meta?.getAttribute('nonce') || undefined;
  return createCache({ key: 'klch', nonce });
}
