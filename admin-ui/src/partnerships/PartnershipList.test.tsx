import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../providers/i18nProvider';
import { fakeDataProvider } from '../test/dataProvider';
import { aPartnership } from '../test/records';
import { renderPage } from '../test/renderPage';
import { signInAs } from '../test/signIn';
import { PartnershipList } from './PartnershipList';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => localStorage.clear());

describe('PartnershipList: My partnerships', { timeout: 30000 }, () => {
  it('filters the list to the ones the officer owns, and back', async () => {
    signInAs('officer', 2);
    const getList = vi.fn(async () => ({ data: [], total: 0 }));
    renderPage({ name: 'partnerships', list: PartnershipList }, '/partnerships', fakeDataProvider({ getList }));
    const mine = await screen.findByRole('switch', { name: 'My partnerships' });
    fireEvent.click(mine);
    await waitFor(() =>
      expect(getList).toHaveBeenLastCalledWith('partnerships', expect.objectContaining({ filter: expect.objectContaining({ ownerId: 2 }) })),
    );
    // Off again: the unfiltered list (read from react-query's cache, so no new call is needed).
    fireEvent.click(mine);
    await waitFor(() => expect((mine as HTMLInputElement).checked).toBe(false));
  });

  it('is not offered to an auditor, who owns nothing', async () => {
    signInAs('auditor', 5);
    renderPage({ name: 'partnerships', list: PartnershipList }, '/partnerships', fakeDataProvider());
    await screen.findByRole('switch', { name: 'Include archived' });
    expect(screen.queryByRole('switch', { name: 'My partnerships' })).toBeNull();
  });
});

describe('PartnershipList: Include archived', { timeout: 30000 }, () => {
  it('"Include archived" asks the server for the archived ones as well as the current ones', async () => {
    signInAs('officer', 2);
    const getList = vi.fn(async () => ({ data: [], total: 0 }));
    renderPage({ name: 'partnerships', list: PartnershipList }, '/partnerships', fakeDataProvider({ getList }));
    fireEvent.click(await screen.findByRole('switch', { name: 'Include archived' }));
    await waitFor(() =>
      expect(getList).toHaveBeenLastCalledWith(
        'partnerships',
        expect.objectContaining({ filter: expect.objectContaining({ includeArchived: true }) }),
      ),
    );
    expect(getList).not.toHaveBeenCalledWith('partnerships', expect.objectContaining({ filter: expect.objectContaining({ archived: true }) }));
  });
});

describe('PartnershipList: the reader’s language', { timeout: 30000 }, () => {
  it('shows the Malay title in Malay, and the English one where there is none', async () => {
    signInAs('officer', 2);
    const rows = [
      aPartnership({
        id: 1,
        code: 'KLCH-IR-2020-001',
        title: 'Proposed city partnership with Shenzhen',
        titleMs: 'Cadangan perkongsian bandar dengan Shenzhen',
      }),
      aPartnership({ id: 2, code: 'KLCH-IR-2022-003', title: 'Milan Urban Food Policy Pact (MUFPP)', titleMs: null }),
    ];
    await i18nProvider.changeLocale('ms');
    try {
      renderPage(
        { name: 'partnerships', list: PartnershipList },
        '/partnerships',
        fakeDataProvider({ getList: async () => ({ data: rows, total: 2 }) }),
      );
      expect(await screen.findByText('Cadangan perkongsian bandar dengan Shenzhen')).toBeTruthy();
      expect(screen.queryByText('Proposed city partnership with Shenzhen')).toBeNull();
      expect(screen.getByText('Milan Urban Food Policy Pact (MUFPP)')).toBeTruthy();
    } finally {
      await i18nProvider.changeLocale('en');
    }
  });
});
