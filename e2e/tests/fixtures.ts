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
