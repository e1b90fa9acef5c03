/**
 * A small iCalendar (RFC 5545) writer for all-day events: what Outlook, Google Calendar and Apple
 * Calendar import. Written here rather than taken from a package because the app needs only this
 * much of the format, and every rule it follows is below and tested (ics.spec.ts):
 * - lines end with CRLF (3.1), and a line longer than 75 octets is folded: CRLF and one space,
 *   never inside a UTF-8 character;
 * - TEXT values escape backslash, semicolon, comma and newlines (3.3.11); other control characters
 *   are not allowed in TEXT and are dropped;
 * - an all-day event is DTSTART;VALUE=DATE with DTEND the next day (the end is exclusive, 3.6.1),
 *   and every event has UID and DTSTAMP (both required).
 */
import { addDays } from '../database/timestamps';

export interface IcsEvent {
  /** Globally unique and stable, so a re-import updates the event rather than adding a copy. */
  uid: string;
  /** yyyy-mm-dd. */
  date: string;
  summary: string;
  description?: string;
  url?: string;
  categories?: string[];
}

export interface IcsCalendar {
  /** Who wrote the file, as `-//Organisation//Product//EN`. */
  prodId: string;
  /** The calendar's name, as calendar apps show it (X-WR-CALNAME). */
  name: string;
  description?: string;
  /** When the file was written: every event's DTSTAMP. */
  stamp: Date;
  events: IcsEvent[];
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** The whole file, CRLF after every line including the last. */
export function icsText(calendar: IcsCalendar): string {
  const stamp = icsTimestamp(calendar.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.categories?.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
    // A date to know about, not a meeting: it does not make anyone look busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

// Control characters other than tab and newlines (which escapeText writes as \n): not allowed in TEXT.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A TEXT value (3.3.11): `\` `;` `,` escaped, every newline as `\n`, other control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(FORBIDDEN_CONTROLS, '')
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * One content line folded at 75 octets (3.1): each continuation starts with a space, which counts
 * in its 75. Cut between code points, so no UTF-8 character is split across lines.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** 2026-12-31 → 20261231. */
const icsDate = (date: string) => date.replaceAll('-', '');

/** A UTC date-time in the basic form: 20261202T140153Z. */
export const icsTimestamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
