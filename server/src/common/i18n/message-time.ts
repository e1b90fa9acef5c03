import type { Language } from '@klch/shared';

const KL_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Kuala_Lumpur',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** How each language names Malaysia's zone after a time. */
const ZONE: Readonly<Record<Language, string>> = { en: 'MYT', ms: 'waktu Malaysia' };

/**
 * A stored instant (`2026-12-01T06:05:00.000Z`) as messages write it: `01/12/2026 14:05 (MYT)`,
 * in Kuala Lumpur's time with the zone named, to the minute (what a person needs to know who came
 * first). Text that is no instant is left as it is rather than shown as "Invalid Date".
 */
export function malaysiaTime(iso: string, language: Language): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const parts = Object.fromEntries(KL_TIME.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute} (${ZONE[language]})`;
}

/** A calendar date `2026-12-01` as `01/12/2026`, as the app writes dates in both languages. */
export function dayFirstDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}
