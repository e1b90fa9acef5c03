import type { UserRecord } from '@klch/shared';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { DataProvider } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { aUser } from '../test/records';
import { renderPage } from '../test/renderPage';
import { signInAs } from '../test/signIn';
import { UserList } from './UserList';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => signInAs('admin', 9));

const officer = aUser({ id: 2, username: 'officer', fullName: 'Demo Officer', lastLoginAt: '2026-11-27T06:05:00.000Z', version: 3 });
const locked = aUser({ id: 3, username: 'manager', fullName: 'Demo Manager', role: 'manager', lockedUntil: '2026-11-27T06:20:00.000Z' });
const gone = aUser({ id: 4, username: 'former', fullName: 'Former Officer', active: false, version: 5 });

function listing(overrides: Partial<DataProvider> & Record<string, unknown> = {}) {
  const getList = vi.fn(async () => ({ data: [officer, locked, gone], total: 3 }));
  const dataProvider = fakeDataProvider({ getList, ...overrides } as Partial<DataProvider>);
  renderPage({ name: 'users', list: UserList, edit: () => <p>An account</p>, recordRepresentation: 'fullName' }, '/users', dataProvider);
  return getList;
}

const rowOf = async (name: string) => (await screen.findByText(name)).closest('tr') as HTMLElement;

describe('UserList', { timeout: 30000 }, () => {
  it("shows each account's last sign-in on KL's clock, and a lockout until it ends", async () => {
    listing();
    expect(within(await rowOf('Demo Officer')).getByText('27/11/2026 14:05 MYT')).toBeTruthy();
    expect(within(await rowOf('Demo Officer')).getByText('No')).toBeTruthy();
    expect(within(await rowOf('Demo Manager')).getByText('Until 27/11/2026 14:20 MYT')).toBeTruthy();
    expect(within(await rowOf('Former Officer')).getByText('Never')).toBeTruthy();
    expect(screen.getByText('Last sign-in')).toBeTruthy();
    expect(screen.getByText('Locked out')).toBeTruthy();
  });

  it('filters by role, as the server filters', async () => {
    const getList = listing();
    await screen.findByText('Demo Officer');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Role' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Manager' }));
    await waitFor(() => expect(getList).toHaveBeenLastCalledWith('users', expect.objectContaining({ filter: { role: 'manager' } })));
  });

  it('offers Deactivate (never Delete) on an active account, confirms naming the account, and says it is deactivated', async () => {
    const del = vi.fn(async () => ({ data: { ...officer, active: false } }));
    listing({ delete: del } as Partial<DataProvider>);
    const row = await rowOf('Demo Officer');
    // The stock button shows once authProvider.canAccess has answered.
    const deactivate = await within(row).findByRole('button', { name: 'Deactivate' });
    expect(within(row).queryByRole('button', { name: /Delete/ })).toBeNull();
    fireEvent.click(deactivate);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Deactivate the account of Demo Officer?')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(del).toHaveBeenCalledWith('users', expect.objectContaining({ id: 2 })));
    expect(await screen.findByText('Account of Demo Officer deactivated')).toBeTruthy();
  });

  it('keeps the account when the server refuses (the last admin), and says why', async () => {
    const del = vi.fn(async () => {
      throw Object.assign(new Error('This is the last active admin account: create or promote another admin first.'), { status: 409, body: {} });
    });
    listing({ delete: del } as Partial<DataProvider>);
    fireEvent.click(await within(await rowOf('Demo Officer')).findByRole('button', { name: 'Deactivate' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText(/last active admin account/)).toBeTruthy();
    expect(screen.queryByText(/deactivated/)).toBeNull();
  });

  it('offers Reactivate on a deactivated account, and reactivates it without opening it', async () => {
    const reactivateUser = vi.fn(async (id: number) => ({ data: { ...gone, id, active: true } as UserRecord }));
    listing({ reactivateUser } as Partial<DataProvider>);
    const row = await rowOf('Former Officer');
    expect(within(row).queryByRole('button', { name: 'Deactivate' })).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: 'Reactivate' }));
    await waitFor(() => expect(reactivateUser).toHaveBeenCalledWith(4));
    expect(await screen.findByText('Account of Former Officer reactivated: they can sign in again')).toBeTruthy();
    expect(screen.queryByText('An account')).toBeNull();
  });
});
