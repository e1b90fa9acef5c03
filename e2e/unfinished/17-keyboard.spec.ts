import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiToken } from '../tests/fixtures';
import { chooseOption, focused, openMenu, openTab, signInWithKeyboard, tabAndType, tabTo, typeAndPick } from './keyboard';

/**
 * The three journeys of the product brief with the keyboard only: Tab, Shift+Tab, Enter, Space,
 * Escape, the arrows and typing. No click anywhere; arranging data goes through the API.
 */

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const as = (token: string) => ({ Authorization: `Bearer ${token}` });
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kuala_Lumpur' }).format(new Date());

/** Searches the list for `text` and opens the first row with Enter: rows are reachable and open like links. */
async function openFromList(page: Page, menu: string, text: string): Promise<void> {
  await openMenu(page, menu);
  await tabAndType(page, page.getByRole('textbox', { name: 'Search' }), text);
  const row = page.locator('table tbody tr').filter({ hasText: text }).first();
  await expect(row).toBeVisible();
  await expect(page.locator('table tbody tr')).toHaveCount(1);
  await tabTo(page, row);
  // The ring a keyboard user follows.
  await expect(row).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
}

/** An active partnership of our own, made so through the approval workflow (the journey starts from it). */
async function activePartnership(request: APIRequestContext, title: string): Promise<number> {
  const officer = await apiToken(request, 'officer');
  const manager = await apiToken(request, 'manager');
  const created = await request.post('/api/partnerships', {
    headers: as(officer),
    data: { title, category: 'international_city', instrument: 'mou' },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  for (const [toStatus, extra] of [
    ['proposed', {}],
    ['under_negotiation', {}],
    ['active', { signedOn: today() }],
  ] as const) {
    const asked = await request.post('/api/status-requests', { headers: as(officer), data: { partnershipId: id, toStatus, ...extra } });
    expect(asked.status()).toBe(201);
    const decided = await request.post(`/api/status-requests/${(await asked.json()).id}/approve`, { headers: as(manager), data: {} });
    expect(decided.status()).toBe(200);
  }
  return id;
}

test('an officer logs a new MoU with a party, a target, a milestone and the signed PDF, with the keyboard only', async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Keyboard-only MoU with Busan ${stamp}`;
  await signInWithKeyboard(page, 'officer');
  await openMenu(page, 'Partnerships');
  await tabTo(page, page.getByRole('link', { name: 'Create', exact: true }));
  await page.keyboard.press('Enter');

  await tabAndType(page, page.getByRole('textbox', { name: 'Title', exact: true }), title);
  await chooseOption(page, page.getByRole('combobox', { name: 'Category' }), 'International city partnership');
  await chooseOption(page, page.getByRole('combobox', { name: 'Instrument' }), 'Memorandum of Understanding (MoU)');
  await tabTo(page, page.getByRole('button', { name: 'Add', exact: true }));
  await page.keyboard.press('Enter');
  await typeAndPick(page, page.getByRole('combobox', { name: 'Organisation' }), 'Busan', /Busan Metropolitan City/);
  await typeAndPick(page, page.getByRole('combobox', { name: 'SDG targets' }), '17.16', /^17\.16 — /);
  await tabTo(page, page.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/partnerships\/\d+\/show/);
  await expect(page.getByTestId('status-chip').first()).toHaveAttribute('data-status', 'draft');

  // A first milestone, from the Milestones tab; focus comes back to "Add milestone" when its dialog closes.
  await openTab(page, 'Milestones');
  const add = page.getByRole('button', { name: 'Add milestone' });
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add milestone' });
  await expect(dialog).toBeVisible();
  await tabAndType(page, dialog.getByRole('textbox', { name: 'Title' }), `Signing ceremony ${stamp}`);
  await chooseOption(page, dialog.getByRole('combobox', { name: 'Kind' }), 'Signing');
  await tabAndType(page, dialog.getByLabel('Due on'), '31/03/2030');
  await tabTo(page, dialog.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: `Signing ceremony ${stamp}` })).toBeVisible();
  await expect(add).toBeFocused();

  // The signed agreement: the file picker opens from the keyboard too.
  await openTab(page, 'Documents');
  await chooseOption(page, page.getByRole('combobox', { name: 'Category' }), 'Signed agreement');
  const chooser = page.waitForEvent('filechooser');
  await tabTo(page, page.getByRole('button', { name: 'Choose file' }));
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'signed-mou.pdf', mimeType: 'application/pdf', buffer: PDF });
  await tabTo(page, page.getByRole('button', { name: 'Upload', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row').filter({ hasText: 'signed-mou.pdf' })).toBeVisible();
});

test('an officer asks to halt a partnership and a manager approves it, with the keyboard only; focus returns to the control that opened each dialog', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  const title = `Keyboard-only halt ${Date.now()}`;
  const id = await activePartnership(request, title);

  await signInWithKeyboard(page, 'officer');
  await openFromList(page, 'Partnerships', title);
  await expect(page).toHaveURL(new RegExp(`#/partnerships/${id}/show`));

  // Escape closes the dialog and gives focus back to the button that opened it.
  const requestButton = page.getByRole('button', { name: 'Request status change' });
  await tabTo(page, requestButton);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Request a status change/ });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(requestButton).toBeFocused();

  // The request: the radio group takes the arrows, then the reason and the review date.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('radiogroup'));
  for (let presses = 0; presses < 6 && !(await dialog.getByRole('radio', { name: 'Halted' }).isChecked()); presses++)
    await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'Halted' })).toBeChecked();
  await tabAndType(page, dialog.getByRole('textbox', { name: 'Reason' }), 'halted: COVID-19 outbreak');
  await tabAndType(page, dialog.getByLabel('Next review on'), '30/06/2030');
  await tabTo(page, dialog.getByRole('button', { name: 'Send request' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('pending-status-request')).toContainText('Halted');

  // The manager, in a browser of their own: the queue, Reject opened and cancelled, then Approve.
  const managerContext = await browser.newContext();
  try {
    const manager = await managerContext.newPage();
    await signInWithKeyboard(manager, 'manager');
    await openMenu(manager, 'Approvals');
    const row = manager.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText('halted: COVID-19 outbreak');
    const reject = row.getByRole('button', { name: 'Reject' });
    await tabTo(manager, reject);
    await manager.keyboard.press('Enter');
    const rejecting = manager.getByRole('dialog');
    await expect(rejecting).toBeVisible();
    await manager.keyboard.press('Escape');
    await expect(rejecting).toBeHidden();
    await expect(reject).toBeFocused();

    await tabTo(manager, row.getByRole('button', { name: 'Approve' }), { backwards: true });
    await manager.keyboard.press('Enter');
    const approving = manager.getByRole('dialog', { name: /^Approve/ });
    await expect(approving).toBeVisible();
    await tabAndType(manager, approving.getByRole('textbox', { name: 'Comment' }), 'Agreed: review again at the end of June.');
    await tabTo(manager, approving.getByRole('button', { name: 'Approve' }));
    await manager.keyboard.press('Enter');
    await expect(approving).toBeHidden();
    await expect(manager.getByRole('row').filter({ hasText: title })).toHaveCount(0);
    // The row is gone with its buttons: focus is not lost to nowhere but stays in the page.
    await expect(focused(manager)).toHaveCount(1);
  } finally {
    await managerContext.close();
  }

  // The officer sees the outcome.
  await page.reload();
  await expect(page.getByTestId('status-chip').first()).toHaveAttribute('data-status', 'halted');
});

test('an auditor reviews the trail with the keyboard only: the log, an event expanded, the partnership’s Audit tab, the chain verified', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const officer = await apiToken(request, 'officer');
  const [tashkent] = await (
    await request.get('/api/partnerships', { headers: as(officer), params: { filter: JSON.stringify({ q: 'Tashkent' }) } })
  ).json();

  await signInWithKeyboard(page, 'auditor');
  await openMenu(page, 'Audit log');
  // The newest event: Enter on its row expands the before and after of every field.
  const first = page.locator('table tbody tr').first();
  await tabTo(page, first);
  await expect(first).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Changes in detail').or(page.locator('.MuiCollapse-entered')).first()).toBeVisible();
  // The arrows move to the next event.
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('table tbody tr[tabindex]').nth(1)).toBeFocused();

  // Verifying the chain, from its button.
  await tabTo(page, page.getByRole('button', { name: /Verify/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/intact|verified/i).first()).toBeVisible();
  await page.keyboard.press('Escape');

  // The partnership's own trail.
  await openFromList(page, 'Partnerships', tashkent.code);
  await openTab(page, 'Audit');
  await expect(page.getByRole('list', { name: 'Who changed what, when and why' }).getByRole('listitem').first()).toContainText('Created');
});
