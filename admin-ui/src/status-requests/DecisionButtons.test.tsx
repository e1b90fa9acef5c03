import type { StatusRequestRecord } from '@klch/shared';
import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { HttpError } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { aStatusRequest } from '../test/records';
import { signInAs } from '../test/signIn';
import { renderForRecord } from '../test/TestAdmin';
import { DecisionButtons } from './DecisionButtons';
import type { StatusRequestMethods } from './statusRequestsApi';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => localStorage.clear());

const MANAGER_ID = 3;
const OTHER_MANAGER_ID = 4;

const request = aStatusRequest({ id: 12, reason: 'halted: COVID-19 outbreak', requestedById: MANAGER_ID });

function dataProviderWith(decide: StatusRequestMethods['decideStatusRequest']) {
  const partnership = { id: 7, code: 'KLCH-IR-2024-007', title: 'Shenzhen' };
  return fakeDataProvider({
    getMany: async () => ({ data: [partnership] }),
    getOne: async () => ({ data: partnership }),
    decideStatusRequest: decide,
  } as never);
}

const renderButtons = (record: StatusRequestRecord, dataProvider = dataProviderWith(vi.fn())) =>
  renderForRecord(<DecisionButtons />, { resource: 'status-requests', record, dataProvider });

const approveButton = () => screen.queryByRole('button', { name: 'Approve' });
const rejectButton = () => screen.queryByRole('button', { name: 'Reject' });

describe('DecisionButtons (four-eyes)', { timeout: 30000 }, () => {
  it("hides Approve and Reject on the manager's own request and says why", async () => {
    signInAs('manager', MANAGER_ID);
    renderButtons(request);
    expect(await screen.findByText('Your request: another manager decides')).toBeTruthy();
    expect(approveButton()).toBeNull();
    expect(rejectButton()).toBeNull();
  });

  it('offers no Approve on a stale request, says in words what changed, and still offers Reject', async () => {
    signInAs('manager', OTHER_MANAGER_ID);
    renderButtons({ ...request, staleSince: { at: '2026-12-02T02:00:00.000Z', byName: 'Demo Officer', fields: ['summary', 'expiresOn'] } });
    expect((await screen.findByTestId('stale-request')).textContent).toBe(
      'Out of date: Summary, Expires on changed by Demo Officer on 02/12/2026, after this request was made, so it can no longer be approved.',
    );
    expect(rejectButton()).toBeTruthy();
    expect(approveButton()).toBeNull();
  });

  it('shows Approve and Reject to another manager', async () => {
    signInAs('manager', OTHER_MANAGER_ID);
    renderButtons(request);
    expect(await screen.findByRole('button', { name: 'Approve' })).toBeTruthy();
    expect(rejectButton()).toBeTruthy();
  });

  it('shows nothing to an officer, nor on a request already decided', async () => {
    signInAs('officer', OTHER_MANAGER_ID);
    renderButtons(request);
    await waitFor(() => expect(approveButton()).toBeNull());
    expect(screen.queryByText('Your request: another manager decides')).toBeNull();
    cleanup();

    signInAs('manager', OTHER_MANAGER_ID);
    renderButtons({ ...request, state: 'approved' });
    await waitFor(() => expect(approveButton()).toBeNull());
    expect(rejectButton()).toBeNull();
  });

  it('requires a comment to reject, then sends it', async () => {
    signInAs('manager', OTHER_MANAGER_ID);
    const decide = vi.fn<StatusRequestMethods['decideStatusRequest']>(async () => ({ data: { ...request, state: 'rejected' } }));
    renderButtons(request, dataProviderWith(decide));

    fireEvent.click(await screen.findByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject: Halted — Shenzhen' });
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
    signInAs('manager', OTHER_MANAGER_ID);
    const message = 'The partnership changed since this request was made (version 4, now 5): stale, review again.';
    const decide = vi.fn<StatusRequestMethods['decideStatusRequest']>(async () => {
      throw new HttpError(message, 409, { statusCode: 409, message });
    });
    renderButtons(request, dataProviderWith(decide));

    fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    await screen.findByRole('dialog', { name: 'Approve: Halted — Shenzhen' });
    fireEvent.click(screen.getAllByRole('button', { name: 'Approve' }).at(-1)!);
    await waitFor(() => expect(decide).toHaveBeenCalledWith(12, 'approve', ''));
    expect(await screen.findByText(message)).toBeTruthy();
  });
});
