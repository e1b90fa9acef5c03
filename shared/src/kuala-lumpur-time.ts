/**
 * Kuala Lumpur's calendar and clock, the one every date and time of the product is reckoned and
 * shown in (product rule), for the server's messages and the UI alike: whatever the machine's or
 * the browser's own zone, an officer abroad reads the same day and hour as the office in KL.
 */
export const KUALA_LUMPUR_TIME_ZONE = 'Asia/Kuala_Lumpur';

const CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: KUALA_LUMPUR_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface KualaLumpurClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

/** An instant as Kuala Lumpur's calendar and clock read it, each part two digits (the year four). */
export function kualaLumpurClock(instant: Date): KualaLumpurClock {
  const parts = Object.fromEntries(CLOCK.formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

/**
 * Today's date in Kuala Lumpur (YYYY-MM-DD): the day "overdue", "expiring" and a default date are
 * reckoned by. Not UTC's: from midnight to 08:00 in Kuala Lumpur, UTC is still on yesterday.
 */
export function todayInKualaLumpur(now: Date = new Date()): string {
  const { year, month, day } = kualaLumpurClock(now);
  return `${year}-${month}-${day}`;
}

/** A calendar date as the API writes it (2026-12-31) the way both languages write it: 31/12/2026. Other text is left as it is. */
export function dayFirst(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}
