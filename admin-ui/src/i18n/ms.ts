import type { TranslationMessages } from 'react-admin';
import { FEATURE_MESSAGES } from './en';
import { mergeMessages } from './mergeMessages';
import { raMessagesMs } from './ra-messages-ms';

/**
 * Bahasa Melayu for our own labels, from the same feature files as English (each types its `ms` by
 * its `en`, so a missing key fails the type check; i18n.test.ts checks the whole catalogue too).
 * react-admin's built-in strings (buttons, pagination, login form) come from our own Malay
 * catalogue, ra-messages-ms.ts. A Malay noun has no plural, so resource names are written once.
 */
const msOwn = mergeMessages(...FEATURE_MESSAGES.map((feature) => feature.ms));

export const ms: TranslationMessages = { ...raMessagesMs, ...msOwn };
