import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import { ListItemIcon, ListItemText, MenuItem, type MenuItemProps } from '@mui/material';
import { LinkBase, useTranslate, useUserMenu } from 'react-admin';

/** Here rather than beside the page, which App loads lazily: the menu needs the path at once. */
export const NOTIFICATION_SETTINGS_PATH = '/notification-settings';

/** The user menu's link to the notification settings (as ChangePasswordMenuItem: a real link that closes the menu). */
export const NotificationSettingsMenuItem = (props: MenuItemProps<'a'>) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem {...props} component={LinkBase} to={NOTIFICATION_SETTINGS_PATH} onClick={userMenu?.onClose}>
      <ListItemIcon>
        <NotificationsActiveIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('klch.notifications.preferences.menu')}</ListItemText>
    </MenuItem>
  );
};
