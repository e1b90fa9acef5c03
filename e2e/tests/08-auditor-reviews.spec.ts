import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { apiToken, signIn } from './fixtures';

const TASHKENT = 'Kuala Lumpur – Tashkent city partnership';

/** A moment as the as-of picker takes it: local time, to the second (the browser runs on this machine's clock and zone). */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
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
  const edit = timeline.getByRole('listitem').filter({ hasText: newTitle });
  await expect(edit).toHaveCount(1);
  await expect(edit).toContainText('Updated');
  await expect(edit).toContainText('Demo Officer (Officer)');
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

  // The Audit log: verify the chain, then export what the filter selects.
  await page.getByRole('menuitem', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/#\/audit-events/);
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
