import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { aPartnership, aStatusRequest } from '../test/records';
import { signInAs } from '../test/signIn';
import { renderForRecord } from '../test/TestAdmin';
import { PendingRequestBanner } from './PendingRequestBanner';
import { RejectedRequestBanner } from './RejectedRequestBanner';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  signInAs('officer', 2);
});

const rejected = aStatusRequest({
  id: 21,
  partnershipId: 7,
  state: 'rejected',
  toStatus: 'halted',
  requestedById: 2,
  decidedById: 3,
  decidedByName: 'Demo Manager',
  decidedAt: '2026-12-01T03:00:00.000Z',
  comment: 'Keep it active until the review.',
});

describe('RejectedRequestBanner', { timeout: 30000 }, () => {
  it("shows the latest request's rejection, who, when and the comment, until dismissed", async () => {
    const getList = vi.fn(async () => ({ data: [rejected], total: 1 }));
    renderForRecord(<RejectedRequestBanner />, {
      resource: 'partnerships',
      record: aPartnership({ id: 7 }),
      dataProvider: fakeDataProvider({ getList }),
    });
    const banner = await screen.findByTestId('rejected-status-request');
    expect(banner.textContent).toContain('Demo Manager rejected the change to Halted on 01/12/2026.');
    expect(banner.textContent).toContain('Comment: Keep it active until the review.');
    expect(getList).toHaveBeenCalledWith('status-requests', expect.objectContaining({ filter: { partnershipId: 7 } }));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByTestId('rejected-status-request')).toBeNull());
  });

  it('shows nothing when the latest request was not rejected', async () => {
    const getList = vi.fn(async () => ({ data: [{ ...rejected, state: 'approved' }], total: 1 }));
    renderForRecord(<RejectedRequestBanner />, {
      resource: 'partnerships',
      record: aPartnership({ id: 7 }),
      dataProvider: fakeDataProvider({ getList }),
    });
    await waitFor(() => expect(getList).toHaveBeenCalled());
    expect(screen.queryByTestId('rejected-status-request')).toBeNull();
  });
});

describe('PendingRequestBanner, stale', { timeout: 30000 }, () => {
  it('tells the requester in words why it can no longer be approved, and offers to request again', async () => {
    const stale = aStatusRequest({
      id: 22,
      partnershipId: 7,
      requestedById: 2,
      requestedByName: 'Demo Officer',
      staleSince: { at: '2026-12-02T02:00:00.000Z', byName: 'Demo Manager', fields: ['title'] },
    });
    const create = vi.fn(async (_resource: string, params: { data: object }) => ({ data: { id: 23, ...params.data } }));
    const withdrawStatusRequest = vi.fn(async () => ({ data: { ...stale, state: 'withdrawn' } }));
    renderForRecord(<PendingRequestBanner />, {
      resource: 'partnerships',
      record: aPartnership({ id: 7 }),
      dataProvider: fakeDataProvider({ getList: async () => ({ data: [stale], total: 1 }), create, withdrawStatusRequest }),
    });
    expect((await screen.findByTestId('stale-request')).textContent).toBe(
      'Out of date: Title changed by Demo Manager on 02/12/2026, after this request was made, so it can no longer be approved.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Request again' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(withdrawStatusRequest).toHaveBeenCalledWith(22);
    expect(create.mock.calls[0][1].data).toMatchObject({
      partnershipId: 7,
      toStatus: stale.toStatus,
      reason: stale.reason,
      nextReviewOn: stale.nextReviewOn,
    });
  });
});
