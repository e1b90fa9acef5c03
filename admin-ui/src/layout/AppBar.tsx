import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton } from 'react-admin';
import { NotificationBell } from '../notifications';
import { CurrentRole } from './CurrentRole';
import { UserMenu } from './UserMenu';

// react-admin's default toolbar (language menu, loading indicator) with the user's role and the notification bell added.
const AppBarToolbar = () => (
  <>
    <CurrentRole />
    <NotificationBell />
    <LocalesMenuButton />
    <LoadingIndicator />
  </>
);

// One element for the app's lifetime, like react-admin's own default user menu. With a new
// element on every app bar render (userMenu={<UserMenu />}), a signed-out visitor landing on "/"
// bounced to the login page again and again for seconds (measured in Chromium: about 100 logouts
// instead of 1, each queueing a "Please login to continue" that hid the login form's own errors).
const userMenu = <UserMenu />;

export const AppBar = () => <RaAppBar toolbar={<AppBarToolbar />} userMenu={userMenu} />;
