import type { CalendarEntry, CalendarQuery, CalendarRecord } from '@klch/shared';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import { type GetListParams, useLocaleState } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { signInAs } from '../test/signIn';
import { TestAdmin } from '../test/TestAdmin';
import type { CalendarMethods } from './calendarApi';
import { todayInKualaLumpur } from '@klch/shared';
import { monthOf } from './calendarDates';
import { CalendarPage } from './CalendarPage';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  signInAs('officer', 2, { fullName: 'Demo Officer' });
});

const entry = (more: Partial<CalendarEntry> & Pick<CalendarEntry, 'key' | 'kind' | 'date'>): CalendarEntry => ({
  partnershipId: 4,
  code: 'KLCH-IR-2022-004',
  title: 'Smart City partnership with Fundación Metrópoli',
  titleMs: 'Perkongsian Bandar Pintar dengan Fundación Metrópoli',
  status: 'active',
  milestoneId: null,
  milestoneTitle: null,
  milestoneStatus: null,
  ownerId: 2,
  ownerName: 'Demo Officer',
  ...more,
});
const milestone = (id: number, date: string, title: string, status: CalendarEntry['milestoneStatus'] = 'planned') =>
  entry({ key: `milestone-${id}`, kind: 'milestone', date, milestoneId: id, milestoneTitle: title, milestoneStatus: status });

const DECEMBER: CalendarEntry[] = [
  entry({ key: 'review-7', kind: 'review', date: '2026-11-30', partnershipId: 7, code: 'KLCH-IR-2023-007', title: 'Seoul', titleMs: null }),
  entry({ key: 'review-4', kind: 'review', date: '2026-12-01' }),
  milestone(12, '2026-12-15', 'Joint workshop on energy data'),
  milestone(13, '2026-12-15', 'Site visit report', 'done'),
  ...[21, 22, 23, 24, 25, 26].map((id) => milestone(id, '2026-12-21', `Working session ${id}`)),
  entry({ key: 'expiry-4', kind: 'expiry', date: '2026-12-31', ownerId: 3, ownerName: 'Demo Manager' }),
];

/** Switches the language as the app bar's menu does. */
const InMalay = () => {
  const [, setLocale] = useLocaleState();
  useEffect(() => setLocale('ms'), [setLocale]);
  return null;
};

const SEOUL = { id: 7, code: 'KLCH-IR-2023-007', title: 'Partnership with Seoul Metropolitan Government', titleMs: null };

function renderCalendar(at = '/calendar?month=2026-12', { malay = false } = {}) {
  const getCalendar = vi.fn(async (query: CalendarQuery): Promise<{ data: CalendarRecord }> => ({
    data: {
      from: query.from!,
      to: query.to!,
      entries: DECEMBER.filter((one) => one.date >= query.from! && one.date <= query.to! && (!query.ownerId || one.ownerId === query.ownerId)),
      truncated: false,
    },
  }));
  const calls: CalendarMethods = { getCalendar };
  const getList = vi.fn(async (_resource: string, params: GetListParams) => ({
    data: params.filter.q ? [SEOUL] : [],
    total: params.filter.q ? 1 : 0,
  }));
  const getOne = vi.fn(async () => ({ data: SEOUL }));
  render(
    <TestAdmin dataProvider={fakeDataProvider({ ...calls, getList, getOne })} at={at}>
      {malay && <InMalay />}
      <CalendarPage />
    </TestAdmin>,
  );
  return getCalendar;
}

const lastQuery = (getCalendar: ReturnType<typeof renderCalendar>) => getCalendar.mock.calls.at(-1)![0];
const day = (date: string) => screen.getByTestId(`calendar-day-${date}`);

describe('CalendarPage', { timeout: 30000 }, () => {
  it('lays the month out Monday to Sunday and puts each entry on its day, asking for exactly the days shown', async () => {
    const getCalendar = renderCalendar();
    expect(await screen.findByText('December 2026')).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(lastQuery(getCalendar)).toEqual({ from: '2026-11-30', to: '2027-01-03' });
    await waitFor(() => expect(within(day('2026-12-31')).getAllByTestId('calendar-entry')).toHaveLength(1));
    expect(within(day('2026-11-30')).getByTestId('calendar-entry').getAttribute('data-key')).toBe('review-7');
    expect(
      within(day('2026-12-15'))
        .getAllByTestId('calendar-entry')
        .map((link) => link.getAttribute('data-key')),
    ).toEqual(['milestone-12', 'milestone-13']);
  });

  it('opens the partnership from an expiry or review, and its Milestones tab from a milestone; says everything in the link', async () => {
    renderCalendar();
    const expiry = await screen.findByRole('link', { name: /^Expires: KLCH-IR-2022-004 Smart City partnership/ });
    expect(expiry.getAttribute('href')).toMatch(/\/partnerships\/4\/show$/);
    expect(expiry.getAttribute('aria-label')).toBe(
      'Expires: KLCH-IR-2022-004 Smart City partnership with Fundación Metrópoli · 31/12/2026 · Owner: Demo Manager',
    );
    const workshop = screen.getByRole('link', { name: /^Milestone: Joint workshop on energy data — KLCH-IR-2022-004/ });
    expect(workshop.getAttribute('href')).toMatch(/\/partnerships\/4\/show\/milestones$/);
    expect(screen.getByRole('link', { name: /^Milestone \(done\): Site visit report/ })).toBeTruthy();
  });

  it('shows the first four entries of a busy day and opens the agenda at that day for the rest', async () => {
    renderCalendar();
    const busy = await waitFor(() => {
      const cell = day('2026-12-21');
      expect(within(cell).getAllByTestId('calendar-entry')).toHaveLength(4);
      return cell;
    });
    fireEvent.click(within(busy).getByRole('button', { name: '+2 more' }));
    const agenda = await screen.findByTestId('calendar-agenda');
    expect(
      within(agenda)
        .getAllByTestId('calendar-entry')
        .filter((one) => one.getAttribute('data-key')?.startsWith('milestone-2')),
    ).toHaveLength(6);
  });

  it('lists the month in the agenda by day, with weekday and day-first date, leaving out the days of the months around it', async () => {
    renderCalendar('/calendar?month=2026-12&view=agenda');
    const agenda = await screen.findByTestId('calendar-agenda');
    const headings = within(agenda)
      .getAllByRole('heading')
      .map((heading) => heading.textContent);
    expect(headings).toEqual(['Tuesday, 01/12/2026', 'Tuesday, 15/12/2026', 'Monday, 21/12/2026', 'Thursday, 31/12/2026']);
    const expiry = within(agenda)
      .getAllByTestId('calendar-entry')
      .find((one) => one.getAttribute('data-key') === 'expiry-4')!;
    expect(expiry.textContent).toContain('KLCH-IR-2022-004 Smart City partnership with Fundación Metrópoli');
    expect(expiry.textContent).toContain('Owner: Demo Manager');
    expect(within(expiry).getByTestId('status-chip').getAttribute('data-status')).toBe('active');
  });

  it('moves by month and back to today, and asks for each month’s days', async () => {
    const getCalendar = renderCalendar();
    await screen.findByText('December 2026');
    fireEvent.click(screen.getByRole('button', { name: 'Next month' }));
    expect(await screen.findByText('January 2027')).toBeTruthy();
    await waitFor(() => expect(lastQuery(getCalendar)).toEqual({ from: '2026-12-28', to: '2027-01-31' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(await screen.findByText('November 2026')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Today' }));
    const [year, month] = monthOf(todayInKualaLumpur()).split('-');
    const monthName = new Date(Date.UTC(Number(year), Number(month) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    expect(await screen.findByText(`${monthName} ${year}`)).toBeTruthy();
  });

  it('filters by kind and by owner, and exports the .ics with the same filters and the reader’s language', async () => {
    const getCalendar = renderCalendar();
    await screen.findByText('December 2026');
    fireEvent.click(screen.getByRole('button', { name: 'Milestones' }));
    await waitFor(() => expect(lastQuery(getCalendar)).toMatchObject({ kind: ['expiry', 'review'] }));

    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Owner' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Me (Demo Officer)' }));
    await waitFor(() => expect(lastQuery(getCalendar)).toEqual({ from: '2026-11-30', to: '2027-01-03', ownerId: 2, kind: ['expiry', 'review'] }));

    const exported = screen.getByRole('link', { name: /Export \.ics/ });
    const url = new URL(exported.getAttribute('href')!, 'http://localhost');
    expect(url.pathname).toBe('/api/calendar.ics');
    expect(Object.fromEntries(url.searchParams)).toEqual({ from: '2026-11-30', ownerId: '2', kind: 'expiry,review', lang: 'en' });
  });

  it('filters by a partnership found by searching, as the partnership list searches', async () => {
    const getCalendar = renderCalendar();
    await screen.findByText('December 2026');
    const input = screen.getByRole('combobox', { name: 'Partnership' });
    fireEvent.change(input, { target: { value: 'seoul' } });
    fireEvent.click(await screen.findByRole('option', { name: 'KLCH-IR-2023-007 Partnership with Seoul Metropolitan Government' }));
    await waitFor(() => expect(lastQuery(getCalendar)).toEqual({ from: '2026-11-30', to: '2027-01-03', partnershipId: 7 }));
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Partnership' }).value).toBe(
      'KLCH-IR-2023-007 Partnership with Seoul Metropolitan Government',
    );
  });

  it('offers the owners the calendar has shown as choices, and keeps them once one is chosen', async () => {
    renderCalendar();
    await screen.findByText('December 2026');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Owner' }));
    const options = async () => (await screen.findAllByRole('option')).map((option) => option.textContent);
    await waitFor(async () => expect(await options()).toEqual(['Anyone', 'Me (Demo Officer)', 'Demo Manager']));
    fireEvent.click(screen.getByRole('option', { name: 'Me (Demo Officer)' }));
    // Now only the officer's entries come back: the manager's expiry is gone, the manager stays a choice.
    await waitFor(() => expect(within(day('2026-12-31')).queryAllByTestId('calendar-entry')).toHaveLength(0));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Owner' }));
    await waitFor(async () => expect(await options()).toEqual(['Anyone', 'Me (Demo Officer)', 'Demo Manager']));
  });

  it('speaks Bahasa Melayu: Malay month and weekday names, Malay titles, dates still day-first', async () => {
    renderCalendar('/calendar?month=2026-12&view=agenda', { malay: true });
    expect(await screen.findByText('Disember 2026')).toBeTruthy();
    const agenda = await screen.findByTestId('calendar-agenda');
    await waitFor(() => expect(within(agenda).getAllByRole('heading')[0].textContent).toBe('Selasa, 01/12/2026'));
    expect(agenda.textContent).toContain('Perkongsian Bandar Pintar dengan Fundación Metrópoli');
    expect(agenda.textContent).toContain('Khamis, 31/12/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Bulan' }));
    await waitFor(() =>
      expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
        'Isnin',
        'Selasa',
        'Rabu',
        'Khamis',
        'Jumaat',
        'Sabtu',
        'Ahad',
      ]),
    );
    expect(screen.getByRole('link', { name: /Eksport \.ics/ }).getAttribute('href')).toContain('lang=ms');
  });
});
