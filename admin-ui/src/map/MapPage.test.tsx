import type { OrganisationRecord, PartnershipRecord } from '@klch/shared';
import { cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { useEffect } from 'react';
import { type GetListParams, useLocaleState } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { anOrganisation, aPartnership } from '../test/records';
import { signInAs } from '../test/signIn';
import { TestAdmin } from '../test/TestAdmin';
import MapPage from './MapPage';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  signInAs('auditor', 4);
});

const ORGANISATIONS: OrganisationRecord[] = [
  anOrganisation({ id: 5, name: 'Shenzhen City', country: 'CN', city: 'Shenzhen', latitude: 22.5431, longitude: 114.0579 }),
  anOrganisation({ id: 8, name: 'Tokyo Metropolitan Government' }),
  anOrganisation({ id: 6, name: 'Fundación Metrópoli', country: 'ES', city: null, latitude: null, longitude: null }),
];
const PARTNERSHIPS: PartnershipRecord[] = [
  aPartnership({
    id: 3,
    code: 'KLCH-IR-2020-001',
    title: 'Proposed city partnership with Shenzhen',
    titleMs: 'Cadangan perkongsian bandar dengan Shenzhen',
    status: 'halted',
    parties: [{ organisationId: 5, role: 'counterpart' }],
  }),
  aPartnership({
    id: 4,
    code: 'KLCH-IR-2024-002',
    title: 'Smart port study',
    status: 'proposed',
    parties: [{ organisationId: 5, role: 'co_signatory' }],
  }),
  aPartnership({
    id: 5,
    code: 'KLCH-IR-2023-001',
    title: 'Decarbonisation with Tokyo',
    status: 'active',
    parties: [{ organisationId: 8, role: 'counterpart' }],
  }),
  aPartnership({
    id: 6,
    code: 'KLCH-IR-2021-001',
    title: 'Smart City partnership with Fundación Metrópoli',
    status: 'active',
    parties: [{ organisationId: 6, role: 'counterpart' }],
  }),
];

/** Switches the language as the app bar's menu does. */
const InMalay = () => {
  const [, setLocale] = useLocaleState();
  useEffect(() => setLocale('ms'), [setLocale]);
  return null;
};

function renderMap({ malay = false } = {}) {
  const getList = vi.fn(async (resource: string, params: GetListParams) => {
    if (resource === 'partnerships') return { data: PARTNERSHIPS, total: PARTNERSHIPS.length };
    const ids = params.filter.id as number[];
    return { data: ORGANISATIONS.filter((organisation) => ids.includes(organisation.id)), total: ids.length };
  });
  render(
    <TestAdmin dataProvider={fakeDataProvider({ getList })}>
      {malay && <InMalay />}
      <MapPage />
    </TestAdmin>,
  );
  return getList;
}

const marker = (name: RegExp) => screen.findByRole('button', { name });

describe('MapPage', { timeout: 30000 }, () => {
  it('reads the open partnerships and their parties through the list API', async () => {
    const getList = renderMap();
    await marker(/Shenzhen City/);
    const [, partnerships] = getList.mock.calls.find(([resource]) => resource === 'partnerships')!;
    expect(partnerships.filter).toEqual({ archived: false });
    expect(partnerships.pagination).toEqual({ page: 1, perPage: 100 });
    const [, organisations] = getList.mock.calls.find(([resource]) => resource === 'organisations')!;
    expect([...(organisations.filter.id as number[])].sort()).toEqual([5, 6, 8]);
  });

  it('places a marker per partner with coordinates, coloured by its most alive partnership, with a legend of the colours in order', async () => {
    renderMap();
    expect((await marker(/Shenzhen City/)).getAttribute('data-status')).toBe('proposed');
    expect((await marker(/Tokyo Metropolitan Government/)).getAttribute('data-status')).toBe('active');
    expect(screen.getAllByTestId('map-marker')).toHaveLength(2);
    const legend = screen.getByTestId('map-legend');
    expect([...legend.querySelectorAll('[data-status]')].map((entry) => entry.textContent)).toEqual(['Active', 'Proposed']);
    expect(within(legend).getByText(/first of their statuses in this order/)).toBeTruthy();
  });

  it('lists the partnerships of the partner clicked, each linking to its page, with its status and role', async () => {
    renderMap();
    expect(screen.queryByTestId('map-place')).toBeNull();
    fireEvent.click(await marker(/Shenzhen City/));
    const place = await screen.findByTestId('map-place');
    const link = within(place).getByRole('link', { name: 'Proposed city partnership with Shenzhen' });
    expect(link.getAttribute('href')).toBe('/partnerships/3/show');
    expect(within(place).getByRole('link', { name: 'Smart port study' }).getAttribute('href')).toBe('/partnerships/4/show');
    expect(
      within(place)
        .getAllByTestId('status-chip')
        .map((chip) => chip.textContent),
    ).toEqual(['Proposed', 'Halted']);
    expect(within(place).getByText('KLCH-IR-2020-001 · Counterpart')).toBeTruthy();
    expect(within(place).queryByText('Decarbonisation with Tokyo')).toBeNull();
    fireEvent.click(within(place).getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('map-place')).toBeNull();
  });

  it('opens a partner from the keyboard too', async () => {
    renderMap();
    fireEvent.keyDown(await marker(/Tokyo/), { key: 'Enter' });
    expect(within(await screen.findByTestId('map-place')).getByRole('link', { name: 'Decarbonisation with Tokyo' })).toBeTruthy();
  });

  it('lists the partners without coordinates under the map, with their partnerships', async () => {
    renderMap();
    const unplaced = await screen.findByTestId('map-unplaced');
    expect(within(unplaced).getByText('Not on the map: no coordinates')).toBeTruthy();
    expect(within(unplaced).getByRole('link', { name: 'Fundación Metrópoli' }).getAttribute('href')).toBe('/organisations/6/show');
    expect(within(unplaced).getByRole('link', { name: 'Smart City partnership with Fundación Metrópoli' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Fundación/ })).toBeNull();
  });

  it('speaks Bahasa Melayu: titles, statuses and the legend', async () => {
    renderMap({ malay: true });
    await screen.findByText('Tiada pada peta: tiada koordinat');
    fireEvent.click(await marker(/Shenzhen City/));
    const place = await screen.findByTestId('map-place');
    expect(within(place).getByRole('link', { name: 'Cadangan perkongsian bandar dengan Shenzhen' })).toBeTruthy();
    expect(within(screen.getByTestId('map-legend')).getByText('Aktif')).toBeTruthy();
    expect(screen.getByText('Tiada pada peta: tiada koordinat')).toBeTruthy();
  });
});
