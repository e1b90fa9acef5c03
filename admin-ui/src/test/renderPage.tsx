import { render } from '@testing-library/react';
import type { ComponentType, ReactNode } from 'react';
import { AdminContext, AdminUI, memoryStore, Resource, TestMemoryRouter, type DataProvider, type ResourceProps } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { fakeDataProvider } from './dataProvider';
import { testAuthProvider } from './signIn';

interface ResourcePages {
  name: string;
  list?: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  /** How the resource names a record (its index.ts's), for the titles and confirmations that name one. */
  recordRepresentation?: ResourceProps['recordRepresentation'];
}

/**
 * A whole react-admin page as the app renders it (layout, routes, the stock buttons that ask
 * canAccess): `renderPage({ name: 'users', edit: UserEdit }, '/users/2')`. The stored user decides
 * the role (signInAs); `more` adds resources the page refers to.
 */
export function renderPage(resource: ResourcePages, at: string, dataProvider: DataProvider = fakeDataProvider(), more: ReactNode = null) {
  return render(
    <TestMemoryRouter initialEntries={[at]}>
      <AdminContext dataProvider={dataProvider} authProvider={testAuthProvider} i18nProvider={i18nProvider} store={memoryStore()}>
        <AdminUI>
          <Resource {...resource} />
          {more}
        </AdminUI>
      </AdminContext>
    </TestMemoryRouter>,
  );
}
