import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton } from 'react-admin';
import { CurrentRole } from './CurrentRole';

// react-admin's default toolbar (language menu, loading indicator) with the user's role added.
const AppBarToolbar = () => (
  <>
    <CurrentRole />
    <LocalesMenuButton />
    <LoadingIndicator />
  </>
);

export const AppBar = () => <RaAppBar toolbar={<AppBarToolbar />} />;
