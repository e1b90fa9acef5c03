import {
  ALIGNMENTS,
  INSTRUMENTS,
  LANGUAGES,
  ORGANISATION_TYPES,
  PARTNERSHIP_CATEGORIES,
  PARTNERSHIP_STATUSES,
  PARTY_ROLES,
  ROLES,
} from '@klch/shared';
import type { VocabularyLabels } from './vocabularyLabels';

export interface Choice {
  id: string;
  name: string;
}

/** The translation key of a vocabulary code, e.g. vocabularyKey('status', 'active'). */
export function vocabularyKey(group: keyof VocabularyLabels, code: string): string {
  return `vocabulary.${group}.${code}`;
}

/**
 * Choices whose names are translation keys: react-admin's choice inputs and SelectField
 * translate them, so the same choices serve English and Bahasa Melayu.
 */
function toChoices(group: keyof VocabularyLabels, codes: readonly string[]): Choice[] {
  return codes.map((code) => ({ id: code, name: vocabularyKey(group, code) }));
}

export const STATUS_CHOICES = toChoices('status', PARTNERSHIP_STATUSES);
export const CATEGORY_CHOICES = toChoices('category', PARTNERSHIP_CATEGORIES);
export const INSTRUMENT_CHOICES = toChoices('instrument', INSTRUMENTS);
export const PARTY_ROLE_CHOICES = toChoices('partyRole', PARTY_ROLES);
export const ALIGNMENT_CHOICES = toChoices('alignment', ALIGNMENTS);
export const ORGANISATION_TYPE_CHOICES = toChoices('organisationType', ORGANISATION_TYPES);
export const ROLE_CHOICES = toChoices('role', ROLES);
export const LANGUAGE_CHOICES = toChoices('language', LANGUAGES);
