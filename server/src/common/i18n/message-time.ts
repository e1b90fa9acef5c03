import { kualaLumpurClock, type Language } from '@klch/shared';

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
  const { day, month, year, hour, minute } = kualaLumpurClock(instant);
  return `${day}/${month}/${year} ${hour}:${minute} (${ZONE[language]})`;
}
