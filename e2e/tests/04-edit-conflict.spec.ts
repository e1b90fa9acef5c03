import { expect, test } from '@playwright/test';
import { apiToken, signIn } from './fixtures';

test('an officer whose record was changed meanwhile is told who changed it and can reload', async ({ page, request }) => {
  const manager = await apiToken(request, 'manager');
  const found = await request.get('/api/partnerships', {
    headers: { Authorization: `Bearer ${manager}` },
    params: { filter: JSON.stringify({ q: 'Busan' }) },
  });
  const [busan] = await found.json();

  await signIn(page, 'officer');
  await page.goto(`/#/partnerships/${busan.id}`);
  const leadDepartment = page.getByRole('textbox', { name: 'Lead department' });
  await expect(leadDepartment).toHaveValue(busan.leadDepartment);

  // Meanwhile a manager saves a change to the same record.
  const changed = await request.put(`/api/partnerships/${busan.id}`, {
    headers: { Authorization: `Bearer ${manager}` },
    data: { ...busan, summary: 'Changed by the manager meanwhile.' },
  });
  expect(changed.status()).toBe(200);

  await leadDepartment.fill('Economic Development');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/changed by Demo Manager/)).toBeVisible();

  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('textbox', { name: 'Summary' })).toHaveValue('Changed by the manager meanwhile.');
  await expect(leadDepartment).toHaveValue(busan.leadDepartment);
});
