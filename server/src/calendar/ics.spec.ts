import { escapeText, foldLine, icsText, icsTimestamp } from './ics';

/** Unfolds as a reader does (RFC 5545 3.1): a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('the iCalendar writer', () => {
  const stamp = new Date('2026-12-02T14:01:53.123Z');
  const calendar = icsText({
    prodId: '-//Kuala Lumpur City Hall//KL Partnerships//EN',
    name: 'KL Partnerships',
    description: 'Dates, from 01/12/2026',
    stamp,
    events: [
      {
        uid: 'expiry-4@kl-partnerships',
        date: '2026-12-31',
        summary: 'Expires: Smart City partnership, with Fundación Metrópoli; Madrid',
        description: 'Line one\nLine two\r\nback\\slash',
        url: 'https://partnerships.example.gov.my/#/partnerships/4/show',
        categories: ['Expires'],
      },
      { uid: 'milestone-1@kl-partnerships', date: '2027-02-28', summary: 'Milestone' },
    ],
  });

  it('ends every line with CRLF, the last one too, and has no bare LF or CR', () => {
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is one VCALENDAR with PRODID, VERSION 2.0, CALSCALE and a name, holding one VEVENT per event', () => {
    const lines = unfold(calendar).split('\r\n').slice(0, -1);
    expect(lines.slice(0, 7)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Kuala Lumpur City Hall//KL Partnerships//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:KL Partnerships',
      'X-WR-CALDESC:Dates\\, from 01/12/2026',
    ]);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(2);
  });

  it('writes an all-day event: DTSTART as a DATE, DTEND the next day, a UID and DTSTAMP in UTC', () => {
    const lines = unfold(calendar).split('\r\n');
    const first = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
    expect(first).toEqual([
      'BEGIN:VEVENT',
      'UID:expiry-4@kl-partnerships',
      'DTSTAMP:20261202T140153Z',
      'DTSTART;VALUE=DATE:20261231',
      'DTEND;VALUE=DATE:20270101',
      'SUMMARY:Expires: Smart City partnership\\, with Fundación Metrópoli\\; Madrid',
      'DESCRIPTION:Line one\\nLine two\\nback\\\\slash',
      'URL:https://partnerships.example.gov.my/#/partnerships/4/show',
      'CATEGORIES:Expires',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]);
    expect(lines).toContain('DTEND;VALUE=DATE:20270301');
  });

  it('escapes backslash, semicolon, comma and every kind of newline, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('bell\u0007 tab\there')).toBe('bell tab\there');
  });

  it('folds a line longer than 75 octets, counting octets (not characters), never splitting a character', () => {
    // 208 octets: 75, then a space and 74, then a space and the last 59.
    const ascii = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldLine(ascii);
    expect(folded.split('\r\n').map((line) => Buffer.byteLength(line))).toEqual([75, 75, 60]);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((line) => line.startsWith(' ')),
    ).toBe(true);
    expect(unfold(folded)).toBe(ascii);

    // "é" is two octets, "💡" four: the cut falls between characters, each part at most 75 octets.
    const wide = `SUMMARY:${'é'.repeat(50)}${'💡'.repeat(30)}`;
    const parts = foldLine(wide).split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/\uFFFD/);
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
    }
    expect(unfold(parts.join('\r\n'))).toBe(wide);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('folds the lines of a whole file: none longer than 75 octets', () => {
    const long = icsText({ prodId: 'p', name: 'n', stamp, events: [{ uid: 'u', date: '2026-01-01', summary: 'Pencapaian utama '.repeat(20) }] });
    expect(long.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(unfold(long)).toContain(`SUMMARY:${'Pencapaian utama '.repeat(20)}`);
  });

  it('writes DTSTAMP in the basic UTC form', () => {
    expect(icsTimestamp(new Date('2026-01-05T03:04:05.999Z'))).toBe('20260105T030405Z');
  });
});
