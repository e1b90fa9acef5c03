import type { PartnershipRecord } from '@klch/shared';
import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { HttpError, type DataProvider } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normaliseHttpError } from '../common/httpClient';
import { fakeDataProvider } from '../test/dataProvider';
import { aPartnership } from '../test/records';
import { renderPage } from '../test/renderPage';
import { signInAs } from '../test/signIn';
import { PartnershipEdit } from './PartnershipEdit';

// A whole react-admin page renders here; give slow CI machines time before calling it a failure.
configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => signInAs('officer'));

const base = aPartnership({ title: 'Smart city partnership', version: 3 });

function dataProviderWith(getOne: () => PartnershipRecord, update: DataProvider['update']): DataProvider {
  return fakeDataProvider({ getOne: vi.fn(async () => ({ data: getOne() })) as unknown as DataProvider['getOne'], update });
}

const renderEdit = (dataProvider: DataProvider) => renderPage({ name: 'partnerships', edit: PartnershipEdit }, '/partnerships/7', dataProvider);

// "Title *" (required); "Title in Bahasa Melayu" would also match a looser label query.
const titleInput = () => screen.findByLabelText<HTMLInputElement>('Title *');

describe('PartnershipEdit', { timeout: 30000 }, () => {
  it("shows a 409's message with a Reload that brings the latest version into the form", async () => {
    const message = 'This partnership was changed by Manager Dua at 2026-11-27 10:15. Reload to see the latest version, then make your change again.';
    let current = base;
    const update = vi.fn(async () => {
      throw new HttpError(message, 409, { statusCode: 409, message, current: { version: 4 } });
    }) as unknown as DataProvider['update'];
    const dataProvider = dataProviderWith(() => current, update);
    renderEdit(dataProvider);

    await waitFor(async () => expect((await titleInput()).value).toBe('Smart city partnership'));
    fireEvent.change(await titleInput(), { target: { value: 'My change' } });
    // Meanwhile someone else saved version 4.
    current = { ...base, title: 'Their change', version: 4 };
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(message)).toBeTruthy();
    // The form sent the version it was loaded with: that is how the server noticed.
    expect(vi.mocked(update).mock.calls[0][1].data).toMatchObject({ title: 'My change', version: 3 });

    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(async () => expect((await titleInput()).value).toBe('Their change'));
  });

  it('puts 422 field errors beside the inputs and notifies the server message', async () => {
    const update = vi.fn(async () => {
      throw normaliseHttpError(
        new HttpError('Validation failed', 422, {
          statusCode: 422,
          message: 'Some fields need attention.',
          errors: { title: 'Title must be at most 300 characters.' },
        }),
      );
    }) as unknown as DataProvider['update'];
    renderEdit(dataProviderWith(() => base, update));

    await waitFor(async () => expect((await titleInput()).value).toBe('Smart city partnership'));
    fireEvent.change(await titleInput(), { target: { value: 'x'.repeat(301) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Title must be at most 300 characters.')).toBeTruthy();
    expect(await screen.findByText('Some fields need attention.')).toBeTruthy();
  });
});
