import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import * as audit from '../audit/i18n';
import * as common from '../common/i18n';
import * as documents from '../documents/i18n';
import * as milestones from '../milestones/i18n';
import * as organisations from '../organisations/i18n';
import * as partnerships from '../partnerships/i18n';
import * as password from '../password/i18n';
import * as sdgTargets from '../sdg-targets/i18n';
import * as statusRequests from '../status-requests/i18n';
import * as users from '../users/i18n';
import { mergeMessages } from './mergeMessages';

/** Every feature's messages, each from its own folder (a feature's `i18n.ts`); the order does not matter. */
export const FEATURE_MESSAGES = [common, partnerships, organisations, users, sdgTargets, milestones, documents, statusRequests, audit, password];

/** Our own labels in English; react-admin's built-in strings come from ra-language-english. */
const enOwn = mergeMessages(...FEATURE_MESSAGES.map((feature) => feature.en));

export const en: TranslationMessages = { ...englishMessages, ...enOwn };
