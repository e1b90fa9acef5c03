import { type PartnershipRecord, type PartnershipStatus, todayInKualaLumpur } from '@klch/shared';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { HttpError, type DataProvider } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { aPartnership } from '../test/records';
import { signInAs } from '../test/signIn';
import { TestAdmin } from '../test/TestAdmin';
import { StatusChangeDialog } from './StatusChangeDialog';

// A react-admin form renders here; give slow CI machines time before calling it a failure.
configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
// The dialog is an officer's or a manager's, signed in.
beforeEach(() => signInAs('officer'));

const partnership = (status: PartnershipStatus): PartnershipRecord =>
  aPartnership({ id: 7, code: 'KLCH-IR-2019-004', title: 'Partnership with Seoul Metropolitan Government', status, version: 3 });

function renderDialog(status: PartnershipStatus, create: DataProvider['create'] = vi.fn() as never, onClose = vi.fn()) {
  render(
    <TestAdmin dataProvider={fakeDataProvider({ create })}>
      <StatusChangeDialog record={partnership(status)} onClose={onClose} />
    </TestAdmin>,
  );
  return { create, onClose };
}

const radioNames = () => screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent);

describe('StatusChangeDialog', { timeout: 30000 }, () => {
  it('offers exactly the targets the lifecycle allows from the current status', async () => {
    renderDialog('active');
    await screen.findByRole('radio', { name: 'Halted' });
    expect(radioNames()).toEqual(['Halted', 'Expired', 'Terminated', 'Completed']);
    cleanup();

    renderDialog('draft');
    await screen.findByRole('radio', { name: 'Proposed' });
    expect(radioNames()).toEqual(['Proposed', 'Nominated']);
    cleanup();

    renderDialog('halted');
    await screen.findByRole('radio', { name: 'Active' });
    expect(radioNames()).toEqual(['Active', 'Terminated']);
  });

  it('asks for a reason and a next review date when halted is chosen, and sends them', async () => {
    const create = vi.fn(async (_resource: string, params: { data: unknown }) => ({ data: { id: 12, ...(params.data as object) } }));
    const { onClose } = renderDialog('active', create as unknown as DataProvider['create']);

    await screen.findByRole('radio', { name: 'Halted' });
    expect(screen.queryByLabelText(/Next review on/)).toBeNull();
    expect(screen.queryByLabelText(/Signed on/)).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Halted' }));

    const nextReview = await screen.findByLabelText<HTMLInputElement>('Next review on *');
    const reason = screen.getByLabelText<HTMLTextAreaElement>('Reason *');
    expect(screen.queryByLabelText(/Signed on/)).toBeNull();

    // Both are required: nothing is sent without them.
    fireEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findAllByText('Required')).toHaveLength(2);
    expect(create).not.toHaveBeenCalled();

    fireEvent.change(reason, { target: { value: 'COVID-19 outbreak' } });
    fireEvent.change(nextReview, { target: { value: '30/06/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send request' }));

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0][0]).toBe('status-requests');
    expect(create.mock.calls[0][1].data).toEqual({
      partnershipId: 7,
      toStatus: 'halted',
      reason: 'COVID-19 outbreak',
      effectiveDate: todayInKualaLumpur(),
      signedOn: null,
      nextReviewOn: '2026-06-30',
    });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('asks for the signed date, not a review date, when active is chosen', async () => {
    renderDialog('halted');
    fireEvent.click(await screen.findByRole('radio', { name: 'Active' }));
    expect(await screen.findByLabelText('Signed on *')).toBeTruthy();
    expect(screen.queryByLabelText(/Next review on/)).toBeNull();
    // A reason is optional for going back to active.
    expect(screen.getByLabelText('Reason')).toBeTruthy();
  });

  it("shows the server's 409 inside the dialog and stays open", async () => {
    const message =
      'This partnership already has a pending status-change request: wait for its decision, or withdraw it first (request 7: to halted, by Demo Officer at 2025-06-30 08:15 UTC).';
    const create = vi.fn(async () => {
      throw new HttpError(message, 409, { statusCode: 409, message });
    });
    const { onClose } = renderDialog('active', create as unknown as DataProvider['create']);

    fireEvent.click(await screen.findByRole('radio', { name: 'Expired' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send request' }));

    expect(await screen.findByText(message)).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });
});
