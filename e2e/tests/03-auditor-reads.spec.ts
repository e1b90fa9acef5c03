import { expect, test } from '@playwright/test';
import { signIn, tableRows } from './fixtures';

test('an auditor reads everything but sees no Create, Edit or Archive button', async ({ page }) => {
  await signIn(page, 'auditor');
  await expect(page.getByTestId('current-role')).toHaveAttribute('data-role', 'auditor');
  await page.getByRole('menuitem', { name: 'Partnerships' }).click();
  await expect(tableRows(page).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create', exact: true })).toHaveCount(0);

  await tableRows(page).filter({ hasText: 'Tokyo' }).first().click();
  await expect(page).toHaveURL(/#\/partnerships\/\d+\/show/);
  await expect(page.getByText('Sustainable energy management and decarbonisation with Tokyo').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Archive' })).toHaveCount(0);

  await page.goto('/#/organisations');
  await expect(tableRows(page).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create', exact: true })).toHaveCount(0);
});
