type Messages = { [key: string]: string | Messages };

/**
 * Merges the features' message objects into one catalogue. Two features may add to the same branch
 * (`resources`, `klch`) but never define the same key: that would be one string silently hiding
 * another, so it throws, naming the key. `ra` is react-admin's own catalogue, laid over ours by a
 * plain spread: a feature's `ra` would replace the whole of it, so none may have one.
 */
export function mergeMessages(...parts: object[]): Messages {
  for (const part of parts)
    if ('ra' in part) throw new Error('A feature\'s messages may not have "ra": react-admin\'s own strings are not ours to change here');
  const merged: Messages = {};
  const into = (target: Messages, source: Messages, path: string) => {
    for (const [key, value] of Object.entries(source)) {
      const here = path ? `${path}.${key}` : key;
      const existing = target[key];
      if (typeof value === 'object' && value !== null) {
        if (typeof existing === 'string') throw new Error(`Message key "${here}" is both a text and a group`);
        target[key] = existing ?? {};
        into(target[key] as Messages, value, here);
      } else {
        if (typeof existing === 'object') throw new Error(`Message key "${here}" is both a text and a group`);
        if (existing !== undefined) throw new Error(`Message key "${here}" is defined twice`);
        target[key] = value;
      }
    }
  };
  for (const part of parts) into(merged, part as Messages, '');
  return merged;
}
