import {
  ALIGNMENTS,
  INSTRUMENTS,
  LANGUAGES,
  ORGANISATION_TYPES,
  PARTNERSHIP_CATEGORIES,
  PARTNERSHIP_STATUSES,
  PARTY_ROLES,
  ROLES,
  SUGGESTED_THEMES,
} from '@klch/shared';
import { describe, expect, it } from 'vitest';
import { i18nProvider, LOCALES } from '../providers/i18nProvider';
import { en } from './en';
import { ms } from './ms';

/** Every leaf key as polyglot sees it ("resources.partnerships.fields.title"). */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function valueAt(messages: object, key: string): unknown {
  const parts = key.split('.');
  // Keys such as 'parties.organisationId' are stored flat inside `fields`: try the longest match.
  let node: unknown = messages;
  for (let i = 0; i < parts.length; i++) {
    if (!node || typeof node !== 'object') return undefined;
    const rest = parts.slice(i).join('.');
    if (rest in (node as object)) return (node as Record<string, unknown>)[rest];
    node = (node as Record<string, unknown>)[parts[i]];
  }
  return node;
}

describe('translations', () => {
  const enKeys = keysOf(en);
  const msKeys = keysOf(ms);

  it('has every English key in Bahasa Melayu', () => {
    expect(enKeys.filter((key) => !msKeys.includes(key))).toEqual([]);
  });

  it('has no Malay key that English lacks', () => {
    expect(msKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('has no empty label in either language', () => {
    expect(enKeys.filter((key) => valueAt(en, key) === '')).toEqual([]);
    expect(msKeys.filter((key) => valueAt(ms, key) === '')).toEqual([]);
  });

  it('labels every code of the shared vocabulary in both languages', () => {
    const groups: Record<string, readonly string[]> = {
      status: PARTNERSHIP_STATUSES,
      category: PARTNERSHIP_CATEGORIES,
      instrument: INSTRUMENTS,
      partyRole: PARTY_ROLES,
      alignment: ALIGNMENTS,
      theme: SUGGESTED_THEMES,
      organisationType: ORGANISATION_TYPES,
      role: ROLES,
      language: LANGUAGES,
    };
    for (const [group, codes] of Object.entries(groups)) {
      for (const code of codes) {
        for (const messages of [en, ms]) {
          expect(typeof valueAt(messages, `vocabulary.${group}.${code}`), `vocabulary.${group}.${code}`).toBe('string');
        }
      }
    }
  });

  it('offers English and Bahasa Melayu and translates our own labels', async () => {
    expect(LOCALES.map((l) => l.locale)).toEqual(['en', 'ms']);
    expect(i18nProvider.translate('vocabulary.status.halted')).toBe('Halted');
    await i18nProvider.changeLocale('ms');
    expect(i18nProvider.translate('vocabulary.status.halted')).toBe('Tergendala');
    expect(i18nProvider.translate('resources.partnerships.fields.parties.organisationId')).toBe('Organisasi');
    // react-admin's own strings too, from our Malay catalogue (ra-messages-ms.ts).
    expect(i18nProvider.translate('ra.auth.sign_in')).toBe('Log masuk');
    expect(document.documentElement.lang).toBe('ms');
    expect(document.title).toBe('Perkongsian KL');
    await i18nProvider.changeLocale('en');
    expect(i18nProvider.translate('ra.auth.sign_in')).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('KL Partnerships');
  });
});
