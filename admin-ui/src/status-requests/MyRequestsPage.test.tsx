import type { StatusRequestRecord } from '@klch/shared';
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import type { GetListParams } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { signInAs } from '../test/signIn';
import { TestAdmin } from '../test/TestAdmin';
import { MyRequestsPage } from './MyRequestsPage';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  signInAs('officer', 2);
});

const rejected: StatusRequestRecord = {
  id: 31,
  partnershipId: 4,
  fromStatus: 'active',
  toStatus: 'halted',
  reason: 'Budget review',
  effectiveDate: null,
  signedOn: null,
  nextReviewOn: '2027-06-30',
  state: 'rejected',
  baseVersion: 3,
  requestedById: 2,
  requestedByName: 'Test officer 2',
  requestedAt: '2026-11-30T02:00:00.000Z',
  decidedById: 5,
  decidedByName: 'Demo Manager',
  decidedAt: '2026-12-01T03:00:00.000Z',
  comment: 'Not before the partner confirms in writing.',
  staleSince: null,
};

describe('MyRequestsPage', { timeout: 30000 }, () => {
  it("lists only the signed-in user's requests, newest first, with the decision, who made it and their comment", async () => {
    const getList = vi.fn(async (_resource: string, _params: GetListParams) => ({ data: [rejected], total: 1 }));
    render(
      <TestAdmin dataProvider={fakeDataProvider({ getList })}>
        <MyRequestsPage />
      </TestAdmin>,
    );
    const row = (await screen.findByText('Not before the partner confirms in writing.')).closest('tr') as HTMLElement;
    expect(within(row).getByTestId('request-state').textContent).toBe('Rejected');
    expect(within(row).getByText('Demo Manager')).toBeTruthy();
    expect(within(row).getByText('Budget review')).toBeTruthy();
    const [resource, params] = getList.mock.calls.find(([name]) => name === 'status-requests')!;
    expect(resource).toBe('status-requests');
    expect(params.filter).toEqual({ requestedById: 2 });
    expect(params.sort).toEqual({ field: 'requestedAt', order: 'DESC' });
  });
});
