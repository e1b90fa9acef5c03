import { dayFirst, type Language, STATUS_LABELS } from '@klch/shared';
import { FIELD_LABELS, fieldLabel, RECORD_NAMES } from './field-labels';
import { isMessage, type MessageParam, type Text } from './message';
import { EN } from './messages.en';
import { MS } from './messages.ms';
import { malaysiaTime } from './message-time';

const CATALOGUES: Readonly<Record<Language, Readonly<Record<keyof typeof EN, string>>>> = { en: EN, ms: MS };

/** `{name}` or `{name:cap}` in a catalogue sentence. */
export const PLACEHOLDER = /\{(\w+)(?::(cap))?\}/g;

/** A message in `language`; a plain sentence (not yet a catalogue key) passes as it is. */
export function translate(text: Text, language: Language): string {
  if (typeof text === 'string') return text;
  const template = CATALOGUES[language][text.key] ?? EN[text.key] ?? text.key;
  return template.replace(PLACEHOLDER, (whole, name: string, modifier?: string) => {
    const value = text.params?.[name];
    if (value === undefined) return whole;
    const worded = wordParam(value, language);
    return modifier === 'cap' ? worded.charAt(0).toUpperCase() + worded.slice(1) : worded;
  });
}

function wordParam(value: MessageParam, language: Language): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isMessage(value)) return translate(value, language);
  if ('field' in value) return fieldLabel(value.field, language);
  if ('time' in value) return malaysiaTime(value.time, language);
  if ('date' in value) return dayFirst(value.date);
  if ('record' in value) return RECORD_NAMES[language][value.record];
  if ('status' in value) return STATUS_LABELS[language][value.status] ?? value.status;
  return value.list.map((item) => wordParam(item, language)).join(', ');
}

/** Per-field errors as react-admin shows them beside the inputs; several reasons of one field joined by "; ". */
export function translateFieldErrors(errors: Readonly<Record<string, Text | readonly Text[]>>, language: Language): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, reasons]) => [
      field,
      (Array.isArray(reasons) ? reasons : [reasons as Text]).map((reason) => translate(reason, language)).join('; '),
    ]),
  );
}

export { FIELD_LABELS };
