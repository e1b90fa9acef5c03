import { lazy, Suspense } from 'react';
import { Admin, CustomRoutes, Loading, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import auditEvents from './audit';
import { CALENDAR_PATH } from './calendar';
import { lazyView } from './common/lazyView';
import documents from './documents';
import { AccessDeniedPage } from './layout/AccessDeniedPage';
import { Layout } from './layout/Layout';
import { NotFoundPage } from './layout/NotFoundPage';
import { darkTheme, lightTheme } from './layout/themes';
import { MAP_PATH } from './map';
import milestones from './milestones';
import notifications, { NOTIFICATION_SETTINGS_PATH, NotificationSettingsPage } from './notifications';
import organisations from './organisations';
import partnerships from './partnerships';
import { CHANGE_PASSWORD_PATH, ChangePasswordPage } from './password';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import sdgTargets from './sdg-targets';
import statusRequests, { MY_REQUESTS_PATH, MyRequestsPage } from './status-requests';
import users from './users';

// Every page is fetched when first shown (common/lazyView), so the first bundle holds only the
// shell: react-admin, the layout and the messages (budget: scripts/initial-js-budget.test.mjs).
const Dashboard = lazyView(() => import('./dashboard/Dashboard'), 'Dashboard');
// Outside the layout, so it brings its own Suspense.
const LazyLoginPage = lazyView(() => import('./layout/LoginPage'), 'LoginPage');
const LoginPage = () => (
  <Suspense fallback={<Loading />}>
    <LazyLoginPage />
  </Suspense>
);
// Its own chunk, with the world outline: fetched the first time someone opens the map.
const MapPage = lazy(() => import('./map/MapPage'));
// Its own chunk too: the calendar's code is fetched the first time someone opens it.
const CalendarPage = lazy(() => import('./calendar/CalendarPage'));

/**
 * The dashboard is the landing page (what needs attention today, per role). Menu entries and
 * buttons follow authProvider.canAccess, i.e. the shared permission matrix.
 */
export const App = () => (
  <Admin
    title="KL Partnerships"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    loginPage={LoginPage}
    catchAll={NotFoundPage}
    accessDenied={AccessDeniedPage}
    dashboard={Dashboard}
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
    <Resource name="sdg-targets" {...sdgTargets} />
    {/* Shown on the partnership's Milestones and Documents tabs; no pages of their own. */}
    <Resource name="milestones" {...milestones} />
    <Resource name="documents" {...documents} />
    {/* Managers' approval queue (menu for managers only) and the auditors' Audit log. */}
    <Resource name="status-requests" {...statusRequests} />
    <Resource name="audit-events" {...auditEvents} />
    {/* Everyone's own, reached from the bell in the app bar. */}
    <Resource name="notifications" {...notifications} />
    {/* The signed-in user's own settings: inside the layout, reached from the user menu. */}
    <CustomRoutes>
      <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
      <Route path={MY_REQUESTS_PATH} element={<MyRequestsPage />} />
      <Route path={NOTIFICATION_SETTINGS_PATH} element={<NotificationSettingsPage />} />
      <Route
        path={CALENDAR_PATH}
        element={
          <Suspense fallback={<Loading />}>
            <CalendarPage />
          </Suspense>
        }
      />
      <Route
        path={MAP_PATH}
        element={
          <Suspense fallback={<Loading />}>
            <MapPage />
          </Suspense>
        }
      />
    </CustomRoutes>
  </Admin>
);
