import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { apiToken, signIn } from './fixtures';

const TASHKENT = 'Kuala Lumpur – Tashkent city partnership';

/** A moment as the as-of picker takes it: Kuala Lumpur's clock (UTC+8, whatever the browser's zone), to the second. */
function localInput(date: Date): string {
  return new Date(date.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 19);
}

test('an auditor sees who changed a partnership and how, views it as it stood before, verifies the chain and exports it', async ({
  page,
  request,
}) => {
  const officer = await apiToken(request, 'officer');
  const found = await request.get('/api/partnerships', {
    headers: { Authorization: `Bearer ${officer}` },
    params: { filter: JSON.stringify({ q: 'Tashkent' }) },
  });
  const [tashkent] = await found.json();
  const oldTitle: string = tashkent.title;
  expect(oldTitle).toBe(TASHKENT);
  const newTitle = `${TASHKENT} (renamed in e2e ${Date.now()})`;

  // The auditor signs in first, so the seed's creation is safely before the "before" moment.
  await signIn(page, 'auditor');
  const before = new Date();

  // Meanwhile an officer renames the partnership (through the API the UI uses).
  const edited = await request.put(`/api/partnerships/${tashkent.id}`, {
    headers: { Authorization: `Bearer ${officer}` },
    data: { ...tashkent, title: newTitle },
  });
  expect(edited.status()).toBe(200);

  // The Audit tab shows the change, field by field, with before and after.
  await page.goto(`/#/partnerships/${tashkent.id}/show`);
  await expect(page.getByText(newTitle).first()).toBeVisible();
  await page.getByRole('tab', { name: 'Audit' }).click();
  const timeline = page.getByRole('list', { name: 'Who changed what, when and why' });
  // The partnership's own edit (its milestones' events name it too, by its new title).
  const edit = timeline.locator('li[data-entity-type="partnerships"][data-action="update"]').filter({ hasText: newTitle });
  await expect(edit).toHaveCount(1);
  await expect(edit).toContainText('Updated');
  await expect(edit).toContainText('Demo Officer (Officer)');
  await expect(edit).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} MYT/);
  const titleRow = edit.getByRole('table', { name: 'Changes' }).getByRole('row').filter({ hasText: 'Title' });
  await expect(titleRow.getByRole('cell')).toHaveText([oldTitle, newTitle]);
  // The creation is there too, oldest first.
  await expect(timeline.getByRole('listitem').first()).toContainText('Created');

  // As of a moment before the edit, the record had its old title.
  await page.getByLabel('As of').fill(localInput(before));
  await page.getByRole('button', { name: 'Show as of' }).click();
  const asOf = page.getByRole('region', { name: /^As of / });
  await expect(asOf).toBeVisible();
  await expect(asOf.getByText(oldTitle, { exact: true })).toBeVisible();
  await expect(asOf.getByText(newTitle)).toHaveCount(0);

  // Or picked from the record's own versions: as created, then as it stood after the edit.
  const versions = page.getByRole('list', { name: /^Versions of this record/ });
  await versions.getByRole('button', { name: /Created/ }).click();
  await expect(page.getByRole('region', { name: /^As of / }).getByText(oldTitle, { exact: true })).toBeVisible();
  await versions
    .getByRole('button', { name: /Updated/ })
    .last()
    .click();
  await expect(page.getByRole('region', { name: /^As of / }).getByText(newTitle, { exact: true })).toBeVisible();

  // Before the record existed, the answer says so in words.
  await page.getByRole('textbox', { name: 'As of' }).fill('2001-01-01T09:00:00');
  await page.getByRole('button', { name: 'Show as of' }).click();
  await expect(page.getByText(/^This partnership did not exist yet on 01\/01\/2001 09:00 MYT: it was created on /)).toBeVisible();

  // The Audit log: verify the chain, then export what the filter selects.
  await page.getByRole('menuitem', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/#\/audit-events/);
  // Reads and sign-ins are hidden until asked for; the edit reads by name.
  const showReads = page.getByLabel('Show reads and sign-ins');
  await expect(showReads).not.toBeChecked();
  await expect(page.getByRole('row').filter({ hasText: 'Audit trail read' })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: newTitle }).first()).toContainText('Partnership');
  await showReads.check();
  await expect(page.getByRole('row').filter({ hasText: 'Audit trail read' }).first()).toContainText('Filter: Reads and sign-ins hidden');
  await showReads.uncheck();
  await page.getByRole('button', { name: 'Verify chain' }).click();
  const verify = page.getByRole('dialog', { name: 'Verify the audit chain' });
  await expect(verify.getByText(/^Chain intact: \d+ events, head [0-9a-f]{12}$/)).toBeVisible();
  await verify.getByRole('button', { name: 'Close' }).click();
  await expect(verify).toBeHidden();

  // The signed head, kept outside the system, lets a later verification prove nothing was cut off the end.
  const headDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export head' }).click();
  const head = await headDownload;
  expect(head.suggestedFilename()).toMatch(/^audit-head-\d+\.json$/);
  const headPath = await head.path();
  expect(JSON.parse(await readFile(headPath, 'utf8'))).toEqual(
    expect.objectContaining({ seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/), signature: expect.any(String) }),
  );
  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(verify.getByText(/^Chain intact/)).toBeVisible();
  const choosing = page.waitForEvent('filechooser');
  await verify.getByText('Verify against an exported head…').click();
  await (await choosing).setFiles(headPath);
  await expect(verify.getByText(/^The exported head \(event \d+\) is still in the trail/)).toBeVisible();
  await verify.getByRole('button', { name: 'Close' }).click();
  await expect(verify).toBeHidden();

  await page.getByRole('textbox', { name: 'Record ID' }).fill(String(tashkent.id));
  const exportCsv = page.getByRole('link', { name: 'Export CSV' });
  await expect(exportCsv).toHaveAttribute('href', new RegExp(`entityId%22%3A%22${tashkent.id}%22`));
  const downloading = page.waitForEvent('download');
  await exportCsv.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^audit-events-.*\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  const [header, ...lines] = csv.split('\r\n').filter(Boolean);
  expect(header).toBe('id,at,actorId,actorName,actorRole,action,entityType,entityId,changes,reason,requestId,prevHash,hash');
  const editLine = lines.find((line) => line.includes(newTitle));
  expect(editLine).toBeDefined();
  expect(editLine).toContain(',Demo Officer,officer,update,partnerships,');
  expect(editLine).toContain(oldTitle);
});

test('a manager finds the Approvals queue in the menu', async ({ page }) => {
  await signIn(page, 'manager');
  const approvals = page.getByRole('menuitem', { name: 'Approvals' });
  await expect(approvals).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Audit log' })).toHaveCount(0);
  await approvals.click();
  await expect(page).toHaveURL(/#\/status-requests/);
  // The queue opens on pending requests.
  await expect(page.getByRole('combobox', { name: 'State' })).toHaveText('Pending');
});

test('an officer has no Approvals entry in the menu', async ({ page }) => {
  await signIn(page, 'officer');
  await expect(page.getByRole('menuitem', { name: 'Partnerships' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Organisations' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Approvals' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: 'Audit log' })).toHaveCount(0);
});
