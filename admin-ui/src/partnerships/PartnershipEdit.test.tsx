import type { PartnershipRecord } from '@klch/shared';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import {
  AdminContext,
  AdminUI,
  HttpError,
  memoryStore,
  Resource,
  TestMemoryRouter,
  type AuthProvider,
  type DataProvider,
} from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normaliseHttpError } from '../providers/httpClient';
import { i18nProvider } from '../providers/i18nProvider';
import { PartnershipEdit } from './PartnershipEdit';

// A whole react-admin page renders here; give slow CI machines time before calling it a failure.
configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);

const base: PartnershipRecord = {
  id: 7,
  code: 'KLCH-IR-2024-007',
  title: 'Smart city partnership',
  titleMs: null,
  summary: null,
  category: 'international_city',
  instrument: 'mou',
  status: 'active',
  statusReason: null,
  parties: [],
  themes: [],
  sdgTargets: [],
  alignment: [],
  leadDepartment: null,
  ownerId: null,
  ownerName: null,
  proposedOn: null,
  signedOn: null,
  effectiveFrom: null,
  expiresOn: null,
  nextReviewOn: null,
  isDemoData: false,
  demoNote: null,
  archivedAt: null,
  version: 3,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  createdById: null,
  updatedById: null,
};

const authProvider: AuthProvider = {
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getPermissions: async () => 'officer',
  canAccess: async () => true,
};

function dataProviderWith(getOne: () => PartnershipRecord, update: DataProvider['update']): DataProvider {
  const empty = async () => ({ data: [], total: 0 });
  return {
    getList: empty,
    getMany: async () => ({ data: [] }),
    getManyReference: empty,
    getOne: vi.fn(async () => ({ data: getOne() })) as unknown as DataProvider['getOne'],
    update,
    updateMany: async () => ({ data: [] }),
    create: async () => ({ data: base }) as never,
    delete: async () => ({ data: base }) as never,
    deleteMany: async () => ({ data: [] }),
  };
}

function renderEdit(dataProvider: DataProvider) {
  return render(
    <TestMemoryRouter initialEntries={['/partnerships/7']}>
      <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore()}>
        <AdminUI>
          <Resource name="partnerships" edit={PartnershipEdit} />
        </AdminUI>
      </AdminContext>
    </TestMemoryRouter>,
  );
}

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
