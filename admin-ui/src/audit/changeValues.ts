import type { VocabularyLabels } from '../common/vocabularyLabels';
import { vocabularyKey } from '../common/choices';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Fields whose values are vocabulary codes: shown by their label, as elsewhere in the UI. */
const FIELD_VOCABULARY: Record<string, keyof VocabularyLabels> = {
  status: 'status',
  fromStatus: 'status',
  toStatus: 'status',
  category: 'category',
  instrument: 'instrument',
  alignment: 'alignment',
  themes: 'theme',
  type: 'organisationType',
  role: 'role',
  language: 'language',
};

/** The changes of an event as rows, whatever the server stored (a missing or odd value reads as no change). */
export function changeRows(changes: unknown): Array<{ field: string; before: unknown; after: unknown }> {
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).map(([field, pair]) => {
    const [before, after] = Array.isArray(pair) ? pair : [null, pair];
    return { field, before: before ?? null, after: after ?? null };
  });
}

function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * One value as text: codes by their label, lists joined, objects (a party) as compact JSON.
 * Empty values return null so the caller can show them as "(empty)" rather than as nothing.
 */
export function formatValue(field: string, value: unknown, translate: Translate): string | null {
  if (isEmptyValue(value)) return null;
  const group = FIELD_VOCABULARY[field];
  const one = (item: unknown): string => {
    if (item === null || item === undefined) return '';
    if (typeof item === 'object') return JSON.stringify(item);
    const text = String(item);
    return group && typeof item === 'string' ? translate(vocabularyKey(group, text), { _: text }) : text;
  };
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

/** A field's label from the entity's resource labels, else its API name. */
export function fieldLabel(entityType: string, field: string, translate: Translate): string {
  return translate(`resources.${entityType}.fields.${field}`, { _: field });
}

export function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
