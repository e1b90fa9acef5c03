import type { StaleSince } from '@klch/shared';
import type { TranslateFunction } from 'react-admin';
import { formatDayOf } from '../common/formatDateTime';

/**
 * Why a pending request can no longer be approved, in words: which of the partnership's fields
 * changed since, by whom and when ("Out of date: Summary, Expires on changed by Demo Manager on …").
 */
export function staleWords(stale: StaleSince, translate: TranslateFunction): string {
  const by = stale.byName ?? '?';
  const date = formatDayOf(stale.at);
  if (!stale.fields.length) return translate('resources.status-requests.change.pending.staleNoFields', { by, date });
  const fields = stale.fields.map((field) => translate(`resources.partnerships.fields.${field}`, { _: field })).join(', ');
  return translate('resources.status-requests.change.pending.stale', { fields, by, date });
}
