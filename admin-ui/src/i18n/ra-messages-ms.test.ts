import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { createI18nProvider } from '../providers/i18nProvider';
import { raMessagesMs } from './ra-messages-ms';

/** Every leaf as [dotted key, text]. */
function leaves(messages: object, prefix = ''): Array<[string, string]> {
  return Object.entries(messages).flatMap(([key, value]): Array<[string, string]> =>
    value && typeof value === 'object' ? leaves(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)]],
  );
}

const english = new Map(leaves(englishMessages));
const malay = new Map(leaves(raMessagesMs));

/** The %{…} placeholders of each form ("one |||| many"), sorted: both languages must give the same. */
const placeholdersOf = (text: string) => text.split('||||').map((form) => [...form.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort());

/**
 * Malay texts that may read as the English ones: nothing but placeholders ("%{name}"), the blank of
 * an empty boolean, and words Malay uses as they are.
 */
const SAME_IN_BOTH = new Set([
  'ra.boolean.null', // an em space: an unknown yes/no shows as a blank
  'ra.page.edit', // '%{name} %{recordRepresentation}'
  'ra.page.show', // '%{name} %{recordRepresentation}'
  'ra.page.list', // '%{name}'
]);

describe("react-admin's strings in Bahasa Melayu", () => {
  it('has exactly the keys of ra-language-english, at every depth', () => {
    expect([...malay.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keeps the placeholders and the one/many forms of every English text', () => {
    const differing = [...english].filter(
      ([key, text]) => JSON.stringify(placeholdersOf(malay.get(key) ?? '')) !== JSON.stringify(placeholdersOf(text)),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('translates every text, except the short list that reads the same in both', () => {
    const untranslated = [...english].filter(([key, text]) => malay.get(key) === text).map(([key]) => key);
    expect(untranslated.sort()).toEqual([...SAME_IN_BOTH].sort());
  });

  it('leaves no text blank but the unknown yes/no', () => {
    expect([...malay].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual(['ra.boolean.null']);
  });

  it('is what the app shows in Malay, with the wording of government forms', async () => {
    const i18n = createI18nProvider('ms');
    expect(i18n.translate('ra.action.save')).toBe('Simpan');
    expect(i18n.translate('ra.action.cancel')).toBe('Batal');
    expect(i18n.translate('ra.action.delete')).toBe('Padam');
    expect(i18n.translate('ra.action.create')).toBe('Cipta');
    expect(i18n.translate('ra.action.export')).toBe('Eksport');
    expect(i18n.translate('ra.action.search')).toBe('Cari');
    expect(i18n.translate('ra.action.add_filter')).toBe('Tambah penapis');
    expect(i18n.translate('ra.navigation.page_rows_per_page')).toBe('Baris setiap halaman:');
    expect(i18n.translate('ra.navigation.page_range_info', { offsetBegin: 1, offsetEnd: 10, total: 42 })).toBe('1-10 daripada 42');
    expect(i18n.translate('ra.validation.required')).toBe('Wajib diisi');
    expect(i18n.translate('ra.message.invalid_form')).toBe('Borang tidak sah. Sila semak ralat.');
    expect(i18n.translate('ra.page.access_denied')).toBe('Akses ditolak');
    expect(i18n.translate('ra.page.not_found')).toBe('Tidak Dijumpai');
    expect(i18n.translate('ra.navigation.skip_nav')).toBe('Langkau ke kandungan');
    expect(i18n.translate('ra.auth.sign_in')).toBe('Log masuk');
  });

  it('says "created, updated, deleted" of records, one or many', () => {
    const i18n = createI18nProvider('ms');
    expect(i18n.translate('ra.notification.created', { smart_count: 1 })).toBe('Rekod dicipta');
    expect(i18n.translate('ra.notification.updated', { smart_count: 1 })).toBe('Rekod dikemas kini');
    expect(i18n.translate('ra.notification.updated', { smart_count: 3 })).toBe('3 rekod dikemas kini');
    expect(i18n.translate('ra.notification.deleted', { smart_count: 1 })).toBe('Rekod dipadam');
    expect(i18n.translate('ra.notification.deleted', { smart_count: 4 })).toBe('4 rekod dipadam');
  });

  it('picks the form for many when there are many (polyglot alone would always take the first in Malay)', () => {
    const i18n = createI18nProvider('ms');
    expect(i18n.translate('ra.action.bulk_actions', { smart_count: 1 })).toBe('1 item dipilih');
    expect(i18n.translate('ra.action.bulk_actions', { smart_count: 3 })).toBe('3 item dipilih');
    expect(i18n.translate('ra.action.bulk_actions', { smart_count: 0 })).toBe('0 item dipilih');
    expect(i18n.translate('ra.message.bulk_delete_title', { smart_count: 2, name: 'perkongsian' })).toBe('Padam 2 perkongsian');
    // Our own resource names are written once in Malay: the one form serves any count.
    expect(i18n.translate('resources.partnerships.name', { smart_count: 2 })).toBe('Perkongsian');
    expect(i18n.translate('ra.page.create', { name: i18n.translate('resources.partnerships.name', { smart_count: 1 }) })).toBe('Cipta Perkongsian');
  });
});
