import type { NotificationPreferences, NotificationRecord } from '@klch/shared';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { signInAs } from '../test/signIn';
import { TestAdmin } from '../test/TestAdmin';
import { shouldRefetch } from './LiveUpdates';
import { NotificationBell } from './NotificationBell';
import type { NotificationMethods } from './notificationsApi';
import { NotificationSettingsPage } from './NotificationSettingsPage';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  signInAs('officer', 2);
});

const DECIDED: NotificationRecord = {
  id: 12,
  kind: 'request_decided',
  entityType: 'status-requests',
  entityId: 4,
  partnershipId: 3,
  params: {
    code: 'KLCH-IR-2020-003',
    title: 'Proposed city partnership with Shenzhen',
    titleMs: 'Cadangan perkongsian bandar dengan Shenzhen',
    fromStatus: 'proposed',
    toStatus: 'halted',
    outcome: 'rejected',
    comment: 'Wait for the review.',
    actorName: 'Demo Manager',
  },
  createdAt: '2026-12-01T02:15:00.000Z',
  readAt: null,
};
const EXPIRY: NotificationRecord = {
  id: 11,
  kind: 'reminder_expiry',
  entityType: 'partnerships',
  entityId: 9,
  partnershipId: 9,
  params: { code: 'KLCH-IR-2022-004', title: 'MoU with Fundación Metrópoli', titleMs: null, date: '2026-12-31', days: 29 },
  createdAt: '2026-12-01T01:00:00.000Z',
  readAt: null,
};

function renderBell() {
  const methods: NotificationMethods = {
    markNotificationRead: vi.fn(async (id: number) => ({ data: { ...DECIDED, id, readAt: '2026-12-01T03:00:00.000Z' } })),
    markAllNotificationsRead: vi.fn(async () => ({ data: { marked: 2 } })),
    getNotificationPreferences: vi.fn(),
    setNotificationPreferences: vi.fn(),
  };
  const getList = vi.fn(async () => ({ data: [DECIDED, EXPIRY], total: 2 }));
  render(
    <TestAdmin dataProvider={fakeDataProvider({ ...methods, getList })}>
      <NotificationBell />
    </TestAdmin>,
  );
  return { methods, getList };
}

describe('NotificationBell', { timeout: 30000 }, () => {
  it('shows the unread count, and the notifications in words, with the comment and day-first dates', async () => {
    const { getList } = renderBell();
    const bell = await screen.findByRole('button', { name: 'Notifications: 2 unread' });
    expect(getList).toHaveBeenCalledWith('notifications', expect.objectContaining({ filter: { unread: true } }));
    fireEvent.click(bell);
    const panel = await screen.findByRole('region', { name: 'Notifications' });
    expect(within(panel).getByText('Demo Manager rejected your request: Proposed city partnership with Shenzhen to Halted.')).toBeTruthy();
    expect(within(panel).getByText('Comment: Wait for the review.')).toBeTruthy();
    expect(within(panel).getByText('MoU with Fundación Metrópoli expires on 31/12/2026, in 29 days.')).toBeTruthy();
  });

  it('opening one marks it read; "mark all read" marks them all', async () => {
    const { methods } = renderBell();
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications: 2 unread' }));
    fireEvent.click(await screen.findByText(/rejected your request/));
    await waitFor(() => expect(methods.markNotificationRead).toHaveBeenCalledWith(12));
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications: 2 unread' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(methods.markAllNotificationsRead).toHaveBeenCalled());
  });
});

describe('NotificationSettingsPage', { timeout: 30000 }, () => {
  it('shows every kind with the saved choice, and saves what the user ticks', async () => {
    const saved: NotificationPreferences[] = [];
    const methods: Partial<NotificationMethods> = {
      getNotificationPreferences: vi.fn(async () => ({ data: { emailKinds: ['request_decided'] } as NotificationPreferences })),
      setNotificationPreferences: vi.fn(async (preferences: NotificationPreferences) => {
        saved.push(preferences);
        return { data: preferences };
      }),
    };
    render(
      <TestAdmin dataProvider={fakeDataProvider(methods)}>
        <NotificationSettingsPage />
      </TestAdmin>,
    );
    const decided = (await screen.findByRole('checkbox', { name: 'Request decided' })) as HTMLInputElement;
    await waitFor(() => expect(decided.checked).toBe(true));
    const expiry = screen.getByRole('checkbox', { name: 'Expiry reminder' }) as HTMLInputElement;
    expect(expiry.checked).toBe(false);
    fireEvent.click(expiry);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toEqual([{ emailKinds: ['request_decided', 'reminder_expiry'] }]));
    expect(await screen.findByText('Notification settings saved')).toBeTruthy();
  });
});

describe('shouldRefetch (live updates)', () => {
  const key = (...queryKey: unknown[]) => ({ queryKey });
  it('refetches every list and read of the changed resource', () => {
    expect(shouldRefetch(key('partnerships', 'getOne', { id: '7' }), 'partnerships', '7', '/partnerships/7/show')).toBe(true);
    expect(shouldRefetch(key('partnerships', 'getList', {}), 'partnerships', '7', '/')).toBe(true);
    expect(shouldRefetch(key('partnerships', 'statusHistory', 7), 'partnerships', '7', '/partnerships/7/show')).toBe(true);
    expect(shouldRefetch(key('organisations', 'getList', {}), 'partnerships', '7', '/')).toBe(false);
  });
  it('leaves the record open in an edit form alone, so unsaved typing is not replaced', () => {
    expect(shouldRefetch(key('partnerships', 'getOne', { id: '7' }), 'partnerships', '7', '/partnerships/7')).toBe(false);
    expect(shouldRefetch(key('partnerships', 'getOne', { id: '8' }), 'partnerships', '7', '/partnerships/7')).toBe(true);
  });
});
