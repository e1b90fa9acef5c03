import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../playwright.config';

/** Whether focus is on the element or inside it (a radio group, a row's button). */
const holdsFocus = (target: Locator) => target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement));

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user does, and fails if it
 * never comes: what cannot be reached with Tab cannot be used without a mouse.
 */
export async function tabTo(page: Page, target: Locator, { max = 80, backwards = false } = {}): Promise<void> {
  await target.waitFor({ state: 'attached' });
  for (let presses = 0; presses <= max; presses++) {
    if (await holdsFocus(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Not reached with ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}: ${target}`);
}

/** Presses `key` (an arrow) until `target` has focus: moving inside a menu, a list of options, a row of tabs. */
export async function arrowTo(page: Page, target: Locator, key: 'ArrowDown' | 'ArrowUp' | 'ArrowRight' | 'ArrowLeft', max = 30): Promise<void> {
  await target.waitFor({ state: 'attached' });
  for (let presses = 0; presses <= max; presses++) {
    if (await holdsFocus(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Not reached with ${max} presses of ${key}: ${target}`);
}

/** A select (MUI's combobox): Tab to it, open it with Enter, arrow down to the option, Enter. */
export async function chooseOption(page: Page, select: Locator, option: string): Promise<void> {
  await tabTo(page, select);
  await page.keyboard.press('Enter');
  await arrowTo(page, page.getByRole('option', { name: option, exact: true }), 'ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeHidden();
}

/**
 * An autocomplete: Tab to it, type, arrow down until the wanted option is highlighted, Enter.
 * MUI keeps focus in the input and names the highlighted option in aria-activedescendant.
 */
export async function typeAndPick(page: Page, input: Locator, text: string, option: RegExp, max = 20): Promise<void> {
  await tabTo(page, input);
  await page.keyboard.type(text);
  await expect(page.getByRole('option', { name: option }).first()).toBeVisible();
  const highlighted = () =>
    input.evaluate((element) => {
      const id = element.getAttribute('aria-activedescendant');
      return (id && document.getElementById(id)?.textContent) || '';
    });
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press('ArrowDown');
    if (option.test(await highlighted())) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`No option matching ${option} highlighted with ${max} presses of ArrowDown`);
}

/** Types into the field reached with Tab. */
export async function tabAndType(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Signs in on the login page with the keyboard only. */
export async function signInWithKeyboard(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await tabAndType(page, page.getByLabel('Username'), username);
  await tabAndType(page, page.getByRole('textbox', { name: 'Password' }), DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-role')).toBeVisible();
}

/** Opens a menu entry of the sidebar with the keyboard. */
export async function openMenu(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole('menuitem', { name, exact: true }));
  await page.keyboard.press('Enter');
}

/** A show page's tab: Tab to the tab row (the selected tab), arrows to the wanted one, Enter. */
export async function openTab(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole('tab', { selected: true }));
  await arrowTo(page, page.getByRole('tab', { name, exact: true }), 'ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/** The element that has focus now, for asserting where focus went (after a dialog closed). */
export const focused = (page: Page) => page.locator('*:focus');
