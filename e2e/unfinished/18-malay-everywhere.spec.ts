import { expect, type Page, test } from '@playwright/test';
import { apiToken } from '../tests/fixtures';

/**
 * Bahasa Melayu, complete: people whose profile says Malay sign in from a Malay browser and walk
 * the main pages of their role; no page may show an English word of the interface. The words
 * below are the interface's (buttons, menus, column heads, react-admin's own strings), chosen so
 * that none occurs in the demo records' names (organisation names stay as their owners spell
 * them; partnership titles have their Malay titles).
 */
const ENGLISH_WORDS = [
  'Add filter',
  'Actions',
  'Approve',
  'Approvals',
  'Audit log',
  'Cancel',
  'Category',
  'Change password',
  'Close',
  'Confirm',
  'Create',
  'Dashboard',
  'Delete',
  'Documents',
  'Edit',
  'Export',
  'Include archived',
  'Instrument',
  'Loading',
  'Logout',
  'Milestones',
  'My requests',
  'No results',
  'Notifications',
  'Organisations',
  'Owner',
  'Partnerships',
  'Refresh',
  'Reject',
  'Required',
  'Rows per page',
  'Save',
  'Search',
  'Settings',
  'Show archived',
  'Sign in',
  'Sign out',
  'Skip to content',
  'Users',
];

/** The words of ENGLISH_WORDS that the page shows, in its text or in what it tells a screen reader. */
async function englishOn(page: Page): Promise<string[]> {
  const said = await page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].map((element) =>
      ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? '').join(' '),
    );
    return [document.title, document.body.innerText, ...labels].join('\n');
  });
  return ENGLISH_WORDS.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(said));
}

async function expectAllMalay(page: Page, where: string): Promise<void> {
  // The page has settled when react-admin's loading bar is gone.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.MuiLinearProgress-root')).toHaveCount(0);
  expect(await englishOn(page), `English words on ${where}`).toEqual([]);
  expect(await page.getAttribute('html', 'lang'), `<html lang> on ${where}`).toBe('ms');
}

const PAGES: Record<string, string[]> = {
  officer: [
    '/#/',
    '/#/partnerships',
    '/#/partnerships/create',
    '/#/organisations',
    '/#/organisations/create',
    '/#/my-requests',
    '/#/notifications',
    '/#/notification-settings',
    '/#/change-password',
    '/#/calendar',
    '/#/map',
  ],
  manager: ['/#/', '/#/status-requests', '/#/partnerships'],
  auditor: ['/#/', '/#/audit-events', '/#/partnerships'],
  admin: ['/#/', '/#/users', '/#/users/create'],
};

test.use({ locale: 'ms-MY' });

test('the login page follows a Malay browser and says nothing in English', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('input[name="username"]')).toBeVisible();
  await expectAllMalay(page, 'the login page');
});

for (const [role, paths] of Object.entries(PAGES)) {
  test(`a ${role} whose profile says Malay sees Malay on every page`, async ({ page, request }) => {
    // An account of its own, made by the admin with Malay as its language: the admin's choice
    // holds from the first sign-in, and the demo accounts other journeys use stay as they are.
    const username = `ms-${role}-${Date.now()}`;
    const password = 'kata-laluan-ujian-panjang';
    const admin = await apiToken(request, 'admin');
    const made = await request.post('/api/users', {
      headers: { Authorization: `Bearer ${admin}` },
      data: { username, fullName: `Pengguna ${role}`, role, language: 'ms', password },
    });
    expect(made.status()).toBe(201);

    await page.goto('/');
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[type="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
    await expect(page.getByTestId('current-role')).toBeVisible();

    for (const path of paths) {
      await page.goto(path);
      await expectAllMalay(page, `${path} (${role})`);
    }

    // A record's page too: the first partnership of the list, every tab.
    if (role !== 'admin') {
      await page.goto('/#/partnerships');
      await page.locator('table tbody tr').first().click();
      await expect(page).toHaveURL(/#\/partnerships\/\d+\/show/);
      await expectAllMalay(page, `a partnership's page (${role})`);
      for (const tab of await page.getByRole('tab').all()) {
        await tab.click();
        await expectAllMalay(page, `the partnership's tab "${await tab.textContent()}" (${role})`);
      }
    }
  });
}
