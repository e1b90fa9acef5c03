/** Characters a stored file name never keeps: C0/C1 controls, zero-width and bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

export const MAX_FILE_NAME = 255;

/**
 * The name a document keeps: the last path segment of what the browser sent, without control or
 * direction-changing characters, trimmed, at most 255 characters (the extension is kept when cut).
 * May be '' (nothing usable was sent): the caller names the file then.
 */
export function sanitiseFileName(raw: string | null | undefined): string {
  const base = (raw ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  let name = base.replace(UNSAFE, '').trim().replace(/^\.+/, '').trim();
  const chars = Array.from(name); // by code point, so a cut never splits a character
  if (chars.length > MAX_FILE_NAME) {
    const ext = extensionOf(name);
    const keep = ext && ext.length < 20 ? `.${ext}` : '';
    name =
      chars
        .slice(0, MAX_FILE_NAME - Array.from(keep).length)
        .join('')
        .trimEnd() + keep;
  }
  return name;
}

/** The lower-case extension without its dot ('' when there is none): `Report.PDF` → `pdf`. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * `Content-Disposition` for a download: `attachment`, an ASCII fallback in `filename` and the exact
 * name in `filename*` (RFC 6266 / RFC 8187). Nothing from the name can end the header or its quoted
 * string: control characters (CR, LF, …), quotes and backslashes never reach the fallback, and the
 * UTF-8 form is percent-encoded.
 */
export function contentDisposition(fileName: string): string {
  const name = fileName.replace(UNSAFE, '') || 'document';
  const fallback =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '') // ñ → n, é → e
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\%]/g, '_')
      .trim() || 'document';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
