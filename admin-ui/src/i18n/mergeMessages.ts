type Messages = { [key: string]: string | Messages };

/**
 * Merges the features' message objects into one catalogue. Two features may add to the same branch
 * (`resources`, `klch`) but never define the same key: that would be one string silently hiding
 * another, so it throws, naming the key.
 */
export function mergeMessages(...parts: object[]): Messages {
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
        if (existing !== undefined) throw new Error(`Message key "${here}" is defined twice`);
        target[key] = value;
      }
    }
  };
  for (const part of parts) into(merged, part as Messages, '');
  return merged;
}
