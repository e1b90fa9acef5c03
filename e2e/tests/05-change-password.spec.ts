import { expect, test, type Page } from '@playwright/test';
import { apiToken } from './fixtures';

/** The login form by hand: fixtures' signIn knows only the demo password. */
async function signInWith(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Username').fill(username);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-role')).toBeVisible();
}

test('a user changes their own password from the user menu and signs in with the new one', async ({ page, request }) => {
  // A throwaway account, so the demo users keep their known password for the other journeys.
  const username = `pw-change-${Date.now()}`;
  const oldPassword = 'first-password-123';
  const newPassword = 'second-password-456';
  const admin = await apiToken(request, 'admin');
  const created = await request.post('/api/users', {
    headers: { Authorization: `Bearer ${admin}` },
    data: { username, fullName: 'Password Changer', role: 'officer', password: oldPassword },
  });
  expect(created.status()).toBe(201);

  await signInWith(page, username, oldPassword);
  // react-admin labels the user menu button "Profile"; it shows the user's name.
  const userMenu = page.getByRole('button', { name: 'Profile' });
  await expect(userMenu).toHaveText('Password Changer');
  await userMenu.click();
  await page.getByRole('menuitem', { name: 'Password and sessions' }).click();
  await expect(page).toHaveURL(/#\/change-password$/);

  // Required inputs carry " *" in their label; anchoring keeps "New password" apart from "Repeat new password".
  const current = page.getByLabel(/^Current password/);
  const fresh = page.getByLabel(/^New password/);
  const repeat = page.getByLabel(/^Repeat new password/);
  const submit = page.getByRole('button', { name: 'Change password' });

  await current.fill('not-my-password-1');
  await fresh.fill(newPassword);
  await repeat.fill(newPassword);
  await submit.click();
  // The server's field error sits under the current-password input (its helper text).
  await expect(current).toHaveAccessibleDescription(/is not your current password/);
  await expect(page.getByText('The current password is not right.')).toBeVisible();

  await current.fill(oldPassword);
  await submit.click();
  await expect(page.getByText('Password changed. Your other sessions have been signed out.')).toBeVisible();
  await expect(page).toHaveURL(/#\/partnerships/);

  // This browser's session was renewed, so it still works; signing out and in proves the new password.
  await userMenu.click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await signInWith(page, username, newPassword);
  await expect(page.getByTestId('current-role')).toHaveAttribute('data-role', 'officer');
});
