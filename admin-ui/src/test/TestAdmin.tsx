import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  AdminContext,
  type AuthProvider,
  type DataProvider,
  memoryStore,
  Notification,
  type RaRecord,
  RecordContextProvider,
  ResourceContextProvider,
  TestMemoryRouter,
} from 'react-admin';
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

/** Renders a component of a record's page (a tab, a button): inside TestAdmin, in the record's and its resource's context. */
export function renderForRecord(
  node: ReactNode,
  { resource, record, dataProvider }: { resource: string; record: RaRecord; dataProvider?: DataProvider },
) {
  return render(
    <TestAdmin dataProvider={dataProvider}>
      <ResourceContextProvider value={resource}>
        <RecordContextProvider value={record}>{node}</RecordContextProvider>
      </ResourceContextProvider>
    </TestAdmin>,
  );
}
