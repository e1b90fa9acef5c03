import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ms } from './ms';

/**
 * Every translation key the code names exists in both catalogues: a key moved or misspelt would
 * otherwise show on screen as "resources.status-requests.history.tab". Read from the sources
 * themselves (Vite's raw import), so a new component is covered without a line here.
 */
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../test/**', '!../**/i18n.ts', '!./*.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Texts of that shape that are not translation keys. */
const NOT_KEYS = new Set(['klch.user' /* the localStorage entry of the signed-in user (common/userStore.ts) */]);

const KEY = /['"`]((?:resources|klch|vocabulary|ra)\.[\w.-]*(?:\$\{[^}`]*\}[\w.-]*)*)['"`]/g;

/** What a dotted key names in a catalogue: a text, a group, or nothing. Field keys may hold dots (`parties.role`). */
function lookUp(messages: object, key: string): 'text' | 'group' | undefined {
  const parts = key.split('.');
  let node: unknown = messages;
  for (let i = 0; i < parts.length; i++) {
    if (!node || typeof node !== 'object') return undefined;
    const rest = parts.slice(i).join('.');
    if (rest in node) {
      node = (node as Record<string, unknown>)[rest];
      break;
    }
    node = (node as Record<string, unknown>)[parts[i]];
  }
  return typeof node === 'string' ? 'text' : node && typeof node === 'object' ? 'group' : undefined;
}

function keysInUse(): Array<{ file: string; key: string; prefixOnly: boolean }> {
  return Object.entries(sources).flatMap(([file, text]) =>
    [...text.matchAll(KEY)]
      .filter(([, key]) => !NOT_KEYS.has(key))
      .map(([, key]) => {
        // `resources.milestones.status.${code}`: the part before the first ${…} must be a group.
        const cut = key.indexOf('${');
        return cut < 0 ? { file, key, prefixOnly: false } : { file, key: key.slice(0, cut).replace(/\.$/, ''), prefixOnly: true };
      }),
  );
}

describe('translation keys in use', () => {
  const used = keysInUse();

  it('finds the keys the code names (the scan works)', () => {
    expect(used.length).toBeGreaterThan(100);
    expect(used).toContainEqual({ file: '../partnerships/PartnershipShow.tsx', key: 'resources.status-requests.history.tab', prefixOnly: false });
  });

  it.each([
    ['English', en],
    ['Bahasa Melayu', ms],
  ])('has every key the code names in %s', (_language, messages) => {
    const missing = used
      .filter(({ key, prefixOnly }) => (prefixOnly ? !lookUp(messages, key) : lookUp(messages, key) !== 'text'))
      .map(({ file, key }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });
});
