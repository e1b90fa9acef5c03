import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** What WCAG 2.1 AA asks; axe's best-practice rules report at most "moderate", so they would not fail anyway. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

export type Language = 'en' | 'ms';

/**
 * Waits until the page has stopped moving: nothing loading in the app bar and no transition
 * running. axe measures colours as they are drawn, and a dialog half-way through its fade-in
 * has every text at a fraction of its contrast.
 */
export async function settle(page: Page): Promise<void> {
  await expect(page.locator('.MuiAppBar-root .MuiCircularProgress-root')).toHaveCount(0);
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

/**
 * Checks the page as it is now: saves a full-page screenshot into the test's output (the artifact
 * a reviewer looks at), runs axe, and counts the h1s. Returns what is wrong, one line each, so a
 * walk can check every page and then fail once with the whole list.
 */
export async function auditPage(page: Page, testInfo: TestInfo, name: string): Promise<string[]> {
  await settle(page);
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  const problems = results.violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => {
      const where = violation.nodes.slice(0, 5).map((node) => node.target.join(' '));
      const more = violation.nodes.length > where.length ? ` (+${violation.nodes.length - where.length} more)` : '';
      return `${name}: [${violation.impact}] ${violation.id} — ${violation.help}: ${where.join(' | ')}${more}`;
    });
  const headings = await page.locator('h1').count();
  if (headings !== 1) problems.push(`${name}: ${headings} h1 elements, one expected (the page title)`);
  return problems;
}

/** The language switch in the app bar (EN | BM): each button is named in its own language. */
export async function switchLanguage(page: Page, language: Language): Promise<void> {
  const name = language === 'ms' ? 'Bahasa Melayu' : 'English';
  const button = page.getByRole('banner').getByRole('button', { name, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}
