import { expect, test } from '@playwright/test';
import { fillPartnershipForm, signIn } from './fixtures';

/** A small but real-looking PDF: the server recognises documents by their first bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

test('an officer logs a new MoU with a party and an SDG target, adds a milestone and uploads the signed PDF', async ({ page }) => {
  const stamp = Date.now();
  const title = `Urban heat resilience MoU with Busan ${stamp}`;
  const milestone = `Signing ceremony ${stamp}`;
  await signIn(page, 'officer');
  await page.getByRole('menuitem', { name: 'Partnerships' }).click();

  // The create form: title, category, instrument, one party and one SDG target.
  await page.getByRole('link', { name: 'Create', exact: true }).click();
  await fillPartnershipForm(page, {
    title,
    category: 'International city partnership',
    instrument: 'Memorandum of Understanding (MoU)',
    party: 'Busan Metropolitan City',
    sdgTarget: '17.16',
  });
  await page.getByRole('button', { name: 'Save' }).click();

  // Saved: its page opens, in draft, with the party and the target.
  await expect(page).toHaveURL(/#\/partnerships\/\d+\/show/);
  await expect(page.getByTestId('status-chip').first()).toHaveAttribute('data-status', 'draft');
  await page.getByRole('tab', { name: 'Parties' }).click();
  await expect(page.getByRole('link', { name: 'Busan Metropolitan City' })).toBeVisible();
  await page.getByRole('tab', { name: 'SDGs and themes' }).click();
  await expect(page.getByText('17.16', { exact: true })).toBeVisible();

  // A first milestone, from the Milestones tab, then completed.
  await page.getByRole('tab', { name: 'Milestones' }).click();
  await expect(page.getByText('No milestones yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Add milestone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add milestone' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(milestone);
  await dialog.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Signing' }).click();
  await dialog.getByLabel('Due on').fill('31/03/2030');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const milestoneRow = page.getByRole('row').filter({ hasText: milestone });
  await expect(milestoneRow).toBeVisible();
  await expect(milestoneRow.getByTestId('milestone-status')).toHaveAttribute('data-status', 'planned');
  await expect(milestoneRow.getByText('Signing', { exact: true })).toBeVisible();
  await milestoneRow.getByRole('button', { name: 'Mark done' }).click();
  await expect(milestoneRow.getByTestId('milestone-status')).toHaveAttribute('data-status', 'done');
  await expect(milestoneRow.getByRole('button', { name: 'Mark done' })).toHaveCount(0);

  // The signed agreement, uploaded from the Documents tab.
  await page.getByRole('tab', { name: 'Documents' }).click();
  await expect(page.getByText('No documents yet.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'Signed agreement' }).click();
  await page.getByLabel('Choose file').setInputFiles({ name: 'signed-mou.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  const documentRow = page.getByRole('row').filter({ hasText: 'signed-mou.pdf' });
  await expect(documentRow).toBeVisible();
  await expect(documentRow).toContainText('Signed agreement');
  await expect(documentRow).toContainText('Demo Officer');

  // The download link serves the same bytes, with the session cookie the browser holds.
  const download = documentRow.getByRole('link', { name: 'Download signed-mou.pdf' });
  const href = await download.getAttribute('href');
  expect(href).toMatch(/^\/api\/documents\/\d+\/download$/);
  const file = await page.request.get(href as string);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-disposition']).toContain('signed-mou.pdf');
  expect((await file.body()).equals(PDF)).toBe(true);

  // Both are still there when the page is opened afresh.
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: 'signed-mou.pdf' })).toBeVisible();
  await page.getByRole('tab', { name: 'Milestones' }).click();
  await expect(page.getByRole('row').filter({ hasText: milestone })).toBeVisible();
});
