import { ACTIONS, canAccess as sharedCanAccess, RESOURCES, ROLES, type Role } from '@klch/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test/jsonResponse';
import { authProvider } from './authProvider';
import { readStoredUser } from '../common/userStore';

const officer = {
  id: 2,
  username: 'officer',
  fullName: 'Officer Satu',
  email: 'officer@example.test',
  role: 'officer',
  active: true,
  language: 'en',
};

function signInAs(role: Role) {
  localStorage.setItem('klch.user', JSON.stringify({ ...officer, role }));
}

function stubFetch(...responses: Response[]) {
  const fetchMock = vi.fn<typeof fetch>();
  for (const response of responses) fetchMock.mockResolvedValueOnce(response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

beforeEach(() => localStorage.clear());

describe('authProvider.login', () => {
  it('posts the credentials with the cookie allowed and keeps the user, never the token', async () => {
    const fetchMock = stubFetch(jsonResponse({ user: officer, accessToken: 'secret-access-token' }));

    await authProvider.login({ username: 'officer', password: 'demo-pass-123' });

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/auth/login');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('include');
    expect(JSON.parse(String(init?.body))).toEqual({ username: 'officer', password: 'demo-pass-123' });
    expect(readStoredUser()).toEqual(officer);
    const everythingStored = JSON.stringify({ ...localStorage });
    expect(everythingStored).not.toContain('secret-access-token');
    expect(everythingStored).not.toContain('accessToken');
  });

  it('does not store a token even if the server nests one inside the user', async () => {
    stubFetch(jsonResponse({ user: { ...officer, accessToken: 'nested-token' }, accessToken: 'x' }));
    await authProvider.login({ username: 'officer', password: 'demo-pass-123' });
    expect(JSON.stringify({ ...localStorage })).not.toContain('nested-token');
  });

  it('rejects with the server message on a wrong password and stores nothing', async () => {
    stubFetch(jsonResponse({ statusCode: 401, message: 'Wrong username or password.' }, 401));
    await expect(authProvider.login({ username: 'officer', password: 'nope' })).rejects.toThrow('Wrong username or password.');
    expect(readStoredUser()).toBeNull();
  });

  it('shows the lockout message of a 429', async () => {
    const message = 'Too many failed sign-ins. Try again in 15 minutes.';
    stubFetch(jsonResponse({ statusCode: 429, message }, 429));
    await expect(authProvider.login({ username: 'officer', password: 'nope' })).rejects.toThrow(message);
  });
});

describe('authProvider.checkAuth', () => {
  it('resolves when a user is stored and rejects otherwise', async () => {
    await expect(authProvider.checkAuth({})).rejects.toBeDefined();
    signInAs('officer');
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
  });

  it('sends an anonymous visitor to the login page without an error message there', async () => {
    // react-admin notifies a rejection's message unless it is `false` (useCheckAuth, useAuthState):
    // "Please login to continue" would greet someone who has done nothing yet.
    await expect(authProvider.checkAuth({})).rejects.toEqual({ message: false });
  });

  it('treats a corrupt stored user as signed out', async () => {
    localStorage.setItem('klch.user', '{not json');
    await expect(authProvider.checkAuth({})).rejects.toBeDefined();
  });
});

describe('authProvider.checkError', () => {
  it('logs out on 401 and forgets the user', async () => {
    signInAs('officer');
    await expect(authProvider.checkError({ status: 401 })).rejects.toBeDefined();
    expect(readStoredUser()).toBeNull();
  });

  it('keeps the session on 403: a refused action is not a lost session', async () => {
    signInAs('auditor');
    await expect(authProvider.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(readStoredUser()?.role).toBe('auditor');
  });

  it('keeps the session on other errors (validation, conflict, server failure)', async () => {
    signInAs('officer');
    for (const status of [400, 404, 409, 422, 429, 500]) {
      await expect(authProvider.checkError({ status })).resolves.toBeUndefined();
    }
    expect(readStoredUser()).not.toBeNull();
  });
});

describe('authProvider.logout', () => {
  it('tells the server, then forgets the user', async () => {
    signInAs('officer');
    const fetchMock = stubFetch(jsonResponse({}, 200));
    await authProvider.logout({});
    expect(fetchMock).toHaveBeenCalledWith('/api/auth/logout', expect.objectContaining({ method: 'POST', credentials: 'include' }));
    expect(readStoredUser()).toBeNull();
  });

  it('still forgets the user when the server session is already gone', async () => {
    signInAs('officer');
    stubFetch(jsonResponse({ statusCode: 401, message: 'Unauthorized' }, 401));
    await authProvider.logout({});
    expect(readStoredUser()).toBeNull();
  });

  it('makes no request when nobody is signed in', async () => {
    const fetchMock = stubFetch();
    await authProvider.logout({});
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('identity and permissions', () => {
  it('gives the identity and the role of the stored user', async () => {
    signInAs('manager');
    await expect(authProvider.getIdentity!()).resolves.toMatchObject({ id: 2, fullName: 'Officer Satu', role: 'manager' });
    await expect(authProvider.getPermissions!({})).resolves.toBe('manager');
  });
});

describe('authProvider.canAccess', () => {
  it('follows the shared matrix: an auditor cannot create partnerships, an officer can', async () => {
    signInAs('auditor');
    await expect(authProvider.canAccess!({ action: 'create', resource: 'partnerships' })).resolves.toBe(false);
    await expect(authProvider.canAccess!({ action: 'list', resource: 'partnerships' })).resolves.toBe(true);
    signInAs('officer');
    await expect(authProvider.canAccess!({ action: 'create', resource: 'partnerships' })).resolves.toBe(true);
    await expect(authProvider.canAccess!({ action: 'delete', resource: 'partnerships' })).resolves.toBe(false);
    signInAs('manager');
    await expect(authProvider.canAccess!({ action: 'delete', resource: 'partnerships' })).resolves.toBe(true);
  });

  it('agrees with shared canAccess for every role, action and resource', async () => {
    for (const role of ROLES) {
      signInAs(role);
      for (const resource of RESOURCES) {
        for (const action of ACTIONS) {
          await expect(authProvider.canAccess!({ action, resource })).resolves.toBe(sharedCanAccess(role, action, resource));
        }
      }
    }
  });

  it('denies everything when nobody is signed in', async () => {
    await expect(authProvider.canAccess!({ action: 'list', resource: 'partnerships' })).resolves.toBe(false);
  });
});
