import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, AdminUI, memoryStore, Resource, TestMemoryRouter, useTranslate } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readStoredUser } from '../common/userStore';
import { firstLocale } from '../i18n/firstLocale';
import { authProvider } from '../providers/authProvider';
import { createI18nProvider } from '../providers/i18nProvider';
import { fakeDataProvider } from '../test/dataProvider';
import { jsonResponse } from '../test/jsonResponse';
import { LoginPage } from './LoginPage';
import { forgetProfileRefresh } from './profileLanguageApi';
import { ProfileLanguage } from './ProfileLanguage';

/** What a signed-in user lands on: says which language it is in, and applies the profile's as the app's layout does. */
const Home = () => {
  const translate = useTranslate();
  return (
    <div>
      <ProfileLanguage />
      <p>{translate('ra.page.dashboard')}</p>
    </div>
  );
};

/**
 * The app's sign-in as an anonymous visitor meets it: the real authProvider (no stored user), the
 * real translations opening in the browser's language, and react-admin's routes (after sign-in,
 * to the dashboard). That "/" sends an anonymous visitor here without a "Please login to continue"
 * is authProvider.test.ts's and e2e 01's.
 */
function visit(browserLanguages: string[]) {
  const i18nProvider = createI18nProvider(firstLocale(readStoredUser()?.language, browserLanguages));
  return render(
    <TestMemoryRouter initialEntries={['/login']}>
      <AdminContext dataProvider={fakeDataProvider()} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore()}>
        <AdminUI loginPage={LoginPage} dashboard={Home}>
          {/* Without a resource react-admin shows its welcome page instead of routing. */}
          <Resource name="partnerships" list={Home} />
        </AdminUI>
      </AdminContext>
    </TestMemoryRouter>,
  );
}

const officer = { id: 2, username: 'officer', fullName: 'Demo Officer', email: null, role: 'officer', active: true };

beforeEach(() => {
  localStorage.clear();
  forgetProfileRefresh();
});
afterEach(cleanup);

describe('the login page', () => {
  it('follows a Malay browser: names the product and DBKL in Malay, with Malay labels', async () => {
    visit(['ms-MY', 'en']);

    expect(await screen.findByRole('heading', { level: 1, name: 'Perkongsian KL' })).toBeDefined();
    expect(screen.getByText('Dewan Bandaraya Kuala Lumpur (DBKL)')).toBeDefined();
    expect(screen.getByRole('textbox', { name: /Nama pengguna/ })).toBeDefined();
    expect(screen.getByLabelText(/Kata laluan/)).toBeDefined();
    expect(screen.getByRole('button', { name: 'Log masuk' })).toBeDefined();
    expect(document.documentElement.lang).toBe('ms');
  });

  it('opens in English for an English browser, with one main landmark and one h1', async () => {
    visit(['en-GB']);

    expect(await screen.findByRole('heading', { level: 1, name: 'KL Partnerships' })).toBeDefined();
    expect(screen.getByText('Kuala Lumpur City Hall (DBKL)')).toBeDefined();
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: /Username/ })).toBeDefined();
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows no error before the visitor has done anything', async () => {
    visit(['en']);
    await screen.findByRole('button', { name: 'Sign in' });
    // Long enough for react-admin's redirect from "/" and its notification, if any, to show.
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(screen.queryByText('Please login to continue')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('Required')).toBeNull();
  });

  it('says what is missing only once the visitor tries to sign in', async () => {
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    visit(['ms']);

    fireEvent.click(await screen.findByRole('button', { name: 'Log masuk' }));

    expect(await screen.findAllByText('Wajib diisi')).toHaveLength(2);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('switches between English and Bahasa Melayu on the page, and the page says which is on', async () => {
    visit(['en']);
    const switchGroup = await screen.findByRole('group', { name: 'Language' });
    expect(switchGroup).toBeDefined();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Bahasa Melayu' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Perkongsian KL' }, { timeout: 5000 })).toBeDefined();
    expect(screen.getByRole('group', { name: 'Bahasa' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Bahasa Melayu' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('ms');
    // Signed out, the choice is this browser's only: nothing is sent.
    expect(readStoredUser()).toBeNull();
  });

  it("shows the server's refusal of a wrong password", async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ statusCode: 401, message: 'Wrong username or password.' }, 401)));
    visit(['en']);

    fireEvent.change(await screen.findByRole('textbox', { name: /Username/ }), { target: { value: 'officer' } });
    fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'not-the-password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Wrong username or password.')).toBeDefined();
  });

  it("opens the app in the language of the user's account, which an administrator may have set", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async (url) =>
        jsonResponse(
          String(url).endsWith('/api/auth/login')
            ? { user: { ...officer, language: 'ms' }, accessToken: 'x' }
            : { user: { ...officer, language: 'ms' } },
        ),
      ),
    );
    visit(['en']);

    fireEvent.change(await screen.findByRole('textbox', { name: /Username/ }), { target: { value: 'officer' } });
    fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'demo-pass-1234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    // The dashboard (and its menu entry) in Malay, though the page was English before signing in.
    expect((await screen.findAllByText('Papan pemuka', {}, { timeout: 15000 })).length).toBeGreaterThan(0);
    await waitFor(() => expect(document.documentElement.lang).toBe('ms'));
    // Sign-in, the dashboard, then the page again in Malay: seconds on a busy machine.
  }, 20000);
});
