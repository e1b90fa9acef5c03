/**
 * Seeded randomness, so the same seed always gives the same database (Math.random is never used).
 * `mulberry32` is a sequence; `hashRandom` is a pure function of its integer arguments, so the
 * generator can compute the n-th update of partnership p without replaying anything before it.
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit mix of integers (murmur3's finaliser over a running combination). */
export function hash32(...values) {
  let h = 0x811c9dc5;
  for (const value of values) {
    h = Math.imul(h ^ (value >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x85ebca77);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae3d);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A uniform number in [0, 1) determined by the integers given. */
export const hashRandom = (...values) => hash32(...values) / 4294967296;

/** Helpers over a source of uniform numbers in [0, 1). */
export function picker(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  return {
    random,
    pick,
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    chance: (p) => random() < p,
    /** One of `entries` ([value, weight]) by weight. */
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let r = random() * total;
      for (const [value, weight] of entries) {
        r -= weight;
        if (r < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
    /** `count` distinct items of `list`. */
    sample: (list, count) => {
      const chosen = new Set();
      while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
      return [...chosen];
    },
  };
}
