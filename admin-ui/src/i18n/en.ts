import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { mergeMessages } from './mergeMessages';

/**
 * Every feature's messages, each from its own folder's `i18n.ts` (found by Vite at build time, so a
 * new feature needs no line here); the order does not matter, as a key may be defined only once.
 */
export const FEATURE_MESSAGES = Object.values(import.meta.glob<{ en: object; ms: object }>('../*/i18n.ts', { eager: true }));

/** Our own labels in English; react-admin's built-in strings come from ra-language-english. */
const enOwn = mergeMessages(...FEATURE_MESSAGES.map((feature) => feature.en));

export const en: TranslationMessages = { ...englishMessages, ...enOwn };
