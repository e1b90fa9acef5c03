import type { OrganisationRecord, OwnerChoiceRecord, PartnershipRecord } from '@klch/shared';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Resource, type CreateParams, type DataProvider } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { aPartnership, anOrganisation } from '../test/records';
import { renderPage } from '../test/renderPage';
import { signInAs } from '../test/signIn';
import { PartnershipCreate } from './PartnershipCreate';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => signInAs('officer', 2, { fullName: 'Demo Officer' }));

const OWNERS: OwnerChoiceRecord[] = [
  { id: 3, fullName: 'Demo Manager', role: 'manager' },
  { id: 2, fullName: 'Demo Officer', role: 'officer' },
];

function provider() {
  const organisations: OrganisationRecord[] = [anOrganisation({ id: 3, name: 'Tokyo Metropolitan Government' })];
  const create = vi.fn(async (resource: string, { data }: CreateParams) => {
    if (resource === 'organisations') {
      const made = anOrganisation({ ...data, id: 21 } as Partial<OrganisationRecord>);
      organisations.push(made);
      return { data: made };
    }
    return { data: aPartnership({ ...(data as Partial<PartnershipRecord>), id: 9, code: 'KLCH-IR-2026-001' }) };
  });
  const dataProvider = fakeDataProvider({
    getList: async (resource: string) =>
      resource === 'organisations' ? { data: organisations, total: organisations.length } : { data: [], total: 0 },
    getMany: async (resource: string, { ids }: { ids: unknown[] }) => ({
      data: resource === 'organisations' ? organisations.filter((organisation) => ids.map(Number).includes(organisation.id)) : [],
    }),
    getOne: async (_resource: string, { id }: { id: unknown }) => ({ data: aPartnership({ id: Number(id), code: 'KLCH-IR-2026-001' }) }),
    create,
    getOwnerChoices: async () => ({ data: OWNERS }),
  } as unknown as Partial<DataProvider>);
  return { dataProvider, create };
}

const renderCreate = (dataProvider: DataProvider) =>
  renderPage({ name: 'partnerships', create: PartnershipCreate, show: () => <p>Its page</p> }, '/partnerships/create', dataProvider, [
    <Resource key="o" name="organisations" />,
    <Resource key="s" name="sdg-targets" />,
  ]);

async function choose(label: string | RegExp, option: string | RegExp) {
  fireEvent.mouseDown(await screen.findByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('PartnershipCreate', { timeout: 60000 }, () => {
  it("creates a partner missing from the list without losing the form, picks an owner, and names the new partnership's code", async () => {
    const { dataProvider, create } = provider();
    renderCreate(dataProvider);

    fireEvent.change(await screen.findByLabelText('Title *'), { target: { value: 'Sister city nomination: Zhengzhou' } });
    await choose(/^Category/, 'International city partnership');
    await choose(/^Instrument/, 'Memorandum of Understanding (MoU)');
    // The owner starts as the signed-in officer; the choices are the active officers and managers.
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Owning officer/ }).textContent).toBe('Demo Officer'));
    await choose(/^Owning officer/, 'Demo Manager');

    // A party the autocomplete does not know: created in a dialog, over the form.
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    const organisation = await screen.findByRole('combobox', { name: /^Organisation/ });
    fireEvent.change(organisation, { target: { value: 'Zhengzhou City' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Create "Zhengzhou City" as a new organisation' }));
    const dialog = await screen.findByRole('dialog', { name: 'New organisation' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Name *').value).toBe('Zhengzhou City');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /^Type/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'City government' }));
    const country = within(dialog).getByRole('combobox', { name: /^Country/ });
    fireEvent.change(country, { target: { value: 'China' } });
    fireEvent.click(await screen.findByRole('option', { name: /^China/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(create).toHaveBeenCalledWith('organisations', expect.anything()));
    expect(create.mock.calls[0][1].data).toMatchObject({ name: 'Zhengzhou City', type: 'city_government', country: 'CN', aliases: [] });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New organisation' })).toBeNull());
    // The dialog's submit did not submit the partnership, and the form kept what was typed.
    expect(create).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText<HTMLInputElement>('Title *').value).toBe('Sister city nomination: Zhengzhou');
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('combobox', { name: /^Organisation/ }).value).toBe('Zhengzhou City'));

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(2));
    expect(create.mock.calls[1][0]).toBe('partnerships');
    expect(create.mock.calls[1][1].data).toMatchObject({
      title: 'Sister city nomination: Zhengzhou',
      category: 'international_city',
      instrument: 'mou',
      ownerId: 3,
      parties: [{ organisationId: 21, role: 'counterpart' }],
    });
    expect(await screen.findByText('Partnership KLCH-IR-2026-001 created')).toBeTruthy();
    expect(await screen.findByText('Its page')).toBeTruthy();
  });
});
