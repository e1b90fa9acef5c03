/**
 * Text that neither database can store as it was sent. A lone UTF-16 surrogate (half of a
 * character, e.g. JSON's "\ud800") becomes U+FFFD on its way into SQLite or PostgreSQL, and
 * PostgreSQL refuses U+0000 outright. Accepting either would make what a client was told differ
 * from what is kept, and the audit hash of an event differ from the event read back.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE = new RegExp(`${LONE_SURROGATE.source}|\\u0000`, 'g');
/** Any surrogate or NUL at all: text without one is storable as it is. */
// eslint-disable-next-line no-control-regex -- NUL is one of the characters looked for
const MAYBE_UNSTORABLE = /[\uD800-\uDFFF\u0000]/;

/** Why text cannot be stored, as the catalogue's key ("{field} must not contain the NUL character"). */
export type UnstorableProblem = 'validation.nul' | 'validation.surrogate' | 'validation.keyNul' | 'validation.keySurrogate';

/** Why `text` cannot be stored, or null when it can. */
export function unstorableTextProblem(text: string): 'validation.nul' | 'validation.surrogate' | null {
  if (text.includes('\u0000')) return 'validation.nul';
  if (LONE_SURROGATE.test(text)) return 'validation.surrogate';
  return null;
}

/**
 * The text made storable: every lone surrogate and NUL replaced by U+FFFD. (Left to the drivers, they differ:
 * pg writes one U+FFFD, better-sqlite3 writes the surrogate's three bytes, read back as three U+FFFD.)
 */
export function asStored(text: string): string {
  // Almost every text is storable as it is: one plain character-class scan says so much faster than
  // the replace's lookarounds (the chain verifier runs this on every string of every event).
  return MAYBE_UNSTORABLE.test(text) ? text.replace(UNSTORABLE, '\uFFFD') : text;
}

/** `asStored` on every string (and key) of a JSON-like value. */
export function asStoredDeep<T>(value: T): T {
  if (typeof value === 'string') return asStored(value) as T;
  if (Array.isArray(value)) return value.map(asStoredDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [asStored(key), asStoredDeep(inner)])) as T;
  }
  return value;
}

/**
 * The first string (or object key) in a parsed JSON value that cannot be stored, with its path in
 * the validation errors' notation (`themes.1`, `parties.0.role`). Walks with a stack, not recursion,
 * so no nesting depth can overflow it.
 */
export function findUnstorableText(value: unknown): { field: string; problem: UnstorableProblem } | null {
  const pending: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  while (pending.length) {
    const { value: current, path } = pending.pop()!;
    if (typeof current === 'string') {
      const problem = unstorableTextProblem(current);
      if (problem) return { field: path, problem };
    } else if (current && typeof current === 'object') {
      const entries = Array.isArray(current) ? current.map((item, index) => [String(index), item] as const) : Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i];
        const keyProblem = unstorableTextProblem(key);
        if (keyProblem) return { field: path || 'body', problem: keyProblem === 'validation.nul' ? 'validation.keyNul' : 'validation.keySurrogate' };
        pending.push({ value: item, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return null;
}
