import type { ReactNode } from 'react';
import { AdminContext, memoryStore, TestMemoryRouter, type DataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';

const empty = async () => ({ data: [], total: 0 });
const noData = { getList: empty, getMany: async () => ({ data: [] }) } as unknown as DataProvider;

/** Translations, router and store around a component under test: the app's real English labels. */
export const TestAdmin = ({ children, dataProvider = noData }: { children: ReactNode; dataProvider?: DataProvider }) => (
  <TestMemoryRouter>
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider} store={memoryStore()}>
      {children}
    </AdminContext>
  </TestMemoryRouter>
);
