import type { DataProvider } from 'react-admin';
import { Resource } from 'react-admin';
import { cleanup, configure, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { aPartnership, anOrganisation } from '../test/records';
import { i18nProvider } from '../providers/i18nProvider';
import { renderPage } from '../test/renderPage';
import { signInAs } from '../test/signIn';
import { PartnershipShow } from './PartnershipShow';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => signInAs('officer'));

const seoul = aPartnership({
  id: 7,
  code: 'KLCH-IR-2019-004',
  title: 'Partnership with Seoul Metropolitan Government',
  status: 'active',
  parties: [{ organisationId: 11, role: 'counterpart' }],
  sdgTargets: ['17.16'],
  ownerId: 2,
  ownerName: 'Demo Officer',
  signedOn: '2019-05-10',
  expiresOn: '2029-05-09',
  version: 14,
});
const organisation = anOrganisation({ id: 11, name: 'Seoul Metropolitan Government' });
const milestones = [
  { id: 1, partnershipId: 7, title: 'Signing ceremony', status: 'done', dueOn: '2019-05-10' },
  { id: 2, partnershipId: 7, title: 'Annual report 2026', status: 'planned', dueOn: '2026-12-31' },
];

function provider(partnership = seoul): DataProvider {
  return fakeDataProvider({
    getOne: async () => ({ data: partnership }),
    getMany: async (resource: string) => ({
      data:
        resource === 'organisations'
          ? [organisation]
          : resource === 'sdg-targets'
            ? [{ id: '17.16', code: '17.16', title: 'Enhance the Global Partnership' }]
            : [],
    }),
    getList: async (resource: string) => (resource === 'milestones' ? { data: milestones, total: 2 } : { data: [], total: 0 }),
  } as Partial<DataProvider>);
}

const renderShow = (dataProvider: DataProvider, at = '/partnerships/7/show') =>
  renderPage({ name: 'partnerships', show: PartnershipShow, edit: () => null }, at, dataProvider, [
    <Resource key="o" name="organisations" />,
    <Resource key="m" name="milestones" />,
    <Resource key="s" name="sdg-targets" />,
  ]);

describe('PartnershipShow', { timeout: 30000 }, () => {
  it('opens on a summary: status, dates, parties, SDG targets, owner and the next milestone', async () => {
    renderShow(provider());
    expect(await screen.findByText('Seoul Metropolitan Government')).toBeTruthy();
    expect(screen.getByText('Demo Officer')).toBeTruthy();
    // Formatted by DateField (day first through the app's theme, which this test does not load).
    expect(screen.getByText('10/05/2019')).toBeTruthy();
    expect(screen.getByText('09/05/2029')).toBeTruthy();
    expect(screen.getAllByText('Active').length).toBeGreaterThan(0);
    expect(await screen.findByText('Enhance the Global Partnership')).toBeTruthy();
    // The done one is past: the next is the first still to do.
    expect(await screen.findByText('Annual report 2026, due 31/12/2026')).toBeTruthy();
    expect(screen.queryByText('Signing ceremony')).toBeNull();
  });

  it('offers Edit on a current partnership', async () => {
    renderShow(provider());
    expect(await screen.findByRole('link', { name: 'Edit' })).toBeTruthy();
  });

  it('offers no Edit on an archived one, which the server would refuse, and says it is archived', async () => {
    renderShow(provider({ ...seoul, archivedAt: '2026-11-30T02:00:00.000Z' }));
    expect(await screen.findByTestId('archived-notice')).toBeTruthy();
    await screen.findByText('Seoul Metropolitan Government');
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Request status change' })).toBeNull();
  });

  it('does not show the internal version number on the Record tab', async () => {
    renderShow(provider(), '/partnerships/7/show/record');
    expect(await screen.findByText('Created at')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByText('KLCH-IR-2019-004').length).toBeGreaterThan(0));
    expect(screen.queryByText('Version')).toBeNull();
    expect(screen.queryByText('14')).toBeNull();
  });

  it('names the partnership by its Malay title in Malay, in the page title and the summary', async () => {
    // A new store takes the provider's language: what a Malay profile sets at sign-in.
    await i18nProvider.changeLocale('ms');
    try {
      renderShow(provider({ ...seoul, titleMs: 'Perkongsian dengan Kerajaan Metropolitan Seoul' }));
      expect(await screen.findByText('Perkongsian KLCH-IR-2019-004 Perkongsian dengan Kerajaan Metropolitan Seoul')).toBeTruthy();
      expect(screen.getByRole('tab', { name: 'Ringkasan' })).toBeTruthy();
    } finally {
      await i18nProvider.changeLocale('en');
    }
  });
});
