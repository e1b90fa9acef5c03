import { Logout, UserMenu as RaUserMenu } from 'react-admin';
import { NotificationSettingsMenuItem } from '../notifications';
import { ChangePasswordMenuItem } from '../password';

// react-admin's user menu (it shows the user's name) with the user's own settings above Logout.
export const UserMenu = () => (
  <RaUserMenu>
    <ChangePasswordMenuItem />
    <NotificationSettingsMenuItem />
    <Logout />
  </RaUserMenu>
);
