import type { AttentionGroup, DashboardRecord } from '@klch/shared';
import { cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countryName } from '../common/countries';
import { fakeDataProvider } from '../test/dataProvider';
import { signInAs } from '../test/signIn';
import { TestAdmin } from '../test/TestAdmin';
import { Dashboard } from './Dashboard';
import type { DashboardMethods } from './dashboardApi';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  signInAs('officer', 2);
});

const group = (more: Partial<AttentionGroup> & Pick<AttentionGroup, 'kind'>): AttentionGroup => ({
  count: 0,
  items: [],
  link: { resource: 'partnerships', filter: {}, sort: { field: 'expiresOn', order: 'ASC' } },
  ...more,
});
const DASHBOARD: DashboardRecord = {
  today: '2026-12-01',
  byStatus: [
    { key: 'active', count: 6 },
    { key: 'halted', count: 1 },
  ],
  byCategory: [{ key: 'international_city', count: 5 }],
  byCountry: [{ key: 'JP', count: 2 }],
  bySdgTarget: [{ key: '17.16', count: 7 }],
  attention: [
    group({
      kind: 'expiring_90',
      count: 1,
      items: [
        {
          id: 9,
          partnershipId: 9,
          code: 'KLCH-IR-2022-004',
          title: 'Memorandum of Understanding with Fundación Metrópoli',
          titleMs: 'Memorandum Persefahaman dengan Fundación Metrópoli',
          status: 'active',
          date: '2026-12-31',
          detail: null,
        },
      ],
      link: {
        resource: 'partnerships',
        filter: { status: 'active', expiresOn_gte: '2026-12-01', expiresOn_lte: '2027-03-01' },
        sort: { field: 'expiresOn', order: 'ASC' },
      },
    }),
    group({ kind: 'milestones_overdue', link: { resource: 'milestones', filter: { overdue: true }, sort: { field: 'dueOn', order: 'ASC' } } }),
  ],
  recentActivity: [
    {
      id: 41,
      at: '2026-12-01T02:15:00.000Z',
      actorName: 'Demo Manager',
      action: 'approve',
      entityType: 'status-requests',
      partnershipId: 3,
      code: 'KLCH-IR-2020-003',
      title: 'Proposed city partnership with Shenzhen',
      titleMs: 'Cadangan perkongsian bandar dengan Shenzhen',
      detail: null,
      toStatus: 'halted',
    },
    {
      id: 40,
      at: '2026-11-30T02:15:00.000Z',
      actorName: 'Demo Officer',
      action: 'create',
      entityType: 'milestones',
      partnershipId: 3,
      code: 'KLCH-IR-2020-003',
      title: 'Proposed city partnership with Shenzhen',
      titleMs: null,
      detail: 'Annual report',
      toStatus: null,
    },
  ],
};

function renderDashboard() {
  const calls: DashboardMethods = { getDashboard: vi.fn(async () => ({ data: DASHBOARD })) };
  render(
    <TestAdmin dataProvider={fakeDataProvider(calls)}>
      <Dashboard />
    </TestAdmin>,
  );
  return calls;
}

describe('Dashboard', { timeout: 30000 }, () => {
  it('shows each attention group with its count, its first records dated day-first, and a link to exactly its list', async () => {
    renderDashboard();
    expect(await screen.findByText('Needs attention today, 01/12/2026')).toBeTruthy();
    const card = screen.getByTestId('attention-expiring_90');
    expect(within(card).getByText('Active, expiring within 90 days')).toBeTruthy();
    expect(within(card).getByTestId('attention-count').textContent).toBe('1');
    const item = within(card).getByRole('link', { name: /KLCH-IR-2022-004/ });
    expect(item.getAttribute('href')).toMatch(/^#?\/partnerships\/9\/show$/);
    expect(card.textContent).toContain('31/12/2026');
    const all = within(card).getByTestId('attention-show-all');
    expect(all.textContent).toBe('Show all 1');
    const target = new URL(all.getAttribute('href')!.replace(/^#/, ''), 'http://x');
    expect(target.pathname).toBe('/partnerships');
    expect(JSON.parse(target.searchParams.get('filter')!)).toEqual({ status: 'active', expiresOn_gte: '2026-12-01', expiresOn_lte: '2027-03-01' });
    expect([target.searchParams.get('sort'), target.searchParams.get('order')]).toEqual(['expiresOn', 'ASC']);
  });

  it('shows an empty group as zero, without a link to a list', async () => {
    renderDashboard();
    const card = await screen.findByTestId('attention-milestones_overdue');
    expect(within(card).getByTestId('attention-count').textContent).toBe('0');
    expect(within(card).queryByTestId('attention-show-all')).toBeNull();
  });

  it('labels the counts with translated statuses and country names', async () => {
    renderDashboard();
    const statuses = await screen.findByTestId('counts-byStatus');
    expect(within(statuses).getByText('Active')).toBeTruthy();
    expect(within(statuses).getByText('6')).toBeTruthy();
    expect(screen.getByTestId('counts-byCountry').textContent).toContain(countryName('JP', 'en'));
    expect(countryName('JP', 'en')).not.toBe('JP');
  });

  it('tells the recent activity in words, naming the partnership by its title, each opening it', async () => {
    renderDashboard();
    const feed = await screen.findByTestId('recent-activity');
    const approved = within(feed).getByRole('link', { name: 'Demo Manager approved Halted for Proposed city partnership with Shenzhen' });
    expect(approved.getAttribute('href')).toMatch(/^#?\/partnerships\/3\/show$/);
    expect(within(feed).getByText('Demo Officer added the milestone "Annual report" to Proposed city partnership with Shenzhen')).toBeTruthy();
    expect(screen.queryByTestId('audit-trail-status')).toBeNull();
  });

  it("shows an auditor the trail's state: its length, the last export and its age, the refusals, and verifies on request", async () => {
    const verifyAuditChain = vi.fn(async () => ({ data: { valid: true as const, count: 1204, headHash: 'a'.repeat(64) } }));
    const record: DashboardRecord = {
      ...DASHBOARD,
      auditTrail: {
        head: { seq: 1204, at: '2026-12-01T02:15:00.000Z' },
        lastExport: null,
        refusals: [
          {
            id: 9,
            at: '2026-12-01T01:00:00.000Z',
            actorName: 'Demo Officer',
            entityType: 'users',
            reason: 'POST /api/users: role officer may not create users',
          },
        ],
      },
    };
    render(
      <TestAdmin dataProvider={fakeDataProvider({ getDashboard: async () => ({ data: record }), verifyAuditChain })}>
        <Dashboard />
      </TestAdmin>,
    );
    const card = await screen.findByTestId('audit-trail-status');
    expect(card.textContent).toContain('1,204 events');
    expect(within(card).getByTestId('last-export').textContent).toMatch(/^Never exported/);
    expect(within(card).getByTestId('refusal').textContent).toContain('Demo Officer — POST /api/users: role officer may not create users');
    fireEvent.click(within(card).getByRole('button', { name: 'Verify the whole chain' }));
    expect((await within(card).findByTestId('verify-result')).textContent).toBe('Intact: 1,204 events, each linked to the one before.');
  });
});
