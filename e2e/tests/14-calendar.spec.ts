import * as fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { apiToken, SEED_TITLES, signIn } from './fixtures';

/** What this journey reads of GET /api/calendar (shared's CalendarEntry; e2e depends on nothing of ours). */
interface Entry {
  key: string;
  date: string;
  partnershipId: number;
  code: string;
  title: string;
}

test("an officer opens the calendar from the menu, finds a seed partnership's date, opens it, and downloads the .ics", async ({ page, request }) => {
  // Where the demo data has a date: the calendar's own default range (from a month back, for 400 days).
  const token = await apiToken(request, 'officer');
  const answer = await request.get('/api/calendar', { headers: { Authorization: `Bearer ${token}` }, params: { kind: 'expiry,review' } });
  expect(answer.status()).toBe(200);
  const seeded = ((await answer.json()) as { entries: Entry[] }).entries.find((entry) => SEED_TITLES.includes(entry.title));
  if (!seeded) throw new Error('The demo data has no expiry or review date within the calendar’s default range');

  await signIn(page, 'officer');
  await page.getByRole('menuitem', { name: 'Calendar' }).click();
  await expect(page).toHaveURL(/#\/calendar$/);
  await expect(page.getByTestId('calendar')).toBeVisible();
  await expect(page.getByRole('columnheader').first()).toHaveText('Monday');

  // The month that holds it, as "Next month" would reach it (the address keeps the month).
  await page.goto(`/#/calendar?month=${seeded.date.slice(0, 7)}`);
  const day = page.getByTestId(`calendar-day-${seeded.date}`);
  const link = day.locator(`[data-key="${seeded.key}"]`);
  await expect(link).toBeVisible();
  const [year, month, date] = seeded.date.split('-');
  await expect(link).toHaveAttribute('aria-label', new RegExp(`${seeded.code} .* · ${date}/${month}/${year}`));

  // The agenda lists it in full, under its weekday and day-first date.
  await page.getByRole('button', { name: 'Agenda' }).click();
  const agenda = page.getByTestId('calendar-agenda');
  // Today's heading also says so ("… · Today"): the demo dates move with the day the database is made.
  await expect(agenda.getByRole('heading', { name: new RegExp(`, ${date}/${month}/${year}( · Today)?$`) })).toBeVisible();
  await expect(agenda.locator(`[data-key="${seeded.key}"]`)).toContainText(seeded.title);

  // The .ics of what is shown: a download, an iCalendar file holding this entry.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export .ics' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('kl-partnerships.ics');
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n[ \t]/g, '')).toContain(`UID:${seeded.key}@kl-partnerships`);

  // Clicking the entry opens its partnership.
  await agenda.locator(`[data-key="${seeded.key}"]`).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#/partnerships/${seeded.partnershipId}/show$`));
  await expect(page.getByText(seeded.title).first()).toBeVisible();
});
