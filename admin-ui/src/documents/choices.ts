import { DOCUMENT_CATEGORIES } from '@klch/shared';
import type { Choice } from '../common/choices';

/** Choices whose names are translation keys (see i18n.ts). */
export const DOCUMENT_CATEGORY_CHOICES: Choice[] = DOCUMENT_CATEGORIES.map((code) => ({
  id: code,
  name: `resources.documents.category.${code}`,
}));
