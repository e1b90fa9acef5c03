import { expect, type APIRequestContext, test } from '@playwright/test';
import { apiToken, signIn, tableRows } from './fixtures';

/** yyyy-mm-dd, `days` from today in Kuala Lumpur (the calendar the dashboard reckons by). */
const dayFromToday = (days: number) => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kuala_Lumpur' }).format(new Date());
  const at = new Date(`${today}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
};

/** A partnership of its own, made active through the approval workflow and expiring in 60 days. */
async function activeExpiringIn60Days(request: APIRequestContext, title: string): Promise<{ id: number; code: string }> {
  const officer = await apiToken(request, 'officer');
  const manager = await apiToken(request, 'manager');
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const organisations = await (
    await request.get('/api/organisations', { headers: as(officer), params: { filter: JSON.stringify({ q: 'Tokyo' }) } })
  ).json();
  const created = await request.post('/api/partnerships', {
    headers: as(officer),
    data: {
      title,
      category: 'international_city',
      instrument: 'mou',
      parties: [{ organisationId: organisations[0].id, role: 'counterpart' }],
      expiresOn: dayFromToday(60),
    },
  });
  expect(created.status()).toBe(201);
  const partnership = await created.json();
  for (const [toStatus, extra] of [
    ['proposed', {}],
    ['under_negotiation', {}],
    ['active', { signedOn: dayFromToday(-30) }],
  ] as const) {
    const asked = await request.post('/api/status-requests', { headers: as(officer), data: { partnershipId: partnership.id, toStatus, ...extra } });
    expect(asked.status()).toBe(201);
    const decided = await request.post(`/api/status-requests/${(await asked.json()).id}/approve`, { headers: as(manager), data: {} });
    expect(decided.status()).toBe(200);
  }
  return partnership;
}

test('an officer lands on the dashboard and follows "expiring within 90 days" to exactly those partnerships', async ({ page, request }) => {
  const title = `Dashboard e2e: an MoU expiring soon (${Date.now()})`;
  const mine = await activeExpiringIn60Days(request, title);

  await signIn(page, 'officer');
  await expect(page.getByTestId('dashboard')).toBeVisible();
  const card = page.getByTestId('attention-expiring_90');
  await expect(card.getByText('Active, expiring within 90 days')).toBeVisible();
  await expect(card.getByRole('link', { name: new RegExp(mine.code) })).toBeVisible();
  const count = Number(await card.getByTestId('attention-count').textContent());
  expect(count).toBeGreaterThan(0);

  await card.getByTestId('attention-show-all').click();
  await expect(page).toHaveURL(/#\/partnerships\?/);
  await expect(tableRows(page)).toHaveCount(Math.min(count, 25));
  await expect(page.getByRole('cell', { name: title })).toBeVisible();
  for (const chip of await tableRows(page).getByTestId('status-chip').all()) await expect(chip).toHaveAttribute('data-status', 'active');
});

test('an officer finds every request they made under "My requests", with the decision and who made it', async ({ page, request }) => {
  const title = `My requests e2e (${Date.now()})`;
  const mine = await activeExpiringIn60Days(request, title);
  await signIn(page, 'officer');
  await page.getByRole('menuitem', { name: 'My requests' }).click();
  await expect(page).toHaveURL(/#\/my-requests$/);
  const rows = tableRows(page).filter({ hasText: mine.code });
  await expect(rows).toHaveCount(3);
  for (const state of await rows.getByTestId('request-state').all()) await expect(state).toHaveAttribute('data-state', 'approved');
  await expect(rows.first()).toContainText('Demo Manager');
});
