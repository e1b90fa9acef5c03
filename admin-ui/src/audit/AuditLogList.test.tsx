import type { AuditEventView } from '@klch/shared';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { GetListParams } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { renderPage } from '../test/renderPage';
import { signInAs } from '../test/signIn';
import { AuditLogList } from './AuditLogList';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => signInAs('auditor'));

const HASH = '0'.repeat(64);
const anEvent = (overrides: Partial<AuditEventView>): AuditEventView => ({
  id: 1,
  at: '2026-11-27T06:05:00.000Z',
  actorId: 2,
  actorName: 'Demo Manager',
  actorRole: 'manager',
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

const LONG_BEFORE = `${'The partnership covers energy and smart city work. '.repeat(4)}Ends in 2027.`;
const LONG_AFTER = `${'The partnership covers energy and smart city work. '.repeat(4)}Ends in 2028.`;

const EVENTS = [
  anEvent({
    id: 3,
    changes: { summary: [LONG_BEFORE, LONG_AFTER], status: ['active', 'halted'], ownerId: [1, 2], isDemoData: [true, false] },
    names: { 'partnerships:4': 'Sister city nomination: Zhengzhou', 'users:1': 'Demo Officer', 'users:2': 'Demo Manager' },
  }),
  anEvent({
    id: 2,
    action: 'audit_read',
    actorName: 'Demo Auditor',
    actorRole: 'auditor',
    entityType: 'audit-events',
    entityId: null,
    reason: JSON.stringify({ filter: { entityType: 'partnerships', actorId: 2 }, sort: ['id', 'DESC'], range: [0, 49] }),
    names: { 'users:2': 'Demo Manager' },
  }),
];

function renderLog() {
  const getList = vi.fn(async (_resource: string, _params: GetListParams) => ({ data: EVENTS, total: EVENTS.length }));
  const getAuditActors = vi.fn(async () => ({ data: [{ id: 2, fullName: 'Demo Manager', role: 'manager' }] }));
  renderPage({ name: 'audit-events', list: AuditLogList }, '/audit-events', fakeDataProvider({ getList, getAuditActors }));
  return { getList };
}

describe('the Audit log, as a person reads it', { timeout: 30000 }, () => {
  it('names the record and shows labels, names and words rather than codes, ids and JSON', async () => {
    renderLog();
    const row = (await screen.findByText('Sister city nomination: Zhengzhou')).closest('tr')!;
    expect(within(row).getByText(/^Partnership/)).toBeTruthy();
    expect(within(row).getByText('27/11/2026 14:05 MYT')).toBeTruthy();
    // Short values inline by their label; a long one never cut, only pointed to.
    expect(row.textContent).toContain('Active → Halted');
    expect(row.textContent).toContain('changed (expand the row to read it in full)');
    expect(row.textContent).not.toContain('…');
    // The read of the trail says what it asked for, in words.
    const read = screen.getByText(/^Filter: /);
    expect(read.textContent).toBe('Filter: Record type Partnership, Actor Demo Manager · sorted by Seq., newest first · rows 1–50');
    expect(screen.queryByText(/"filter"/)).toBeNull();
  });

  it('shows every before and after whole in the expanded row', async () => {
    renderLog();
    const row = (await screen.findByText('Sister city nomination: Zhengzhou')).closest('tr')!;
    // rowClick="expand": the row opens on a click anywhere but its link.
    fireEvent.click(within(row).getByText('27/11/2026 14:05 MYT'));
    const table = await screen.findByRole('table', { name: 'Changes' });
    const cells = (field: string) =>
      Array.from(table.querySelector(`tr[data-field="${field}"]`)!.querySelectorAll('th, td')).map((cell) => cell.textContent);
    expect(cells('summary')).toEqual(['Summary', LONG_BEFORE, LONG_AFTER]);
    expect(cells('ownerId')[1]).toBe('Demo Officer');
    expect(cells('ownerId')[2]).toBe('Demo Manager');
    expect(cells('isDemoData').slice(1)).toEqual(['Yes', 'No']);
  });

  it('hides reads and sign-ins by default, and shows them when asked', async () => {
    const { getList } = renderLog();
    await screen.findByText('Sister city nomination: Zhengzhou');
    expect(getList.mock.calls.at(-1)![1].filter).toEqual({ reads: false });
    const toggle = screen.getByLabelText('Show reads and sign-ins') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect(getList.mock.calls.at(-1)![1].filter).toEqual({}));
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(getList.mock.calls.at(-1)![1].filter).toEqual({ reads: false }));
  });
});
