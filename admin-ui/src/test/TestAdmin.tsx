import type { ReactNode } from 'react';
import { AdminContext, memoryStore, Notification, type AuthProvider, type DataProvider, TestMemoryRouter } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { fakeDataProvider } from './dataProvider';
import { testAuthProvider } from './signIn';

interface TestAdminProps {
  children: ReactNode;
  dataProvider?: DataProvider;
  authProvider?: AuthProvider;
  /** The router's first address, for a component that reads the location. */
  at?: string;
}

/**
 * Translations (the app's real English labels), router, store, the test authProvider (the stored
 * user decides the role: see signInAs) and the notifications area, around a component under test.
 */
export const TestAdmin = ({ children, dataProvider = fakeDataProvider(), authProvider = testAuthProvider, at = '/' }: TestAdminProps) => (
  <TestMemoryRouter initialEntries={[at]}>
    <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore()}>
      {children}
      {/* Where react-admin's layout shows notifications. */}
      <Notification />
    </AdminContext>
  </TestMemoryRouter>
);
