import { AUDIT_ID_FIELDS, type AuditNames } from '@klch/shared';
import type { VocabularyLabels } from '../common/vocabularyLabels';
import { vocabularyKey } from '../common/choices';
import { formatDate, formatDateTime } from '../common/formatDateTime';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What a value is shown with: the translation, and the names of the records the event names. */
export interface ValueContext {
  translate: Translate;
  names?: AuditNames;
  /** The event's record type: a feature labels its own codes (`resources.milestones.status.planned`). */
  entityType?: string;
}

const NO_LABEL = '\u0000';

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
  actorRole: 'role',
  language: 'language',
};

const ID_FIELDS: Record<string, string> = AUDIT_ID_FIELDS;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

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

/** "Zhengzhou City" for organisations:7 when the event names it, else "Organisation 7". */
export function nameOrId(resource: string, id: unknown, { translate, names }: ValueContext): string {
  const name = names?.[`${resource}:${String(id)}`];
  return name ?? `${translate(`resources.audit-events.entityTypes.${resource}`, { _: resource })} ${String(id)}`;
}

/** A party of a partnership: "Zhengzhou City (counterpart)". */
function partyText(party: Record<string, unknown>, context: ValueContext): string {
  const organisation = nameOrId('organisations', party.organisationId, context);
  const role = typeof party.role === 'string' ? context.translate(vocabularyKey('partyRole', party.role), { _: party.role }) : null;
  return role ? `${organisation} (${role})` : organisation;
}

/**
 * One value as a person reads it, in full: codes by their label, ids by the name of their record,
 * parties as "Organisation (role)", dates day first, instants in Kuala Lumpur's time with the
 * zone, yes/no for booleans, lists joined. Empty values return null so the caller can show them
 * as "(empty)" rather than as nothing.
 */
export function formatValue(field: string, value: unknown, context: ValueContext): string | null {
  if (isEmptyValue(value)) return null;
  const { translate } = context;
  const group = FIELD_VOCABULARY[field];
  const one = (item: unknown): string => {
    if (item === null || item === undefined) return '';
    if (typeof item === 'boolean') return translate(`resources.audit-events.values.${item ? 'yes' : 'no'}`);
    if (field === 'parties' && typeof item === 'object') return partyText(item as Record<string, unknown>, context);
    if (typeof item === 'object') return JSON.stringify(item);
    if (ID_FIELDS[field]) return nameOrId(ID_FIELDS[field], item, context);
    const text = String(item);
    if (typeof item === 'string' && context.entityType) {
      // A milestone's status or kind, a document's category, a request's state: the feature's own labels first.
      const own = translate(`resources.${context.entityType}.${field}.${text}`, { _: NO_LABEL });
      if (own !== NO_LABEL) return own;
    }
    if (group && typeof item === 'string') return translate(vocabularyKey(group, text), { _: text });
    if (DATE.test(text)) return formatDate(text);
    if (INSTANT.test(text)) return formatDateTime(text);
    return text;
  };
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

/** A field's label from the entity's resource labels, else its API name. */
export function fieldLabel(entityType: string, field: string, translate: Translate): string {
  return translate(`resources.${entityType}.fields.${field}`, { _: field });
}
