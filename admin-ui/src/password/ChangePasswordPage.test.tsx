import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, AdminUI, CustomRoutes, memoryStore, Resource, TestMemoryRouter } from 'react-admin';
// react-router-dom, the module react-admin itself imports: under vitest, 'react-router' loads a
// second copy whose <Route> react-admin's <Routes> does not recognise.
import { Route } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataProvider } from '../providers/dataProvider';
import { i18nProvider } from '../providers/i18nProvider';
import { jsonResponse } from '../test/jsonResponse';
import { signInAs, testAuthProvider } from '../test/signIn';
import { ChangePasswordPage } from './ChangePasswordPage';

// A whole react-admin page renders here; give slow CI machines time before calling it a failure.
configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
// The page is for a signed-in user; it talks to /api/auth/password through the app's own data
// provider (its changePassword method), so the requests are seen at fetch.
beforeEach(() => {
  localStorage.clear();
  signInAs('officer', 2);
});

/** The page also lists the user's sessions (GET /api/auth/sessions): answered with none; every other call gets the next response. */
function stubFetch(...responses: Response[]) {
  const queue = [...responses];
  const fetchMock = vi.fn<typeof fetch>(async (input) =>
    String(input) === '/api/auth/sessions' ? jsonResponse([]) : (queue.shift() ?? jsonResponse({ message: 'unexpected call' }, 500)),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const passwordCalls = (fetchMock: ReturnType<typeof stubFetch>) => fetchMock.mock.calls.filter(([url]) => String(url) === '/api/auth/password');

function renderPage() {
  return render(
    <TestMemoryRouter initialEntries={['/change-password']}>
      <AdminContext dataProvider={dataProvider} authProvider={testAuthProvider} i18nProvider={i18nProvider} store={memoryStore()}>
        <AdminUI>
          <Resource name="partnerships" list={() => <p>The partnerships list</p>} />
          <CustomRoutes>
            <Route path="/change-password" element={<ChangePasswordPage />} />
          </CustomRoutes>
        </AdminUI>
      </AdminContext>
    </TestMemoryRouter>,
  );
}

// Required inputs carry " *" in their label; the exact strings keep "New password" apart from
// "Repeat new password".
const currentInput = () => screen.findByLabelText<HTMLInputElement>('Current password *');
const newInput = () => screen.findByLabelText<HTMLInputElement>('New password *');
const repeatInput = () => screen.findByLabelText<HTMLInputElement>('Repeat new password *');

async function fillIn(current: string, next: string, repeat: string) {
  fireEvent.change(await currentInput(), { target: { value: current } });
  fireEvent.change(await newInput(), { target: { value: next } });
  fireEvent.change(await repeatInput(), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

/** The text MUI shows under an input: its helper text, which is where errors go. */
function textBeside(input: HTMLInputElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('ChangePasswordPage', { timeout: 30000 }, () => {
  it('blocks a submit whose new passwords differ, or are too short, without calling the server', async () => {
    const fetchMock = stubFetch();
    renderPage();

    await fillIn('old-password-123', 'brand-new-password', 'brand-new-passwork');
    await waitFor(async () => expect(textBeside(await repeatInput())).toContain('The two new passwords differ.'));

    await fillIn('old-password-123', 'short', 'short');
    await waitFor(async () => expect(textBeside(await newInput())).toContain('Use at least 12 characters.'));

    expect(passwordCalls(fetchMock)).toEqual([]);
  });

  it("puts a 422's error beside the current-password input and notifies the server message", async () => {
    const fetchMock = stubFetch(
      jsonResponse(
        {
          statusCode: 422,
          message: 'The current password is not right.',
          errors: { currentPassword: 'is not your current password' },
        },
        422,
      ),
    );
    renderPage();

    await fillIn('wrong-password-1', 'brand-new-password', 'brand-new-password');

    await waitFor(async () => expect(textBeside(await currentInput())).toContain('is not your current password'));
    expect(await screen.findByText('The current password is not right.')).toBeTruthy();
    expect(textBeside(await newInput())).not.toContain('is not your current password');
    // Only the two fields the server accepts, with the session cookie.
    const [[url, init]] = passwordCalls(fetchMock);
    expect(url).toBe('/api/auth/password');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('include');
    expect(JSON.parse(String(init?.body))).toEqual({ currentPassword: 'wrong-password-1', newPassword: 'brand-new-password' });
  });

  it('notifies a 429 (too many wrong passwords) and keeps the user signed in on the page', async () => {
    const message = 'Too many wrong passwords for this account. Try again after 2025-06-30 08:30 UTC, or ask an administrator.';
    stubFetch(jsonResponse({ statusCode: 429, message }, 429));
    renderPage();

    await fillIn('wrong-password-6', 'brand-new-password', 'brand-new-password');

    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryByText('The partnerships list')).toBeNull();
    expect(await currentInput()).toBeTruthy();
  });

  it('says the rules in the introduction', async () => {
    stubFetch();
    renderPage();
    expect(
      await screen.findByText(/Use 12 to 128 characters: not one character repeated, not a common password, and not your username/),
    ).toBeTruthy();
  });

  it('on success notifies, returns to the partnerships list and stores no token', async () => {
    stubFetch(jsonResponse({ user: { id: 2, username: 'officer', role: 'officer' }, accessToken: 'secret-access-token' }));
    renderPage();

    await fillIn('old-password-123', 'brand-new-password', 'brand-new-password');

    expect(await screen.findByText('Password changed. Your other sessions have been signed out.')).toBeTruthy();
    expect(await screen.findByText('The partnerships list')).toBeTruthy();
    expect(JSON.stringify({ ...localStorage })).not.toContain('secret-access-token');
  });
});
