import { expect, test, type Page } from '@playwright/test';
import { apiToken, signIn, tableRows } from './fixtures';

/**
 * The UI and the API docs run under a Content-Security-Policy without 'unsafe-inline' for styles:
 * MUI's runtime styles pass only with the page's nonce, Swagger UI's inline styles by their hash.
 * Whatever the browser refuses is reported here (the `securitypolicyviolation` events and the
 * console's CSP errors), on each kind of page: the login form, a list, a record, a menu, a
 * dialog with a date input, both languages, and /api/docs.
 */
async function watchPolicy(page: Page): Promise<{ refused: () => Promise<string[]> }> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  // Awaited: a page opened before the script is registered would have no list to read.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return {
    refused: async () => [...console, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))],
  };
}

/** MUI's styles did apply: emotion's `<style>` elements exist, each with the page's nonce. */
async function expectNoncedStyles(page: Page): Promise<void> {
  const styles = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLStyleElement>('style[data-emotion]')].map((style) => ({
      nonce: style.nonce,
      rules: style.sheet?.cssRules.length ?? 0,
    })),
  );
  expect(styles.length).toBeGreaterThan(0);
  for (const style of styles) expect(style.nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
  expect(styles.reduce((total, style) => total + style.rules, 0)).toBeGreaterThan(10);
}

test('the UI runs with styles by nonce only: no CSP violation on its pages, menus and dialogs, in both languages', async ({ page, request }) => {
  const policy = await watchPolicy(page);
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toMatch(/style-src 'self' 'nonce-[^']+'(;|$)/);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectNoncedStyles(page);
  // The styles really apply: MUI's contained button is filled, not the browser's default grey.
  const signInButton = page.getByRole('button', { name: 'Sign in' });
  await expect(signInButton).toHaveCSS('text-transform', 'uppercase');
  expect(await policy.refused()).toEqual([]);

  await signIn(page, 'officer');
  await page.getByRole('menuitem', { name: 'Partnerships' }).click();
  await expect(tableRows(page).first()).toBeVisible();
  await page.getByRole('cell', { name: 'Partnership with Busan Metropolitan City' }).click();
  await expect(page.getByTestId('status-chip').first()).toBeVisible();
  await expectNoncedStyles(page);

  // A dialog with a date input (opened and cancelled: nothing is written).
  const token = await apiToken(request, 'officer');
  const [busan] = await (
    await request.get('/api/partnerships', { headers: { Authorization: `Bearer ${token}` }, params: { filter: JSON.stringify({ q: 'Busan' }) } })
  ).json();
  await page.goto(`/#/partnerships/${busan.id}/show`);
  await page.getByRole('button', { name: 'Request status change' }).click();
  const dialog = page.getByRole('dialog', { name: /^Request a status change: / });
  await dialog.getByRole('radio').first().check();
  await dialog.getByLabel('Effective date').fill('31/01/2030');
  await expect(dialog.getByLabel('Effective date')).toHaveValue('31/01/2030');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // The language switch, to Bahasa Melayu and back (it is saved on the profile: leave it English).
  await page.getByRole('button', { name: 'Bahasa Melayu' }).click();
  await page.goto('/#/partnerships');
  await expect(page.getByRole('button', { name: 'Bahasa Melayu' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  expect(await policy.refused()).toEqual([]);
});

test('the API docs (Swagger UI) run under their CSP with no violation', async ({ page }) => {
  const policy = await watchPolicy(page);
  const response = await page.goto('/api/docs');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  await expect(page.getByRole('heading', { name: /KL Partnerships API/ })).toBeVisible();
  // Open one operation, so the rendered schemas and their styles are exercised too.
  await page.getByText('/api/partnerships', { exact: true }).first().click();
  await expect(page.getByText('Parameters').first()).toBeVisible();
  expect(await policy.refused()).toEqual([]);
});
