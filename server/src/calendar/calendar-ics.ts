import type { CalendarEntry, CalendarRecord, Language, MilestoneStatus } from '@klch/shared';
import { MAX_CALENDAR_ENTRIES } from '@klch/shared';
import { type IcsEvent, icsText } from './ics';

/** The words of the file, in the language the person downloading it reads the app in. */
const WORDS: Record<
  Language,
  {
    name: string;
    expiry: string;
    review: string;
    milestone: string;
    partnership: string;
    owner: string;
    status: string;
    milestoneStatus: Record<MilestoneStatus, string>;
    range: (from: string, to: string) => string;
    truncated: string;
  }
> = {
  en: {
    name: 'KL Partnerships',
    expiry: 'Expires',
    review: 'Review due',
    milestone: 'Milestone',
    partnership: 'Partnership',
    owner: 'Owning officer',
    status: 'Status',
    milestoneStatus: { planned: 'Planned', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
    range: (from, to) => `Milestones, expiries and review dates from ${from} to ${to}.`,
    truncated: `Only the first ${MAX_CALENDAR_ENTRIES} entries: choose a partnership, an owner or a kind for the rest.`,
  },
  ms: {
    name: 'KL Partnerships',
    expiry: 'Tamat tempoh',
    review: 'Tarikh semakan',
    milestone: 'Pencapaian utama',
    partnership: 'Perkongsian',
    owner: 'Pegawai pemilik',
    status: 'Status',
    milestoneStatus: { planned: 'Dirancang', in_progress: 'Sedang dijalankan', done: 'Selesai', cancelled: 'Dibatalkan' },
    range: (from, to) => `Pencapaian utama, tarikh tamat tempoh dan tarikh semakan dari ${from} hingga ${to}.`,
    truncated: `Hanya ${MAX_CALENDAR_ENTRIES} entri pertama: pilih perkongsian, pegawai atau jenis untuk selebihnya.`,
  },
};

/** dd/mm/yyyy, as the app writes dates in both languages. */
const dayFirst = (date: string) => date.split('-').reverse().join('/');

export interface IcsOptions {
  language: Language;
  /** The app's address, for each event's link to its partnership's page (the UI routes after `#`). */
  publicUrl: string;
  stamp: Date;
}

/** The calendar as an iCalendar file: one all-day event per entry, with a stable UID (`milestone-12@kl-partnerships`). */
export function calendarIcs(record: CalendarRecord, options: IcsOptions): string {
  const words = WORDS[options.language];
  const description = [words.range(dayFirst(record.from), dayFirst(record.to)), ...(record.truncated ? [words.truncated] : [])].join(' ');
  return icsText({
    prodId: '-//Kuala Lumpur City Hall//KL Partnerships//EN',
    name: words.name,
    description,
    stamp: options.stamp,
    events: record.entries.map((entry) => eventOf(entry, options)),
  });
}

function eventOf(entry: CalendarEntry, { language, publicUrl }: IcsOptions): IcsEvent {
  const words = WORDS[language];
  const title = language === 'ms' && entry.titleMs ? entry.titleMs : entry.title;
  const partnership = `${entry.code} ${title}`;
  const tab = entry.kind === 'milestone' ? '/milestones' : '';
  const lines = [`${words.partnership}: ${partnership}`];
  if (entry.milestoneStatus) lines.push(`${words.status}: ${words.milestoneStatus[entry.milestoneStatus]}`);
  if (entry.ownerName) lines.push(`${words.owner}: ${entry.ownerName}`);
  return {
    uid: `${entry.key}@kl-partnerships`,
    date: entry.date,
    summary: entry.kind === 'milestone' ? `${words.milestone}: ${entry.milestoneTitle} (${entry.code})` : `${words[entry.kind]}: ${partnership}`,
    description: lines.join('\n'),
    url: `${publicUrl}/#/partnerships/${entry.partnershipId}/show${tab}`,
    categories: [words[entry.kind]],
  };
}
