import { expect, test } from '@playwright/test';
import { apiToken, signIn } from './fixtures';

const SEOUL = 'Partnership with Seoul Metropolitan Government';

test('an officer asks to halt Seoul, a manager approves it from the queue, the officer sees Halted and its history', async ({
  page,
  browser,
  request,
}) => {
  const reason = `Partner's programme paused for a budget review (e2e ${Date.now()})`;
  const manager = await apiToken(request, 'manager');
  const found = await request.get('/api/partnerships', {
    headers: { Authorization: `Bearer ${manager}` },
    params: { filter: JSON.stringify({ q: 'Seoul' }) },
  });
  const [seoul] = await found.json();
  expect(seoul.title).toBe(SEOUL);
  expect(seoul.status).toBe('active');

  // The officer asks: only the lifecycle's targets are offered, and halted needs a reason and a review date.
  await signIn(page, 'officer');
  await page.goto(`/#/partnerships/${seoul.id}/show`);
  await page.getByRole('button', { name: 'Request status change' }).click();
  const dialog = page.getByRole('dialog', { name: `Request a status change: ${SEOUL}` });
  await expect(dialog.getByRole('radio')).toHaveCount(4);
  for (const target of ['Halted', 'Expired', 'Terminated', 'Completed']) await expect(dialog.getByRole('radio', { name: target })).toBeVisible();
  await dialog.getByRole('radio', { name: 'Halted' }).check();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await dialog.getByLabel('Next review on').fill('30/06/2030');
  await dialog.getByRole('button', { name: 'Send request' }).click();
  await expect(dialog).toBeHidden();

  // Nothing changed yet: the banner says a manager must decide; the officer may only withdraw.
  const banner = page.getByTestId('pending-status-request');
  await expect(banner).toContainText('Status change to Halted requested by Demo Officer');
  await expect(banner).toContainText('waiting for a manager');
  await expect(banner.getByRole('button', { name: 'Withdraw' })).toBeVisible();
  await expect(page.getByTestId('status-chip').first()).toHaveAttribute('data-status', 'active');
  await expect(page.getByRole('button', { name: 'Request status change' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);

  // The officer cannot approve their own request: no control in the queue, and the API refuses.
  await page.goto('/#/status-requests');
  const officerRow = page.getByRole('row').filter({ hasText: SEOUL });
  await expect(officerRow).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  const officer = await apiToken(request, 'officer');
  const pending = await request.get('/api/status-requests', {
    headers: { Authorization: `Bearer ${officer}` },
    params: { filter: JSON.stringify({ partnershipId: seoul.id, state: 'pending' }) },
  });
  const [pendingRequest] = await pending.json();
  expect(pendingRequest.toStatus).toBe('halted');
  const ownApproval = await request.post(`/api/status-requests/${pendingRequest.id}/approve`, {
    headers: { Authorization: `Bearer ${officer}` },
    data: { comment: 'Approving my own request' },
  });
  expect(ownApproval.status()).toBe(403);

  // A manager, in a browser of their own, approves it from the queue.
  const managerContext = await browser.newContext();
  try {
    const managerPage = await managerContext.newPage();
    await signIn(managerPage, 'manager');
    await managerPage.goto('/#/status-requests');
    const row = managerPage.getByRole('row').filter({ hasText: SEOUL });
    await expect(row).toContainText(reason);
    await row.getByRole('button', { name: 'Approve' }).click();
    const decision = managerPage.getByRole('dialog', { name: `Approve: Halted — ${SEOUL}` });
    await decision.getByRole('textbox', { name: 'Comment' }).fill('Agreed: review again at the end of June.');
    await decision.getByRole('button', { name: 'Approve' }).click();
    await expect(decision).toBeHidden();
    await expect(managerPage.getByRole('row').filter({ hasText: SEOUL })).toHaveCount(0);
  } finally {
    await managerContext.close();
  }

  // The officer reloads and sees the outcome: Halted, no banner, and the change in the history.
  await page.goto(`/#/partnerships/${seoul.id}/show`);
  await page.reload();
  await expect(page.getByTestId('status-chip').first()).toHaveAttribute('data-status', 'halted');
  await expect(page.getByText(reason, { exact: true })).toBeVisible();
  await expect(page.getByTestId('pending-status-request')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Status history' }).click();
  const historyRow = page.getByRole('row').filter({ hasText: reason });
  await expect(historyRow).toBeVisible();
  await expect(historyRow.getByTestId('status-chip').first()).toHaveAttribute('data-status', 'active');
  await expect(historyRow.getByTestId('status-chip').last()).toHaveAttribute('data-status', 'halted');
  await expect(historyRow).toContainText('Demo Officer');
  await expect(historyRow).toContainText('Demo Manager');
  await expect(historyRow).toContainText('Agreed: review again at the end of June.');
});
