import type { SdgTargetRecord } from '@klch/shared';
import { Admin, Resource } from 'react-admin';
import { Layout } from './layout/Layout';
import { darkTheme, lightTheme } from './layout/themes';
import organisations from './organisations';
import partnerships from './partnerships';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import users from './users';

/**
 * The first resource with list access is the landing page: partnerships for every role.
 * Menu entries and buttons follow authProvider.canAccess, i.e. the shared permission matrix.
 */
export const App = () => (
  <Admin
    title="KL Partnerships"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    theme={lightTheme}
    darkTheme={darkTheme}
    // No `requireAuth`: with it react-admin 5.15 kept re-running checkAuth before showing the login
    // page (about 15 s in Chromium, measured). Every resource page still checks the session
    // itself and the server refuses anything without one.
    // No calls to third-party servers from a city hall's internal tool.
    disableTelemetry
  >
    <Resource name="partnerships" {...partnerships} />
    <Resource name="organisations" {...organisations} />
    <Resource name="users" {...users} />
    {/* Reference data only: used by SDG target inputs and fields, no pages of its own. */}
    <Resource
      name="sdg-targets"
      recordRepresentation={(target: SdgTargetRecord) => `${target.code} — ${target.title}`}
    />
  </Admin>
);
