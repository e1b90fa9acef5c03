import { formatValue, nameOrId, type ValueContext } from './changeValues';

/** Filters whose value names a record: shown by its name. */
const RECORD_FILTERS: Record<string, string> = { actorId: 'users', partnershipId: 'partnerships' };

/** One filter's value in words. */
function filterValue(key: string, value: unknown, context: ValueContext): string {
  const { translate } = context;
  const each = (item: unknown): string => {
    if (key === 'entityType') return translate(`resources.audit-events.entityTypes.${String(item)}`, { _: String(item) });
    if (key === 'action') return translate(`resources.audit-events.actions.${String(item)}`, { _: String(item) });
    if (key === 'reads') return translate(`resources.audit-events.read.${item ? 'readsOnly' : 'readsHidden'}`);
    if (RECORD_FILTERS[key]) return nameOrId(RECORD_FILTERS[key], item, context);
    return formatValue(key, item, context) ?? translate('resources.audit-events.changes.empty');
  };
  return Array.isArray(value) ? value.map(each).join(', ') : each(value);
}

/**
 * What an "Audit trail read" or "exported" event asked for, in words, from the query the server
 * recorded as its reason (`{"filter":{…},"sort":[…],"range":[…]}`, plus `format` for an export):
 * "Filter: Record type Partnership, Actor Demo Manager · sorted by Seq., newest first · rows 1–50".
 * Null when the reason is not such a query (then it is shown as written).
 */
export function describeAuditQuery(reason: string | null, context: ValueContext): string | null {
  if (!reason) return null;
  let query: unknown;
  try {
    query = JSON.parse(reason);
  } catch {
    return null;
  }
  if (!query || typeof query !== 'object' || Array.isArray(query)) return null;
  const { filter, sort, range, format } = query as { filter?: unknown; sort?: unknown; range?: unknown; format?: unknown };
  if (!filter || typeof filter !== 'object' || Array.isArray(filter)) return null;
  const { translate } = context;
  // The actor is shown by name, so labelled "Actor", not "Actor ID".
  const label = (key: string) => translate(`resources.audit-events.fields.${key === 'actorId' ? 'actor' : key}`, { _: key });
  const entries = Object.entries(filter as Record<string, unknown>);
  const parts = [
    entries.length
      ? translate('resources.audit-events.read.filter', {
          filter: entries.map(([key, value]) => `${label(key)} ${filterValue(key, value, context)}`).join(', '),
        })
      : translate('resources.audit-events.read.noFilter'),
  ];
  if (Array.isArray(sort) && sort.length === 2) {
    const order = translate(`resources.audit-events.read.${String(sort[1]).toUpperCase() === 'ASC' ? 'ascending' : 'descending'}`);
    parts.push(translate('resources.audit-events.read.sort', { field: label(String(sort[0])), order }));
  }
  if (Array.isArray(range) && range.length === 2 && range.every((n) => Number.isInteger(n))) {
    parts.push(translate('resources.audit-events.read.range', { from: Number(range[0]) + 1, to: Number(range[1]) + 1 }));
  }
  if (typeof format === 'string') parts.push(translate('resources.audit-events.read.format', { format: format.toUpperCase() }));
  return parts.join(' · ');
}
