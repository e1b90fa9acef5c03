import { expect, test, type APIRequestContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import { auditPage, switchLanguage, type Language } from './a11y';
import { apiToken, signIn } from '../tests/fixtures';

/**
 * axe (WCAG 2.1 AA) on every main page and dialog, in English and in Bahasa Melayu, each page
 * walked by the role that works on it: no serious or critical violation, one h1 per page. Each
 * page's full-page screenshot is saved in the test's output. A walk checks every page first and
 * then fails once, listing every violation of every page.
 */

const TASHKENT = 'Kuala Lumpur – Tashkent city partnership';
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

interface Fixture {
  /** A seed partnership with parties, targets and history: its show page has something on every tab. */
  tashkentId: number;
  /** Our own partnership, with a pending request (draft → proposed) from the officer, for the decision dialogs. */
  pendingTitle: string;
  organisationId: number;
  userId: number;
}

async function arrange(request: APIRequestContext): Promise<Fixture> {
  const officer = await apiToken(request, 'officer');
  const admin = await apiToken(request, 'admin');
  const [tashkent] = await (
    await request.get('/api/partnerships', { headers: as(officer), params: { filter: JSON.stringify({ q: 'Tashkent' }) } })
  ).json();
  expect(tashkent.title).toBe(TASHKENT);
  const [organisation] = await (
    await request.get('/api/organisations', { headers: as(officer), params: { filter: JSON.stringify({ q: 'Tokyo' }) } })
  ).json();
  const pendingTitle = `Accessibility e2e: a proposal waiting for a decision (${Date.now()})`;
  const created = await request.post('/api/partnerships', {
    headers: as(officer),
    data: {
      title: pendingTitle,
      category: 'international_city',
      instrument: 'mou',
      parties: [{ organisationId: organisation.id, role: 'counterpart' }],
    },
  });
  expect(created.status()).toBe(201);
  const asked = await request.post('/api/status-requests', {
    headers: as(officer),
    data: { partnershipId: (await created.json()).id, toStatus: 'proposed' },
  });
  expect(asked.status()).toBe(201);
  const [user] = await (await request.get('/api/users', { headers: as(admin), params: { filter: JSON.stringify({ q: 'officer' }) } })).json();
  return { tashkentId: tashkent.id, pendingTitle, organisationId: organisation.id, userId: user.id };
}

/** One walk: the problems of every page, gathered, with the screenshots named `<role>-<language>-<page>`. */
class Walk {
  readonly problems: string[] = [];
  constructor(
    private readonly page: Page,
    private readonly testInfo: TestInfo,
    private readonly prefix: string,
  ) {}

  /** Opens `path` (the app's hash route), waits for its title and `ready`, and checks it. */
  async visit(name: string, path: string, ready?: (page: Page) => Locator): Promise<void> {
    await this.page.goto(`/#${path}`);
    await this.check(name, ready);
  }

  /** Checks what is on screen now (a tab, an open dialog). */
  async check(name: string, ready?: (page: Page) => Locator): Promise<void> {
    // react-admin's title (the app bar's h1) is set once the page has what it names.
    await expect(this.page.locator('#react-admin-title')).not.toBeEmpty();
    if (ready) await expect(ready(this.page).first()).toBeVisible();
    this.problems.push(...(await auditPage(this.page, this.testInfo, `${this.prefix}-${name}`)));
  }

  /** Every tab of the show page in turn. */
  async tabs(name: string): Promise<void> {
    const tabs = this.page.getByRole('tab');
    await expect(tabs.first()).toBeVisible();
    const count = await tabs.count();
    for (let index = 0; index < count; index++) {
      await tabs.nth(index).click();
      await expect(tabs.nth(index)).toHaveAttribute('aria-selected', 'true');
      await this.check(`${name}-tab-${index + 1}`);
    }
  }

  /** Opens a dialog, checks it, and closes it with Escape (nothing is sent). */
  async dialog(name: string, open: () => Promise<void>): Promise<void> {
    await open();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await this.check(name);
    await this.page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }

  expectNone(): void {
    expect(this.problems, `serious or critical accessibility problems:\n${this.problems.join('\n')}`).toEqual([]);
  }
}

const rows = (page: Page) => page.locator('table tbody tr');

/** The labels the walk presses, in both languages (the production build has no icon test ids to go by). */
const LABELS = {
  requestStatusChange: { en: 'Request status change', ms: 'Mohon perubahan status' },
  approve: { en: 'Approve', ms: 'Luluskan' },
  reject: { en: 'Reject', ms: 'Tolak' },
  signOutEverywhere: { en: 'Sign out everywhere', ms: 'Log keluar di semua tempat' },
} as const;

/** Signs in, switches to `language` for the walk, and back to English after it (the choice is kept on the account). */
async function walkAs(page: Page, testInfo: TestInfo, role: string, language: Language, steps: (walk: Walk) => Promise<void>): Promise<void> {
  await signIn(page, role);
  if (language === 'ms') await switchLanguage(page, 'ms');
  const walk = new Walk(page, testInfo, `${role}-${language}`);
  try {
    await steps(walk);
  } finally {
    if (language === 'ms') await switchLanguage(page, 'en');
  }
  walk.expectNone();
}

let fixture: Fixture;
test.beforeAll(async ({ request }) => {
  fixture = await arrange(request);
});

for (const language of ['en', 'ms'] as const) {
  test.describe(`in ${language === 'en' ? 'English' : 'Bahasa Melayu'}`, () => {
    test.setTimeout(300_000);

    test('the login page has no serious or critical violation', async ({ page }, testInfo) => {
      await page.goto('/');
      if (language === 'ms') {
        await page.getByRole('button', { name: 'Bahasa Melayu', exact: true }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'ms');
      }
      await expect(page.getByRole('textbox').first()).toBeVisible();
      const problems = await auditPage(page, testInfo, `login-${language}`);
      expect(problems, problems.join('\n')).toEqual([]);
    });

    test('an officer’s pages and the status change dialog', async ({ page }, testInfo) => {
      await walkAs(page, testInfo, 'officer', language, async (walk) => {
        await walk.visit('dashboard', '/', (p) => p.getByTestId('dashboard'));
        await walk.visit('partnerships', '/partnerships', rows);
        await walk.visit('partnership-show', `/partnerships/${fixture.tashkentId}/show`);
        await walk.tabs('partnership-show');
        const requestButton = page.getByRole('button', { name: LABELS.requestStatusChange[language] });
        await walk.visit('partnership-show-again', `/partnerships/${fixture.tashkentId}/show`, () => requestButton);
        await walk.dialog('status-change-dialog', () => requestButton.click());
        await walk.visit('partnership-create', '/partnerships/create', (p) => p.getByRole('textbox').first());
        await walk.visit('partnership-edit', `/partnerships/${fixture.tashkentId}`, (p) => p.getByRole('textbox').first());
        await walk.visit('organisations', '/organisations', rows);
        await walk.visit('organisation-show', `/organisations/${fixture.organisationId}/show`);
        await walk.visit('organisation-create', '/organisations/create', (p) => p.getByRole('textbox').first());
        await walk.visit('my-requests', '/my-requests');
        await walk.visit('notifications', '/notifications');
        await walk.visit('notification-settings', '/notification-settings', (p) => p.getByRole('checkbox'));
        await walk.visit('change-password', '/change-password', (p) => p.getByRole('textbox').first());
        await walk.visit('calendar', '/calendar');
        await walk.visit('map', '/map', (p) => p.locator('svg').first());
      });
    });

    test('a manager’s approvals and the approve and reject dialogs', async ({ page }, testInfo) => {
      await walkAs(page, testInfo, 'manager', language, async (walk) => {
        await walk.visit('dashboard', '/', (p) => p.getByTestId('dashboard'));
        await walk.visit('approvals', '/status-requests', rows);
        const row = rows(page).filter({ hasText: fixture.pendingTitle });
        await walk.dialog('approve-dialog', () => row.getByRole('button', { name: LABELS.approve[language] }).click());
        await walk.dialog('reject-dialog', () => row.getByRole('button', { name: LABELS.reject[language] }).click());
      });
    });

    test('an auditor’s audit log, an expanded event and the partnership’s tabs', async ({ page }, testInfo) => {
      await walkAs(page, testInfo, 'auditor', language, async (walk) => {
        await walk.visit('dashboard', '/', (p) => p.getByTestId('dashboard'));
        await walk.visit('audit-log', '/audit-events', rows);
        await rows(page).first().click();
        await walk.check('audit-log-expanded', (p) => p.locator('table tbody tr .MuiCollapse-entered'));
        await walk.visit('partnership-show', `/partnerships/${fixture.tashkentId}/show`);
        await walk.tabs('partnership-show');
      });
    });

    test('an admin’s users and the sign-out-everywhere confirm dialog', async ({ page }, testInfo) => {
      await walkAs(page, testInfo, 'admin', language, async (walk) => {
        await walk.visit('dashboard', '/', (p) => p.getByTestId('dashboard'));
        await walk.visit('users', '/users', rows);
        await walk.visit('user-edit', `/users/${fixture.userId}`, (p) => p.getByRole('textbox').first());
        const everywhere = page.getByRole('button', { name: LABELS.signOutEverywhere[language] });
        await walk.visit('change-password', '/change-password', () => everywhere);
        await walk.dialog('confirm-dialog', () => everywhere.click());
      });
    });
  });
}
