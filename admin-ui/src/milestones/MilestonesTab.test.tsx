import type { MilestoneRecord, PartnershipRecord, Role } from '@klch/shared';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, type DataProvider } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { aMilestone, aPartnership } from '../test/records';
import { signInAs } from '../test/signIn';
import { renderForRecord } from '../test/TestAdmin';
import { MilestonesTab } from './MilestonesTab';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => localStorage.clear());

const planned = aMilestone({ id: 11, title: 'Study visit to Tokyo', status: 'planned', version: 2 });
const late = aMilestone({ id: 12, title: 'Joint report', kind: 'report', dueOn: '2026-01-31', status: 'in_progress', overdue: true });
const done = aMilestone({ id: 13, title: 'Signing ceremony', kind: 'signing', status: 'done', completedOn: '2026-02-01' });

function renderTab(role: Role, partnership: PartnershipRecord = aPartnership(), update: DataProvider['update'] = vi.fn() as never) {
  signInAs(role);
  const dataProvider = fakeDataProvider({ getManyReference: async () => ({ data: [planned, late, done], total: 3 }), update });
  renderForRecord(<MilestonesTab />, { resource: 'partnerships', record: partnership, dataProvider });
  return { update };
}

const row = async (title: string) => (await screen.findByText(title)).closest('tr') as HTMLElement;

describe('MilestonesTab', { timeout: 30000 }, () => {
  it('lets an officer add milestones and mark an open one done, never a done one', async () => {
    renderTab('officer');
    expect(await screen.findByRole('button', { name: 'Add milestone' })).toBeTruthy();
    expect(within(await row('Study visit to Tokyo')).getByRole('button', { name: 'Mark done' })).toBeTruthy();
    expect(within(await row('Signing ceremony')).queryByRole('button', { name: 'Mark done' })).toBeNull();
  });

  it('offers an officer no delete (officers cancel a milestone by its status), and a manager a confirmed delete', async () => {
    renderTab('officer');
    const officerRow = await row('Study visit to Tokyo');
    expect(within(officerRow).getByRole('button', { name: 'Mark done' })).toBeTruthy();
    // Not even the column: the stock button would hide itself only once canAccess answers.
    expect(screen.queryByTestId('delete-milestone')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    cleanup();

    const deleteOne = vi.fn(async () => ({ data: planned }));
    signInAs('manager');
    const dataProvider = fakeDataProvider({ getManyReference: async () => ({ data: [planned, late, done], total: 3 }), delete: deleteOne } as never);
    renderForRecord(<MilestonesTab />, { resource: 'partnerships', record: aPartnership(), dataProvider });
    // The stock button asks authProvider.canAccess itself (asynchronously) before it shows.
    fireEvent.click(await within(await row('Study visit to Tokyo')).findByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Delete the milestone "Study visit to Tokyo"?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(deleteOne).toHaveBeenCalledTimes(1));
    expect(deleteOne).toHaveBeenCalledWith('milestones', expect.objectContaining({ id: 11 }));
  });

  it('marks the overdue ones, as the server derives it', async () => {
    renderTab('auditor');
    expect(within(await row('Joint report')).getByTestId('overdue-marker').textContent).toBe('Overdue');
    expect(within(await row('Study visit to Tokyo')).queryByTestId('overdue-marker')).toBeNull();
  });

  it.each<Role>(['auditor', 'admin'])('offers an %s no way to change milestones', async (role) => {
    renderTab(role);
    await row('Study visit to Tokyo');
    expect(screen.queryByRole('button', { name: 'Add milestone' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mark done' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit / })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Cancel the milestone/ })).toBeNull();
    expect(screen.queryByTestId('delete-milestone')).toBeNull();
  });

  it('offers nobody a change on an archived partnership', async () => {
    renderTab('manager', aPartnership({ archivedAt: '2026-11-01T00:00:00.000Z' }));
    await row('Study visit to Tokyo');
    expect(screen.queryByRole('button', { name: 'Add milestone' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mark done' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit / })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Cancel the milestone/ })).toBeNull();
    expect(screen.queryByTestId('delete-milestone')).toBeNull();
  });

  it('marks done with the status and the version read, nothing else, and shows a 409 as the server words it', async () => {
    const message =
      'This milestone was changed by Demo Manager at 2026-11-27 10:15 UTC. Reload to see the latest version, then make your change again.';
    const update = vi.fn(async () => {
      throw new HttpError(message, 409, { statusCode: 409, message });
    }) as unknown as DataProvider['update'];
    renderTab('officer', aPartnership(), update);
    fireEvent.click(within(await row('Study visit to Tokyo')).getByRole('button', { name: 'Mark done' }));

    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    const [resource, params] = vi.mocked(update).mock.calls[0] as unknown as [string, { id: number; data: Partial<MilestoneRecord> }];
    expect(resource).toBe('milestones');
    expect(params.id).toBe(11);
    expect(params.data).toEqual({ status: 'done', version: 2 });
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('edits a milestone in a dialog named after it: a new due date typed day first, with the version read', async () => {
    const update = vi.fn(async (_resource: string, params: { id: number; data: Partial<MilestoneRecord> }) => ({
      data: { ...planned, ...params.data },
    }));
    signInAs('officer');
    const dataProvider = fakeDataProvider({
      getManyReference: async () => ({ data: [planned, late, done], total: 3 }),
      getOne: async () => ({ data: planned }),
      update,
    } as never);
    renderForRecord(<MilestonesTab />, { resource: 'partnerships', record: aPartnership(), dataProvider });
    fireEvent.click(within(await row('Study visit to Tokyo')).getByRole('button', { name: 'Edit Study visit to Tokyo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit milestone: Study visit to Tokyo' });
    const dueOn = await within(dialog).findByLabelText<HTMLInputElement>('Due on');
    fireEvent.change(dueOn, { target: { value: '1/2/2027' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update.mock.calls[0][1].data).toMatchObject({ dueOn: '2027-02-01', version: 2, title: 'Study visit to Tokyo' });
    expect(await screen.findByText('Milestone "Study visit to Tokyo" saved')).toBeTruthy();
  });

  it('refuses an impossible due date in the edit dialog, and sends nothing', async () => {
    const update = vi.fn();
    signInAs('officer');
    const dataProvider = fakeDataProvider({
      getManyReference: async () => ({ data: [planned], total: 1 }),
      getOne: async () => ({ data: planned }),
      update,
    } as never);
    renderForRecord(<MilestonesTab />, { resource: 'partnerships', record: aPartnership(), dataProvider });
    fireEvent.click(within(await row('Study visit to Tokyo')).getByRole('button', { name: 'Edit Study visit to Tokyo' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(await within(dialog).findByLabelText('Due on'), { target: { value: '29/02/2025' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('There is no such day in the calendar')).toBeTruthy();
    expect(update).not.toHaveBeenCalled();
  });

  it('cancels a milestone after a confirmation naming it: the status and the version read, nothing else', async () => {
    const update = vi.fn(async (_resource: string, params: { id: number; data: Partial<MilestoneRecord> }) => ({
      data: { ...planned, ...params.data },
    }));
    renderTab('officer', aPartnership(), update as unknown as DataProvider['update']);
    expect(within(await row('Signing ceremony')).queryByRole('button', { name: /^Cancel the milestone/ })).toBeNull();
    fireEvent.click(within(await row('Study visit to Tokyo')).getByRole('button', { name: 'Cancel the milestone Study visit to Tokyo' }));
    expect(await screen.findByText('Cancel the milestone "Study visit to Tokyo"?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel milestone' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update.mock.calls[0][1]).toMatchObject({ id: 11, data: { status: 'cancelled', version: 2 } });
    expect(await screen.findByText('Milestone "Study visit to Tokyo" cancelled')).toBeTruthy();
  });

  it('keeps the milestone when the confirmation is declined', async () => {
    const { update } = renderTab('officer');
    fireEvent.click(within(await row('Study visit to Tokyo')).getByRole('button', { name: 'Cancel the milestone Study visit to Tokyo' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByText('Cancel the milestone "Study visit to Tokyo"?')).toBeNull());
    expect(update).not.toHaveBeenCalled();
  });
});
