import type { AuditEventView } from '@klch/shared';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { GetListParams } from 'react-admin';
import { RecordContextProvider, ResourceContextProvider, TextField } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { signInAs } from '../test/signIn';
import { TestAdmin } from '../test/TestAdmin';
import { PartnershipAuditTab } from './PartnershipAuditTab';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => signInAs('auditor'));

const HASH = '0'.repeat(64);
const anEvent = (overrides: Partial<AuditEventView>): AuditEventView => ({
  id: 1,
  at: '2026-11-27T06:05:00.000Z',
  actorId: 1,
  actorName: 'Demo Officer',
  actorRole: 'officer',
  action: 'update',
  entityType: 'partnerships',
  entityId: '4',
  changes: {},
  reason: null,
  requestId: null,
  prevHash: HASH,
  hash: HASH,
  names: {},
  ...overrides,
});

const HISTORY = [
  anEvent({ id: 10, action: 'create', at: '2026-11-20T02:00:00.000Z', changes: { title: [null, 'Sister city nomination: Zhengzhou'] } }),
  anEvent({
    id: 11,
    action: 'create',
    entityType: 'milestones',
    entityId: '7',
    at: '2026-11-21T02:00:00.000Z',
    changes: { title: [null, 'Signing ceremony'], partnershipId: [null, 4] },
    names: { 'milestones:7': 'Signing ceremony', 'partnerships:4': 'Sister city nomination: Zhengzhou' },
  }),
  anEvent({ id: 12, action: 'update', at: '2026-11-22T02:00:00.000Z', changes: { title: ['Sister city nomination: Zhengzhou', 'Zhengzhou'] } }),
];

function renderTab(recordId = 4) {
  // The same history for whichever partnership is asked, as that partnership's.
  const getList = vi.fn(async (_resource: string, params: GetListParams) => ({
    data: HISTORY.map((event) => (event.entityType === 'partnerships' ? { ...event, entityId: String(params.filter.partnershipId) } : event)),
    total: HISTORY.length,
  }));
  const getPartnershipAsOf = vi.fn(async (id: unknown, asOf: string) => {
    if (asOf < HISTORY[0].at) throw Object.assign(new Error('Partnership 4 did not exist yet'), { status: 404, body: { message: 'not yet' } });
    return { data: { id, asOf, title: asOf < HISTORY[2].at ? 'Sister city nomination: Zhengzhou' : 'Zhengzhou' } };
  });
  const dataProvider = fakeDataProvider({ getList, getPartnershipAsOf });
  const tab = (id: number) => (
    <ResourceContextProvider value="partnerships">
      <RecordContextProvider value={{ id }}>
        <PartnershipAuditTab asOfFields={<TextField source="title" />} />
      </RecordContextProvider>
    </ResourceContextProvider>
  );
  const view = render(<TestAdmin dataProvider={dataProvider}>{tab(recordId)}</TestAdmin>);
  const open = (id: number) => view.rerender(<TestAdmin dataProvider={dataProvider}>{tab(id)}</TestAdmin>);
  return { getList, getPartnershipAsOf, open };
}

describe("the partnership's Audit tab", { timeout: 30000 }, () => {
  it('asks for the whole history of the partnership, its milestones and others included, reads left out', async () => {
    const { getList } = renderTab();
    const timeline = await screen.findByRole('list', { name: 'Who changed what, when and why' });
    expect(getList.mock.calls[0][1].filter).toEqual({ partnershipId: 4, reads: false });
    // A milestone's event says which milestone, by name.
    const milestone = within(timeline).getAllByTestId('audit-event')[1];
    expect(milestone.textContent).toContain('Milestone');
    expect(within(milestone).getByText('Signing ceremony', { selector: 'em' })).toBeTruthy();
    expect(within(milestone).getByText('Sister city nomination: Zhengzhou')).toBeTruthy();
  });

  it("lists the record's own versions, each one click away from the record as it stood then", async () => {
    const { getPartnershipAsOf } = renderTab();
    const versions = await screen.findAllByTestId('as-of-version');
    // The partnership's own changes only (not its milestone's).
    expect(versions.map((button) => button.textContent)).toEqual([
      '#10 · 20/11/2026 10:00 MYT · Created · Demo Officer',
      '#12 · 22/11/2026 10:00 MYT · Updated · Demo Officer',
    ]);
    fireEvent.click(versions[0]);
    await waitFor(() => expect(getPartnershipAsOf).toHaveBeenCalledWith(4, HISTORY[0].at));
    const asOf = await screen.findByRole('region', { name: 'As of 20/11/2026 10:00 MYT' });
    expect(within(asOf).getByText('Sister city nomination: Zhengzhou')).toBeTruthy();
    expect(versions[0].getAttribute('aria-pressed')).toBe('true');
    // The picker follows, on Kuala Lumpur's clock.
    expect((screen.getByLabelText('As of') as HTMLInputElement).value).toMatch(/^2026-11-20T10:00(:00)?$/);
  });

  it('says in words that the record did not exist yet, and when it was created', async () => {
    renderTab();
    await screen.findAllByTestId('as-of-version');
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2026-11-01T09:00:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show as of' }));
    expect((await screen.findByTestId('as-of-failure')).textContent).toBe(
      'This partnership did not exist yet on 01/11/2026 09:00 MYT: it was created on 20/11/2026 10:00 MYT.',
    );
  });

  it('forgets the chosen moment when another partnership is opened', async () => {
    const { open } = renderTab();
    fireEvent.click((await screen.findAllByTestId('as-of-version'))[0]);
    await screen.findByRole('region', { name: /^As of / });
    open(5);
    await waitFor(() => expect(screen.queryByRole('region', { name: /^As of / })).toBeNull());
    expect((await screen.findAllByTestId('as-of-version')).every((button) => button.getAttribute('aria-pressed') === 'false')).toBe(true);
  });
});
