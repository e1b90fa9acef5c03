import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { FEATURE_MESSAGES } from './en';
import { mergeMessages } from './mergeMessages';

/**
 * Bahasa Melayu for our own labels, from the same feature files as English (each types its `ms` by
 * its `en`, so a missing key fails the type check; i18n.test.ts checks the whole catalogue too).
 * react-admin's built-in strings (buttons, pagination, login form) stay English: no Malay package
 * for react-admin is installed. Malay has no plural forms in polyglot, so resource names are
 * written once.
 */
const msOwn = mergeMessages(...FEATURE_MESSAGES.map((feature) => feature.ms));

export const ms: TranslationMessages = { ...englishMessages, ...msOwn };
