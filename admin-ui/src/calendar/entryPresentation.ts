import type { CalendarEntry, CalendarKind } from '@klch/shared';
import { formatDate } from '../common/formatDateTime';
import { titleIn } from '../common/partnershipTitle';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One colour per kind, from the theme's palette: the kind filter's buttons double as the legend. */
export const KIND_COLOURS: Record<CalendarKind, 'primary' | 'error' | 'warning'> = { milestone: 'primary', expiry: 'error', review: 'warning' };

/** A milestone opens its partnership's Milestones tab; an expiry or a review date the partnership itself. */
export const entryPath = (entry: CalendarEntry) => `/partnerships/${entry.partnershipId}/show${entry.kind === 'milestone' ? '/milestones' : ''}`;

/** The partnership, as a line names it: its code and its title in the reader's language. */
export const partnershipText = (entry: CalendarEntry, locale: string) => `${entry.code} ${titleIn(locale, entry)}`;

/** What an entry is called where room is short: the milestone's title, or the partnership's. */
export const entryText = (entry: CalendarEntry, locale: string) =>
  entry.kind === 'milestone' && entry.milestoneTitle ? entry.milestoneTitle : titleIn(locale, entry);

/** A done milestone is history: shown, but greyed (cancelled ones never reach the page: the server leaves them out). */
export const isDone = (entry: CalendarEntry) => entry.milestoneStatus === 'done';

/** The kind as a label: "Milestone", "Expires", "Review due"; a done milestone says so. */
export const kindText = (entry: CalendarEntry, translate: Translate) =>
  translate(`klch.calendar.entry.${entry.kind}`) + (isDone(entry) ? ` (${translate('klch.calendar.entry.done')})` : '');

/** Everything about an entry in one sentence: a cut-short title's tooltip and the link's accessible name. */
export function entryDescription(entry: CalendarEntry, locale: string, translate: Translate): string {
  const what = entry.kind === 'milestone' ? `${entry.milestoneTitle} — ${partnershipText(entry, locale)}` : partnershipText(entry, locale);
  const owner = entry.ownerName ? [translate('klch.calendar.entry.owner', { name: entry.ownerName })] : [];
  return [`${kindText(entry, translate)}: ${what}`, formatDate(entry.date), ...owner].join(' · ');
}
