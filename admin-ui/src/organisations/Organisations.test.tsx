import type { OrganisationRecord } from '@klch/shared';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Resource, type DataProvider } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { aPartnership, anOrganisation } from '../test/records';
import { renderPage } from '../test/renderPage';
import { signInAs } from '../test/signIn';
import organisations from '.';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => signInAs('officer'));

const tokyo = anOrganisation({ id: 3, name: 'Tokyo Metropolitan Government', type: 'city_government', country: 'JP', city: 'Tokyo', version: 5 });
const state = anOrganisation({ id: 4, name: 'U.S. Department of State', aliases: [], type: 'national_agency', country: 'US', city: 'Washington' });
const bureau = anOrganisation({
  id: 5,
  name: 'Bureau of Energy Resources',
  aliases: ['ENR'],
  type: 'national_agency',
  country: 'US',
  city: 'Washington',
  parentId: 4,
});
const all = [tokyo, state, bureau];

const seoul = aPartnership({ id: 7, code: 'KLCH-IR-2019-004', title: 'Partnership with Seoul Metropolitan Government', status: 'halted' });

function dataProvider(
  update: DataProvider['update'] = vi.fn() as never,
  getManyReference: DataProvider['getManyReference'] = async () => ({ data: [], total: 0 }),
) {
  return fakeDataProvider({
    getManyReference,
    getList: async () => ({ data: all, total: all.length }),
    getMany: async (_resource, { ids }) => ({ data: all.filter((organisation) => ids.includes(organisation.id)) }),
    getOne: async (_resource, { id }) => ({ data: all.find((organisation) => organisation.id === Number(id)) as OrganisationRecord }),
    update,
  } as Partial<DataProvider>);
}

const renderOrganisations = (at: string, provider = dataProvider()) =>
  renderPage({ name: 'organisations', ...organisations }, at, provider, <Resource name="partnerships" />);

describe('organisations', { timeout: 30000 }, () => {
  it('lists organisations with their type, country and parent in words', async () => {
    renderOrganisations('/organisations');
    const bureauRow = (await screen.findByText('Bureau of Energy Resources')).closest('tr') as HTMLElement;
    expect(within(bureauRow).getByText('National government agency')).toBeTruthy();
    expect(within(bureauRow).getByText(/United States/)).toBeTruthy();
    expect(await within(bureauRow).findByText('U.S. Department of State')).toBeTruthy();
  });

  it('saves an edit with the version read, and never offers the organisation as its own parent', async () => {
    const update = vi.fn(async (_resource: string, params: { data: Partial<OrganisationRecord> }) => ({
      data: { ...tokyo, ...params.data, version: 6 },
    }));
    renderOrganisations('/organisations/3', dataProvider(update as never));

    const name = await screen.findByLabelText<HTMLInputElement>('Name *');
    await waitFor(() => expect(name.value).toBe('Tokyo Metropolitan Government'));
    const parent = screen.getByRole('combobox', { name: 'Parent organisation' });
    fireEvent.mouseDown(parent);
    const self = await screen.findByRole('option', { name: 'Tokyo Metropolitan Government' });
    expect(self.getAttribute('aria-disabled')).toBe('true');
    expect((await screen.findByRole('option', { name: 'U.S. Department of State' })).getAttribute('aria-disabled')).not.toBe('true');
    fireEvent.keyDown(parent, { key: 'Escape' });

    fireEvent.change(name, { target: { value: 'Tokyo Metropolitan Government (TMG)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update.mock.calls[0][1].data).toMatchObject({ id: 3, name: 'Tokyo Metropolitan Government (TMG)', version: 5, country: 'JP' });
  });

  it("checks the map's coordinates before saving: within range, and both or neither", async () => {
    const update = vi.fn(async (_resource: string, params: { data: Partial<OrganisationRecord> }) => ({
      data: { ...tokyo, ...params.data, version: 6 },
    }));
    renderOrganisations('/organisations/3', dataProvider(update as never));
    const latitude = await screen.findByLabelText<HTMLInputElement>('Latitude');
    const longitude = screen.getByLabelText<HTMLInputElement>('Longitude');
    await waitFor(() => expect(latitude.value).toBe('35.6762'));

    fireEvent.change(longitude, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Give the longitude too, or clear the latitude')).toBeTruthy();
    fireEvent.change(latitude, { target: { value: '95' } });
    fireEvent.change(longitude, { target: { value: '139.6917' } });
    expect(await screen.findByText('Must be between -90 and 90 degrees')).toBeTruthy();
    expect(update).not.toHaveBeenCalled();

    fireEvent.change(latitude, { target: { value: '35.6896' } });
    await waitFor(() => expect(screen.queryByText('Must be between -90 and 90 degrees')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update.mock.calls[0][1].data).toMatchObject({ latitude: 35.6896, longitude: 139.6917 });
  });

  it('shows the coordinates as typed, not rounded to three decimals', async () => {
    renderOrganisations('/organisations/3/show');
    expect(await screen.findByText('139.6503')).toBeTruthy();
    expect(screen.getByText('35.6762')).toBeTruthy();
  });

  it('names the organisation in the message after saving, and opens its page', async () => {
    const update = vi.fn(async (_resource: string, params: { data: Partial<OrganisationRecord> }) => ({
      data: { ...tokyo, ...params.data, version: 6 },
    }));
    renderOrganisations('/organisations/3', dataProvider(update as never));
    const name = await screen.findByLabelText<HTMLInputElement>('Name *');
    await waitFor(() => expect(name.value).toBe('Tokyo Metropolitan Government'));
    fireEvent.change(name, { target: { value: 'Tokyo Metropolitan Government (TMG)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Organisation Tokyo Metropolitan Government (TMG) saved')).toBeTruthy();
  });

  it('shows the partnerships it is a party to, archived ones included, and no version number', async () => {
    const getManyReference = vi.fn(async () => ({ data: [seoul], total: 1 }));
    renderOrganisations('/organisations/3/show', dataProvider(undefined, getManyReference as never));
    expect(await screen.findByText('Partnership with Seoul Metropolitan Government')).toBeTruthy();
    expect(screen.getByText('KLCH-IR-2019-004')).toBeTruthy();
    expect(getManyReference).toHaveBeenCalledWith(
      'partnerships',
      expect.objectContaining({ target: 'organisationId', id: 3, filter: expect.objectContaining({ includeArchived: true }) }),
    );
    expect(screen.queryByText('Version')).toBeNull();
  });
});
