import type { SessionRecord } from '@klch/shared';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readStoredUser } from '../common/userStore';
import { fakeDataProvider } from '../test/dataProvider';
import { signInAs } from '../test/signIn';
import { TestAdmin } from '../test/TestAdmin';
import type { SessionMethods } from './sessionsApi';
import { SessionsSection } from './SessionsSection';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  signInAs('officer', 2);
});

const session = (more: Partial<SessionRecord>): SessionRecord => ({
  id: 1,
  device: 'Chromium on Linux',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
  ip: '127.0.0.1',
  signedInAt: '2026-11-27T08:15:00.000Z',
  lastSeenAt: '2026-11-27T10:42:00.000Z',
  expiresAt: '2026-11-27T16:15:00.000Z',
  current: false,
  ...more,
});
const here = session({ id: 7, device: 'Chromium on Linux', current: true });
const phone = session({ id: 5, device: 'Safari on iPhone', ip: '10.1.2.3' });

function renderSection(methods: Partial<SessionMethods> = {}) {
  const calls = {
    getSessions: vi.fn(async () => ({ data: [here, phone] })),
    endSession: vi.fn(async (id: number) => ({ data: id === here.id ? here : phone })),
    signOutEverywhere: vi.fn(async () => ({ data: { ended: 2 } })),
    ...methods,
  };
  render(
    <TestAdmin dataProvider={fakeDataProvider(calls)}>
      <SessionsSection />
    </TestAdmin>,
  );
  return calls;
}

const row = async (device: string) => (await screen.findByText(device)).closest('tr') as HTMLElement;

describe('SessionsSection', { timeout: 30000 }, () => {
  it('lists the sessions with device, address and times, marks the current one, and offers End on each', async () => {
    renderSection();
    expect(await screen.findByRole('heading', { name: 'Sessions' })).toBeTruthy();
    const current = await row('Chromium on Linux');
    expect(within(current).getByTestId('current-session').textContent).toBe('This session');
    const other = await row('Safari on iPhone');
    expect(within(other).queryByTestId('current-session')).toBeNull();
    expect(within(other).getByText('10.1.2.3')).toBeTruthy();
    for (const tr of [current, other]) expect(within(tr).getByRole('button', { name: 'End' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Last seen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out everywhere' })).toBeTruthy();
  });

  it('ends another session, says so and reloads the list, and this browser stays signed in', async () => {
    const calls = renderSection();
    fireEvent.click(within(await row('Safari on iPhone')).getByRole('button', { name: 'End' }));
    await waitFor(() => expect(calls.endSession).toHaveBeenCalledWith(5));
    expect(await screen.findByText('Session ended: Safari on iPhone')).toBeTruthy();
    await waitFor(() => expect(calls.getSessions).toHaveBeenCalledTimes(2));
    expect(readStoredUser()?.id).toBe(2);
  });

  it('signs this browser out after ending the current session', async () => {
    const calls = renderSection();
    fireEvent.click(within(await row('Chromium on Linux')).getByRole('button', { name: 'End' }));
    await waitFor(() => expect(calls.endSession).toHaveBeenCalledWith(7));
    await waitFor(() => expect(readStoredUser()).toBeNull());
  });

  it('signs out everywhere only after a confirmation, and then signs this browser out', async () => {
    const calls = renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out everywhere' }));
    expect(await screen.findByText('Sign out everywhere?')).toBeTruthy();
    expect(calls.signOutEverywhere).not.toHaveBeenCalled();
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => expect(calls.signOutEverywhere).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(readStoredUser()).toBeNull());
  });

  it("shows the server's message when the list cannot be read", async () => {
    renderSection({
      getSessions: vi.fn(async () => {
        throw Object.assign(new Error('The database is busy.'), { status: 503, body: { message: 'The database is busy.' } });
      }),
    });
    expect(await screen.findByText('The database is busy.')).toBeTruthy();
  });
});
