import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { FIELD_LABELS, fieldLabel } from './field-labels';
import { fieldRef, listRef, msg, timeRef } from './message';
import { EN } from './messages.en';
import { MS } from './messages.ms';
import { acceptedLanguage, requestLanguage } from './request-language';
import { PLACEHOLDER, translate } from './translate';

const placeholders = (template: string) => [...template.matchAll(PLACEHOLDER)].map((match) => match[1]).sort();

describe('the server message catalogue', () => {
  it('has every key in both languages, and no language has a key the other lacks', () => {
    expect(Object.keys(MS).sort()).toEqual(Object.keys(EN).sort());
    for (const [key, text] of Object.entries(MS)) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it('gives each sentence the same placeholders in Malay as in English', () => {
    const differing = Object.keys(EN)
      .map((key) => ({ key, en: placeholders(EN[key as keyof typeof EN]), ms: placeholders(MS[key as keyof typeof EN]) }))
      .filter(({ en, ms }) => JSON.stringify(en) !== JSON.stringify(ms));
    expect(differing).toEqual([]);
  });

  it('has a Malay label for every English field label', () => {
    expect(Object.keys(FIELD_LABELS.ms).sort()).toEqual(Object.keys(FIELD_LABELS.en).sort());
  });

  it('labels every field a DTO validates, so no message names a raw property', () => {
    // Every class-validator rule registered by the app's DTOs (imported by the app's modules).
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded for its side effect, here only
    require('../../app.module');
    // The storage keeps them privately, by target class: read as class-validator itself does.
    const byTarget = (getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, ValidationMetadata[]> }).validationMetadatas;
    // Allow() marks the server-owned fields a PUT accepts and ignores: no rule of theirs ever fails.
    const checked = [...byTarget.values()].flat().filter((metadata) => metadata.type !== 'whitelistValidation');
    const properties = new Set(checked.map((metadata) => metadata.propertyName));
    const unlabelled = [...properties].filter((property) => !(property in FIELD_LABELS.en));
    expect(unlabelled).toEqual([]);
  });
});

describe('translate', () => {
  it('words fields by their labels, in each language', () => {
    const required = msg('validation.required', { field: fieldRef('title') });
    expect(translate(required, 'en')).toBe('Title is required');
    expect(translate(required, 'ms')).toBe('Tajuk wajib diisi');
    expect(fieldLabel('parties.1.role', 'ms')).toBe('Pihak 2: Peranan');
    expect(fieldLabel('notAField', 'en')).toBe('notAField');
  });

  it("writes times in Malaysia's zone, named, never as UTC ISO text", () => {
    const locked = msg('auth.lockedAccount', { until: timeRef('2026-12-01T06:05:00.000Z') });
    expect(translate(locked, 'en')).toContain('after 01/12/2026 14:05 (MYT)');
    expect(translate(locked, 'ms')).toContain('selepas 01/12/2026 14:05 (waktu Malaysia)');
  });

  it('capitalises a record kind that starts a sentence, and words nested messages and lists', () => {
    expect(translate(msg('error.notFound', { record: { record: 'partnerships' }, id: 7 }), 'ms')).toBe('Perkongsian 7 tidak wujud.');
    const fields = msg('validation.failed.many', { fields: listRef([fieldRef('title'), fieldRef('category')]) });
    expect(translate(fields, 'en')).toBe('Please correct these fields: Title, Category.');
    expect(translate(fields, 'ms')).toBe('Sila betulkan medan-medan ini: Tajuk, Kategori.');
  });

  it('passes a plain sentence through unchanged', () => {
    expect(translate('Already worded.', 'ms')).toBe('Already worded.');
  });
});

describe('the language of a request', () => {
  it('is the signed-in profile first, then Accept-Language, then English', () => {
    expect(requestLanguage({ user: { language: 'ms' }, headers: { 'accept-language': 'en' } })).toBe('ms');
    expect(requestLanguage({ user: { language: 'en' }, headers: { 'accept-language': 'ms' } })).toBe('en');
    expect(requestLanguage({ headers: { 'accept-language': 'ms-MY,ms;q=0.9,en;q=0.8' } })).toBe('ms');
    expect(requestLanguage({ headers: {} })).toBe('en');
  });

  it('reads Accept-Language by weight, skipping languages the app does not speak', () => {
    expect(acceptedLanguage('ms')).toBe('ms');
    expect(acceptedLanguage('zh-CN, ms;q=0.5, en;q=0.4')).toBe('ms');
    expect(acceptedLanguage('en;q=0.9, ms;q=0.3')).toBe('en');
    expect(acceptedLanguage('ms;q=0, en')).toBe('en');
    expect(acceptedLanguage('fr-FR, de')).toBe('en');
    expect(acceptedLanguage('')).toBe('en');
  });
});
