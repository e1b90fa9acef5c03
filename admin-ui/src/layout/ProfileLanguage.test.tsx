import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useTranslate } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readStoredUser } from '../common/userStore';
import { jsonResponse } from '../test/jsonResponse';
import { signInAs } from '../test/signIn';
import { TestAdmin } from '../test/TestAdmin';
import { LanguageSwitch } from './LanguageSwitch';
import { forgetProfileRefresh } from './profileLanguageApi';
import { ProfileLanguage } from './ProfileLanguage';

/** A signed-in page: the app bar's switch, the layout's ProfileLanguage, and a text in the current language. */
const Page = () => {
  const translate = useTranslate();
  return (
    <>
      <ProfileLanguage />
      <LanguageSwitch onAppBar />
      <p>{translate('ra.action.save')}</p>
    </>
  );
};

/** A switch of language re-mounts the whole page: on a busy machine that takes more than a second. */
const SLOW = { timeout: 5000 };

type Call = { url: string; method: string; body: unknown };

/** The API as far as these pages use it: GET /api/auth/me answers `account`, PUT of the language answers `put`. */
function stubApi(account: () => object, put: (body: { language: string }) => Response = (body) => jsonResponse({ user: { ...account(), ...body } })) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (url, init) => {
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      calls.push({ url: String(url), method: init?.method ?? 'GET', body });
      if (String(url) === '/api/auth/me/language' && init?.method === 'PUT') return put(body);
      return jsonResponse({ user: account() });
    }),
  );
  return calls;
}

beforeEach(() => {
  localStorage.clear();
  forgetProfileRefresh();
});
afterEach(cleanup);

describe("the signed-in user's language", () => {
  it('is the one stored at sign-in, from the first page on', async () => {
    const user = signInAs('officer', 7, { language: 'ms' });
    stubApi(() => user);
    render(
      <TestAdmin>
        <Page />
      </TestAdmin>,
    );
    expect(await screen.findByText('Simpan', {}, SLOW)).toBeDefined();
    expect(document.documentElement.lang).toBe('ms');
  });

  it("follows the account when it was changed on another device since this browser's sign-in", async () => {
    const user = signInAs('manager', 8, { language: 'en' });
    const calls = stubApi(() => ({ ...user, language: 'ms' }));
    render(
      <TestAdmin>
        <Page />
      </TestAdmin>,
    );
    expect(await screen.findByText('Simpan', {}, SLOW)).toBeDefined();
    expect(readStoredUser()?.language).toBe('ms');
    // Asked once for the page load, not again on the re-render in the new language.
    expect(calls.filter((call) => call.url === '/api/auth/me')).toHaveLength(1);
  });

  it('is saved on the account when the user switches, and the page switches at once', async () => {
    const user = signInAs('auditor', 9, { language: 'en' });
    const calls = stubApi(() => user);
    render(
      <TestAdmin>
        <Page />
      </TestAdmin>,
    );
    await screen.findByText('Save');

    fireEvent.click(screen.getByRole('button', { name: 'Bahasa Melayu' }));

    expect(await screen.findByText('Simpan', {}, SLOW)).toBeDefined();
    await waitFor(() => expect(calls).toContainEqual({ url: '/api/auth/me/language', method: 'PUT', body: { language: 'ms' } }));
    expect(readStoredUser()?.language).toBe('ms');
    expect(document.documentElement.lang).toBe('ms');
  });

  it('stays as chosen in this browser, with a warning, when the server refuses to keep it', async () => {
    const user = signInAs('officer', 10, { language: 'en' });
    stubApi(
      () => user,
      () => jsonResponse({ statusCode: 500, message: 'Internal server error' }, 500),
    );
    render(
      <TestAdmin>
        <Page />
      </TestAdmin>,
    );
    await screen.findByText('Save');

    fireEvent.click(screen.getByRole('button', { name: 'Bahasa Melayu' }));

    // The PUT's failure comes after the page re-mounted in Malay, and is told there.
    expect(await screen.findByText('Bahasa tidak dapat disimpan pada profil anda; ia digunakan dalam pelayar ini sahaja.', {}, SLOW)).toBeDefined();
    expect(screen.getByText('Simpan')).toBeDefined();
  });
});
