import { expect, test } from '@playwright/test';
import { SEED_TITLES, signIn, tableRows } from './fixtures';

test('an officer sees the nine partnerships of the SDG 17 report and filters to China', async ({ page }) => {
  await signIn(page, 'officer');
  // The dashboard is the landing page; the list is one click away in the menu.
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await page.getByRole('menuitem', { name: 'Partnerships' }).click();
  await expect(page).toHaveURL(/#\/partnerships/);

  await expect(tableRows(page)).toHaveCount(9);
  for (const title of SEED_TITLES) await expect(page.getByRole('cell', { name: title })).toBeVisible();

  await page.getByLabel('Country').fill('China');
  await page.getByRole('option', { name: 'China (CN)' }).click();

  await expect(tableRows(page)).toHaveCount(2);
  const shenzhen = tableRows(page).filter({ hasText: 'Shenzhen' });
  const zhengzhou = tableRows(page).filter({ hasText: 'Zhengzhou' });
  await expect(shenzhen.getByTestId('status-chip')).toHaveAttribute('data-status', 'halted');
  await expect(shenzhen.getByTestId('status-chip')).toHaveText('Halted');
  await expect(zhengzhou.getByTestId('status-chip')).toHaveAttribute('data-status', 'nominated');
  await expect(zhengzhou.getByTestId('status-chip')).toHaveText('Nominated');

  // The record tells its story: the halt's reason, and that invented details are demo data.
  await shenzhen.getByRole('cell', { name: 'Proposed city partnership with Shenzhen' }).click();
  await expect(page.getByText('COVID-19 outbreak', { exact: true })).toBeVisible();
  await expect(page.getByTestId('demo-data-notice')).toBeVisible();
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Username').fill('officer');
  await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Wrong username or password.')).toBeVisible();
  await expect(page.getByTestId('current-role')).toHaveCount(0);
});
