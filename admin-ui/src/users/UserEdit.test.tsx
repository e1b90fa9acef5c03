import type { UserRecord } from '@klch/shared';
import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import type { DataProvider } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { aUser } from '../test/records';
import { renderPage } from '../test/renderPage';
import { signInAs } from '../test/signIn';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => signInAs('admin', 9));

const officer = aUser({ id: 2, username: 'officer', fullName: 'Demo Officer', version: 4 });

function editing(update = vi.fn(async (_resource: string, params: { data: Partial<UserRecord> }) => ({ data: { ...officer, ...params.data } }))) {
  const dataProvider = fakeDataProvider({ getOne: async () => ({ data: officer }), update } as Partial<DataProvider>);
  renderPage({ name: 'users', edit: UserEdit, list: () => <p>The users list</p> }, '/users/2', dataProvider);
  return update;
}

describe('UserEdit', { timeout: 30000 }, () => {
  it('shows the username read-only: a username never changes, as the server ignores a new one', async () => {
    editing();
    const username = await screen.findByLabelText<HTMLInputElement>('Username');
    await waitFor(() => expect(username.value).toBe('officer'));
    expect(username.readOnly).toBe(true);
    expect(screen.getByText('A username never changes: the audit trail knows the account by it.')).toBeTruthy();
  });

  it('saves with the version read, and leaves out an empty password (it means "keep the current one")', async () => {
    const update = editing();
    const fullName = await screen.findByLabelText<HTMLInputElement>('Full name *');
    await waitFor(() => expect(fullName.value).toBe('Demo Officer'));
    fireEvent.change(fullName, { target: { value: 'Aminah Yusof' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    const sent = update.mock.calls[0][1].data;
    expect(sent).toMatchObject({ fullName: 'Aminah Yusof', version: 4, username: 'officer' });
    expect(sent).not.toHaveProperty('password');
    expect(await screen.findByText('The users list')).toBeTruthy();
  });
});

describe("UserEdit of one's own account", { timeout: 30000 }, () => {
  it('offers no role input (no one changes their own role), and sends no role change', async () => {
    const me = aUser({ id: 9, username: 'admin', fullName: 'Demo Admin', role: 'admin', version: 2 });
    const update = vi.fn(async (_resource: string, params: { data: Partial<UserRecord> }) => ({ data: { ...me, ...params.data } }));
    const dataProvider = fakeDataProvider({ getOne: async () => ({ data: me }), update } as Partial<DataProvider>);
    renderPage({ name: 'users', edit: UserEdit, list: () => <p>The users list</p> }, '/users/9', dataProvider);

    expect(await screen.findByTestId('own-role-note')).toBeTruthy();
    expect(screen.getByText(/Your own role is not yours to change/)).toBeTruthy();
    expect(screen.queryByLabelText(/^Role/)).toBeNull();
    const fullName = await screen.findByLabelText<HTMLInputElement>('Full name *');
    await waitFor(() => expect(fullName.value).toBe('Demo Admin'));
    fireEvent.change(fullName, { target: { value: 'Aminah Yusof' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update.mock.calls[0][1].data.role ?? 'admin').toBe('admin');
  });

  it("offers the role input on someone else's account", async () => {
    editing();
    expect(await screen.findByLabelText(/^Role/)).toBeTruthy();
    expect(screen.queryByTestId('own-role-note')).toBeNull();
  });
});

describe('UserCreate', { timeout: 30000 }, () => {
  const creating = () => {
    const create = vi.fn(async (_resource: string, params: { data: object }) => ({ data: { id: 10, ...params.data } }));
    renderPage(
      { name: 'users', create: UserCreate, list: () => <p>The users list</p> },
      '/users/create',
      fakeDataProvider({ create } as Partial<DataProvider>),
    );
    return create;
  };

  it('lets the username be chosen, and sends a new account with its password', async () => {
    const create = creating();
    const username = await screen.findByLabelText<HTMLInputElement>('Username *');
    expect(username.readOnly).toBe(false);
    fireEvent.change(username, { target: { value: 'aminah' } });
    fireEvent.change(screen.getByLabelText('Full name *'), { target: { value: 'Aminah Yusof' } });
    fireEvent.change(screen.getByLabelText('Password *'), { target: { value: 'a-long-enough-password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0][1].data).toMatchObject({
      username: 'aminah',
      fullName: 'Aminah Yusof',
      password: 'a-long-enough-password',
      role: 'officer',
      active: true,
      language: 'en',
    });
  });

  it('sends nothing without a password', async () => {
    const create = creating();
    fireEvent.change(await screen.findByLabelText('Username *'), { target: { value: 'aminah' } });
    fireEvent.change(screen.getByLabelText('Full name *'), { target: { value: 'Aminah Yusof' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The form is not valid. Please check for errors')).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });
});
