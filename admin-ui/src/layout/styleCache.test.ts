import { describe, expect, it } from 'vitest';
import { createStyleCache } from './styleCache';

describe('the style cache', () => {
  it("takes the nonce the server wrote into index.html, so MUI's styles pass the CSP", () => {
    const page = document.implementation.createHTMLDocument('KL Partnerships');
    const meta = page.createElement('meta');
    meta.setAttribute('property', 'csp-nonce');
    meta.setAttribute('nonce', 'r4nd0m+n0nce/value==');
    page.head.append(meta);
    expect(createStyleCache(page).nonce).toBe('r4nd0m+n0nce/value==');
  });

  it('has no nonce when the page has none', () => {
    expect(createStyleCache(document.implementation.createHTMLDocument('dev')).nonce).toBeUndefined();
  });
});
