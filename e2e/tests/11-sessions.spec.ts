import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiToken } from './fixtures';

const PASSWORD = 'two-browsers-password-1';

/** A browser of its own (its own cookie), signed in through the login page. */
async function signedInBrowser(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/');
  await page.getByLabel('Username').fill(username);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-role')).toBeVisible();
  return page;
}

async function openSessions(page: Page) {
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'Password and sessions' }).click();
  await expect(page).toHaveURL(/#\/change-password$/);
  const section = page.getByTestId('sessions-section');
  await expect(section.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  return section;
}

const signedOut = async (page: Page) => expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

test('one user in two browsers: logout in one leaves the other, ending one from the other signs it out, sign out everywhere ends both', async ({
  browser,
  request,
}) => {
  // A throwaway account, so ending its sessions leaves the demo users' alone.
  const username = `two-browsers-${Date.now()}`;
  const admin = await apiToken(request, 'admin');
  const created = await request.post('/api/users', {
    headers: { Authorization: `Bearer ${admin}` },
    data: { username, fullName: 'Two Browsers', role: 'officer', password: PASSWORD },
  });
  expect(created.status()).toBe(201);

  const desk = await signedInBrowser(browser, username);
  let laptop = await signedInBrowser(browser, username);

  // Each browser sees both sessions, its own marked.
  const sessions = await openSessions(desk);
  await expect(sessions.locator('tbody tr')).toHaveCount(2);
  await expect(sessions.getByTestId('current-session')).toHaveCount(1);
  await expect(sessions.locator('tbody tr').first()).toContainText(/on Linux/);

  // Logout in one browser ends that session only.
  await laptop.getByRole('button', { name: 'Profile' }).click();
  await laptop.getByRole('menuitem', { name: 'Logout' }).click();
  await signedOut(laptop);
  await desk.reload();
  await expect(sessions.locator('tbody tr')).toHaveCount(1);
  await expect(sessions.getByTestId('current-session')).toHaveCount(1);
  await desk.goto('/#/partnerships');
  await expect(desk.getByTestId('current-role')).toBeVisible();
  await expect(desk.getByRole('button', { name: 'Sign in' })).toHaveCount(0);

  // Ending the other browser's session from this one signs it out at its next request.
  await laptop.context().close();
  laptop = await signedInBrowser(browser, username);
  await openSessions(desk);
  const other = sessions.locator('tbody tr').filter({ hasNot: desk.getByTestId('current-session') });
  await expect(sessions.locator('tbody tr')).toHaveCount(2);
  await other.getByRole('button', { name: 'End' }).click();
  await expect(desk.getByText(/^Session ended: /)).toBeVisible();
  await expect(sessions.locator('tbody tr')).toHaveCount(1);
  await laptop.goto('/#/organisations');
  await signedOut(laptop);

  // Sign out everywhere ends this one too (after a confirmation).
  await laptop.context().close();
  laptop = await signedInBrowser(browser, username);
  await openSessions(desk);
  await sessions.getByRole('button', { name: 'Sign out everywhere' }).click();
  await desk.getByRole('dialog').getByRole('button', { name: 'Sign out everywhere' }).click();
  await signedOut(desk);
  await laptop.goto('/#/organisations');
  await signedOut(laptop);
});
