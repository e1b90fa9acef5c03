import { expect, test } from '@playwright/test';
import { fillPartnershipForm, signIn, tableRows } from './fixtures';

test('an officer logs a new MoU and finds it in the list', async ({ page }) => {
  const title = `Urban heat resilience MoU ${Date.now()}`;
  await signIn(page, 'officer');
  await page.getByRole('menuitem', { name: 'Partnerships' }).click();

  await page.getByRole('link', { name: 'Create', exact: true }).click();
  await fillPartnershipForm(page, { title, category: 'International city partnership', instrument: 'Memorandum of Understanding (MoU)' });
  await page.getByRole('button', { name: 'Save' }).click();

  // Saved: the new record opens, in draft, with a generated reference code.
  await expect(page.getByTestId('status-chip')).toHaveAttribute('data-status', 'draft');
  await expect(page.getByText(/KLCH-IR-\d{4}-\d{3}/).first()).toBeVisible();

  await page.goto('/#/partnerships');
  await page.getByLabel('Search').fill('Urban heat resilience');
  await expect(tableRows(page)).toHaveCount(1);
  await expect(tableRows(page).first()).toContainText(title);
});
