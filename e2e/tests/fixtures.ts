import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../playwright.config';

/** Signs in through the login page, as a person would. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Username').fill(username);
  await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-role')).toBeVisible();
}

/** A bearer token for arranging data through the API (the same API the UI uses). */
export async function apiToken(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(response.status()).toBe(200);
  return (await response.json()).accessToken as string;
}

/** The rows of the list's data table (header excluded). */
export const tableRows = (page: Page) => page.locator('table tbody tr');

export const SEED_TITLES = [
  'Energy sector partnership under the Smart City program',
  'Smart City partnership with Fundación Metrópoli',
  'Proposed city partnership with Shenzhen',
  'Sister city nomination: Zhengzhou',
  'Sustainable energy management and decarbonisation with Tokyo',
  'Kuala Lumpur – Tashkent city partnership',
  'Partnership with Seoul Metropolitan Government',
  'Partnership with Busan Metropolitan City',
  'Milan Urban Food Policy Pact (MUFPP)',
];

export interface PartnershipForm {
  title: string;
  /** The category's label as the form shows it, e.g. "International city partnership". */
  category: string;
  /** The instrument's label, e.g. "Memorandum of Understanding (MoU)". */
  instrument: string;
  /** An organisation to add as the first party, typed then picked (its role stays the default). */
  party?: string;
  /** An SDG target code, typed then picked, e.g. "17.16". */
  sdgTarget?: string;
}

/** Fills the partnership create (or edit) form as a person would, by the labels on screen; then Save is the caller's. */
export async function fillPartnershipForm(page: Page, form: PartnershipForm): Promise<void> {
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(form.title);
  await page.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: form.category }).click();
  await page.getByRole('combobox', { name: 'Instrument' }).click();
  await page.getByRole('option', { name: form.instrument }).click();
  if (form.party) {
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('combobox', { name: 'Organisation' }).fill(form.party);
    await page.getByRole('option', { name: form.party, exact: false }).first().click();
  }
  if (form.sdgTarget) {
    await page.getByRole('combobox', { name: 'SDG targets' }).fill(form.sdgTarget);
    await page.getByRole('option', { name: new RegExp(`^${form.sdgTarget.replace('.', '\\.')} — `) }).click();
  }
}
