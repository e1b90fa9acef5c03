import { AppBar as RaAppBar, LoadingIndicator, TitlePortal } from 'react-admin';
import { NotificationBell } from '../notifications';
import { CurrentRole } from './CurrentRole';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

// react-admin's default toolbar (loading indicator) with the user's role, the notification bell and our
// language switch, which also keeps the choice on the user's account (react-admin's menu would not).
const AppBarToolbar = () => (
  <>
    <CurrentRole />
    <NotificationBell />
    <LanguageSwitch onAppBar />
    <LoadingIndicator />
  </>
);

// One element for the app's lifetime, like react-admin's own default user menu. With a new
// element on every app bar render (userMenu={<UserMenu />}), a signed-out visitor landing on "/"
// bounced to the login page again and again for seconds (measured in Chromium: about 100 logouts
// instead of 1, each queueing a "Please login to continue" that hid the login form's own errors).
const userMenu = <UserMenu />;

// react-admin's page title, as the page's one h1: every page sets it (<Title>), and screen-reader
// users jump to it to learn where they are. Pages use h2 and below for their own headings.
export const AppBar = () => (
  <RaAppBar toolbar={<AppBarToolbar />} userMenu={userMenu}>
    <TitlePortal component="h1" variant="h6" />
  </RaAppBar>
);
