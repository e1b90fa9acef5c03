import { expect, test } from '@playwright/test';
import { apiToken, signIn } from './fixtures';

test("a manager approves in their browser; the officer's open partnership page and bell update without a reload", async ({
  page,
  browser,
  request,
}) => {
  const title = `Live decision test ${Date.now()}`;
  const officer = await apiToken(request, 'officer');
  const headers = { Authorization: `Bearer ${officer}` };
  const tokyo = await request.get('/api/organisations', { headers, params: { filter: JSON.stringify({ q: 'Tokyo Metropolitan' }) } });
  const [organisation] = await tokyo.json();
  const created = await request.post('/api/partnerships', {
    headers,
    data: { title, category: 'international_city', instrument: 'mou', parties: [{ organisationId: organisation.id, role: 'counterpart' }] },
  });
  expect(created.status()).toBe(201);
  const partnership = await created.json();
  const asked = await request.post('/api/status-requests', { headers, data: { partnershipId: partnership.id, toStatus: 'proposed' } });
  expect(asked.status()).toBe(201);

  // The officer has the partnership open: draft, with the request pending.
  await signIn(page, 'officer');
  await page.goto(`/#/partnerships/${partnership.id}/show`);
  await expect(page.getByTestId('status-chip').first()).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('pending-status-request')).toBeVisible();
  const bell = page.getByTestId('notification-bell');
  const unreadBefore = Number((await page.getByTestId('notification-count').textContent()) || 0);

  // A manager, in a browser of their own, sees the waiting count in the menu and approves from the queue.
  const managerContext = await browser.newContext();
  try {
    const managerPage = await managerContext.newPage();
    await signIn(managerPage, 'manager');
    await expect(managerPage.getByTestId('pending-approvals-count')).toBeVisible();
    await managerPage.goto('/#/status-requests');
    const row = managerPage.getByRole('row').filter({ hasText: title });
    await row.getByRole('button', { name: 'Approve' }).click();
    const decision = managerPage.getByRole('dialog', { name: /^Approve: / });
    await decision.getByRole('textbox', { name: 'Comment' }).fill('Agreed at the live test.');
    await decision.getByRole('button', { name: 'Approve' }).click();
    await expect(decision).toBeHidden();
  } finally {
    await managerContext.close();
  }

  // Without a reload: the status is Proposed, the banner is gone, and the bell counts the decision.
  await expect(page.getByTestId('status-chip').first()).toHaveAttribute('data-status', 'proposed', { timeout: 10000 });
  await expect(page.getByTestId('pending-status-request')).toHaveCount(0);
  await expect(page.getByTestId('notification-count')).toHaveText(String(unreadBefore + 1));
  await bell.click();
  const panel = page.getByRole('region', { name: 'Notifications' });
  await expect(panel).toContainText(`Demo Manager approved your request: ${title} to Proposed.`);
  await expect(panel).toContainText('Comment: Agreed at the live test.');
  // Opening it marks it read.
  await panel.getByText(`Demo Manager approved your request: ${title} to Proposed.`).click();
  await expect(page.getByTestId('notification-count')).toHaveText(unreadBefore ? String(unreadBefore) : '');
});
