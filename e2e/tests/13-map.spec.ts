import { expect, test } from '@playwright/test';
import { signIn } from './fixtures';

test("an officer opens the partners map from the menu, finds the seed partners and Shenzhen's partnership, in both languages", async ({ page }) => {
  // The map's code (and its world outline) is a chunk of its own: not fetched until the map opens.
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });

  await signIn(page, 'officer');
  expect(scripts.filter((script) => /MapPage/.test(script))).toEqual([]);
  await page.getByRole('menuitem', { name: 'Partners map' }).click();
  await expect(page).toHaveURL(/#\/map$/);
  const map = page.getByTestId('world-map');
  await expect(map).toBeVisible();
  expect(scripts.filter((script) => /MapPage/.test(script))).toHaveLength(1);

  // The seed's cities, each a marker in the colour of its most alive partnership.
  const shenzhen = map.getByRole('button', { name: /Shenzhen City/ });
  await expect(shenzhen).toHaveAttribute('data-status', 'halted');
  await expect(map.getByRole('button', { name: /Tokyo Metropolitan Government/ })).toHaveAttribute('data-status', 'active');
  await expect(map.getByRole('button', { name: /Zhengzhou City/ })).toHaveAttribute('data-status', 'nominated');
  // One marker for the two partners in Washington, and one for the two in Milan.
  await expect(map.getByRole('button', { name: 'Washington: Bureau of Energy Resources, U.S. Department of State' })).toBeVisible();
  await expect(map.getByRole('button', { name: /^Milan: / })).toHaveAttribute('data-status', 'proposed');
  const legend = page.getByTestId('map-legend');
  for (const status of ['Active', 'Nominated', 'Proposed', 'Halted']) await expect(legend.getByText(status, { exact: true })).toBeVisible();
  const unplaced = page.getByTestId('map-unplaced');
  await expect(unplaced.getByText('Not on the map: no coordinates')).toBeVisible();
  await expect(unplaced.getByRole('link', { name: 'Fundación Metrópoli', exact: true })).toBeVisible();

  await shenzhen.click();
  const place = page.getByTestId('map-place');
  await expect(place.getByRole('heading', { name: 'Shenzhen' })).toBeVisible();
  await expect(place.getByTestId('status-chip')).toHaveAttribute('data-status', 'halted');
  await place.getByRole('link', { name: 'Proposed city partnership with Shenzhen' }).click();
  await expect(page).toHaveURL(/#\/partnerships\/\d+\/show$/);
  await expect(page.getByText('COVID-19 outbreak').first()).toBeVisible();

  // In Bahasa Melayu: the same map, its own words and the Malay titles.
  await page.getByRole('button', { name: 'Bahasa Melayu' }).click();
  await page.getByRole('menuitem', { name: 'Peta rakan kongsi' }).click();
  await page
    .getByTestId('world-map')
    .getByRole('button', { name: /Shenzhen City/ })
    .click();
  await expect(page.getByTestId('map-place').getByRole('link', { name: 'Cadangan perkongsian bandar dengan Shenzhen' })).toBeVisible();
  await expect(page.getByTestId('map-legend').getByText('Tergendala', { exact: true })).toBeVisible();
  await expect(page.getByText('Tiada pada peta: tiada koordinat')).toBeVisible();
  // The choice is saved on the profile: back to English for the journeys that follow.
  await page.getByRole('button', { name: 'English' }).click();

  expect(refused).toEqual([]);
});
