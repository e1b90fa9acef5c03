import type { PartnershipRecord, Role } from '@klch/shared';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { aDocument, aPartnership } from '../test/records';
import { signInAs } from '../test/signIn';
import { renderForRecord } from '../test/TestAdmin';
import { DocumentsTab } from './DocumentsTab';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => localStorage.clear());

const mou = aDocument({ id: 21, fileName: 'signed-mou.pdf' });
const note = aDocument({ id: 22, fileName: 'concept-note.docx', category: 'concept_note' });

function renderTab(role: Role, partnership: PartnershipRecord = aPartnership(), deleteOne = vi.fn(async () => ({ data: mou }))) {
  signInAs(role);
  const dataProvider = fakeDataProvider({ getManyReference: async () => ({ data: [mou, note], total: 2 }), delete: deleteOne } as never);
  renderForRecord(<DocumentsTab />, { resource: 'partnerships', record: partnership, dataProvider });
  return deleteOne;
}

const row = async (name: string) => (await screen.findByText(name)).closest('tr') as HTMLElement;

describe('DocumentsTab', { timeout: 30000 }, () => {
  it('lets a manager delete a document, after a confirmation that names it', async () => {
    const deleteOne = renderTab('manager');
    // The stock button asks authProvider.canAccess itself (asynchronously) before it shows.
    fireEvent.click(await within(await row('signed-mou.pdf')).findByRole('button', { name: 'Delete signed-mou.pdf' }));
    expect(await screen.findByText('Delete the document "signed-mou.pdf"?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(deleteOne).toHaveBeenCalledWith('documents', expect.objectContaining({ id: 21 })));
  });

  it('shows a refusal as the server words it, and keeps the row', async () => {
    const message = 'Partnership KLCH-IR-2024-007 is archived: its documents can no longer be changed.';
    renderTab(
      'manager',
      aPartnership(),
      vi.fn(async () => {
        throw new HttpError(message, 422, { statusCode: 422, message });
      }),
    );
    fireEvent.click(await within(await row('signed-mou.pdf')).findByRole('button', { name: 'Delete signed-mou.pdf' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByText('signed-mou.pdf')).toBeTruthy();
  });

  it.each<Role>(['officer', 'auditor', 'admin'])('offers an %s no delete (managers delete documents)', async (role) => {
    renderTab(role);
    await row('signed-mou.pdf');
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
  });

  it('offers no delete on an archived partnership', async () => {
    renderTab('manager', aPartnership({ archivedAt: '2026-11-01T00:00:00.000Z' }));
    await row('signed-mou.pdf');
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
  });

  it("shows when each was uploaded on KL's clock", async () => {
    renderTab('auditor');
    expect(within(await row('signed-mou.pdf')).getByText('27/11/2026 14:05 MYT')).toBeTruthy();
  });

  it('has no control inside another: "Choose file" is a button of its own, the file input outside it', async () => {
    renderTab('officer');
    const choose = await screen.findByRole('button', { name: 'Choose file' });
    expect(choose.tagName).toBe('BUTTON');
    const input = screen.getByLabelText('Choose file');
    expect(input.getAttribute('type')).toBe('file');
    expect(choose.contains(input)).toBe(false);
    expect(input.closest('[role="button"], button, a, label')).toBeNull();
  });
});
