import { createHash, randomBytes } from 'node:crypto';

/**
 * The Content-Security-Policy of everything the server sends. Each page may load scripts, styles,
 * images and fonts from this origin only, and never plugins (`object-src 'none'`), frames of it
 * elsewhere, a `<base>` that re-points relative URLs, or form posts to another site.
 */
const EVERY_PAGE = ["object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'"];

/**
 * Where inline styles come from is the one thing that differs between pages. Scripts never run
 * inline anywhere (`script-src 'self'`), so an injected `<script>` or `onclick=` does nothing.
 */
function pagePolicy(styleSources: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${["'self'", ...styleSources].join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    ...EVERY_PAGE,
  ].join('; ');
}

/**
 * The admin UI: MUI's styling engine (emotion) adds `<style>` elements while the app runs. Each
 * carries the nonce of the response that served index.html, so only the app's own styles apply and
 * an injected `<style>` (or `style="…"` in markup) is refused.
 */
export const adminUiPolicy = (nonce: string) => pagePolicy([`'nonce-${nonce}'`]);

/** A fresh value per index.html response: 144 random bits, base64 as CSP's nonce grammar allows. */
export const newNonce = () => randomBytes(18).toString('base64');

/**
 * The Swagger UI page of /api/docs: @nestjs/swagger writes two `<style>` blocks and one `style="…"`
 * attribute into its HTML. They are allowed by their SHA-256 (attributes need 'unsafe-hashes'),
 * computed from the page it generates — from its fixed template and our options, never from the
 * request — so the policy follows the template across upgrades and nothing else inline applies.
 */
export const swaggerUiPolicy = (html: string) => pagePolicy(["'unsafe-hashes'", ...inlineStyleHashes(html)]);

/** JSON and files are never pages: should a browser render one, it may load nothing and be framed by no one. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The CSP hash sources of an HTML page's inline styles: `<style>` contents and `style` attributes. */
export function inlineStyleHashes(html: string): string[] {
  const contents = [
    ...[...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]),
    ...[...html.matchAll(/\sstyle="([^"]*)"/gi)].map((match) => match[1]),
  ];
  return [...new Set(contents.map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`))];
}

/** Every HTTPS client remembers for a year to use nothing else, on every subdomain too. */
export const HSTS = 'max-age=31536000; includeSubDomains';
