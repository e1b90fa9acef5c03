import type { StatusRequestRecord } from '@klch/shared';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import {
  AdminContext,
  HttpError,
  memoryStore,
  Notification,
  RecordContextProvider,
  ResourceContextProvider,
  TestMemoryRouter,
  type AuthProvider,
  type DataProvider,
} from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../providers/i18nProvider';
import type { ApprovalMethods } from './approvalsApi';
import { DecisionButtons } from './DecisionButtons';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => localStorage.clear());

const MANAGER_ID = 3;
const OTHER_MANAGER_ID = 4;

const request: StatusRequestRecord = {
  id: 12,
  partnershipId: 7,
  fromStatus: 'active',
  toStatus: 'halted',
  reason: 'halted: COVID-19 outbreak',
  effectiveDate: '2026-11-27',
  signedOn: null,
  nextReviewOn: '2027-03-01',
  state: 'pending',
  baseVersion: 4,
  requestedById: MANAGER_ID,
  requestedByName: 'Demo Manager',
  requestedAt: '2026-11-27T08:00:00.000Z',
  decidedById: null,
  decidedByName: null,
  decidedAt: null,
  comment: null,
};

function signInAs(id: number, role: 'manager' | 'officer') {
  localStorage.setItem(
    'klch.user',
    JSON.stringify({ id, username: `u${id}`, fullName: `User ${id}`, email: null, role, active: true, language: 'en' }),
  );
}

const authProvider: AuthProvider = {
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: 0 }),
  getPermissions: async () => 'manager',
  canAccess: async () => true,
};

function dataProviderWith(decide: ApprovalMethods['decideStatusRequest']): DataProvider & ApprovalMethods {
  const partnership = { id: 7, code: 'KLCH-IR-2024-007', title: 'Shenzhen' };
  return {
    getList: async () => ({ data: [], total: 0 }),
    getMany: async () => ({ data: [partnership] }),
    getManyReference: async () => ({ data: [], total: 0 }),
    getOne: async () => ({ data: partnership }),
    update: async () => ({ data: partnership }),
    updateMany: async () => ({ data: [] }),
    create: async () => ({ data: partnership }),
    delete: async () => ({ data: partnership }),
    deleteMany: async () => ({ data: [] }),
    decideStatusRequest: decide,
  } as unknown as DataProvider & ApprovalMethods;
}

function renderButtons(record: StatusRequestRecord, dataProvider = dataProviderWith(vi.fn())) {
  return render(
    <TestMemoryRouter>
      <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore()}>
        <ResourceContextProvider value="status-requests">
          <RecordContextProvider value={record}>
            <DecisionButtons />
          </RecordContextProvider>
        </ResourceContextProvider>
        {/* Where react-admin's layout shows notifications. */}
        <Notification />
      </AdminContext>
    </TestMemoryRouter>,
  );
}

const approveButton = () => screen.queryByRole('button', { name: 'Approve' });
const rejectButton = () => screen.queryByRole('button', { name: 'Reject' });

describe('DecisionButtons (four-eyes)', { timeout: 30000 }, () => {
  it("hides Approve and Reject on the manager's own request and says why", async () => {
    signInAs(MANAGER_ID, 'manager');
    renderButtons(request);
    expect(await screen.findByText('Your request: another manager decides')).toBeTruthy();
    expect(approveButton()).toBeNull();
    expect(rejectButton()).toBeNull();
  });

  it('shows Approve and Reject to another manager', async () => {
    signInAs(OTHER_MANAGER_ID, 'manager');
    renderButtons(request);
    expect(await screen.findByRole('button', { name: 'Approve' })).toBeTruthy();
    expect(rejectButton()).toBeTruthy();
  });

  it('shows nothing to an officer, nor on a request already decided', async () => {
    signInAs(OTHER_MANAGER_ID, 'officer');
    renderButtons(request);
    await waitFor(() => expect(approveButton()).toBeNull());
    expect(screen.queryByText('Your request: another manager decides')).toBeNull();
    cleanup();

    signInAs(OTHER_MANAGER_ID, 'manager');
    renderButtons({ ...request, state: 'approved' });
    await waitFor(() => expect(approveButton()).toBeNull());
    expect(rejectButton()).toBeNull();
  });

  it('requires a comment to reject, then sends it', async () => {
    signInAs(OTHER_MANAGER_ID, 'manager');
    const decide = vi.fn<ApprovalMethods['decideStatusRequest']>(async () => ({ data: { ...request, state: 'rejected' } }));
    renderButtons(request, dataProviderWith(decide));

    fireEvent.click(await screen.findByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject request 12' });
    const submit = () => fireEvent.click(screen.getAllByRole('button', { name: 'Reject' }).at(-1)!);
    submit();
    expect(await screen.findByText('Say why you reject the request.')).toBeTruthy();
    expect(decide).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/^Comment/), { target: { value: 'Not before the review.' } });
    submit();
    await waitFor(() => expect(decide).toHaveBeenCalledWith(12, 'reject', 'Not before the review.'));
    expect(await screen.findByText('Request rejected.')).toBeTruthy();
    await waitFor(() => expect(dialog.isConnected).toBe(false));
  });

  it("shows the server's refusal of a stale approval", async () => {
    signInAs(OTHER_MANAGER_ID, 'manager');
    const message = 'The partnership changed since this request was made (version 4, now 5): stale, review again.';
    const decide = vi.fn<ApprovalMethods['decideStatusRequest']>(async () => {
      throw new HttpError(message, 409, { statusCode: 409, message });
    });
    renderButtons(request, dataProviderWith(decide));

    fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    await screen.findByRole('dialog', { name: 'Approve request 12' });
    fireEvent.click(screen.getAllByRole('button', { name: 'Approve' }).at(-1)!);
    await waitFor(() => expect(decide).toHaveBeenCalledWith(12, 'approve', ''));
    expect(await screen.findByText(message)).toBeTruthy();
  });
});
