import NotificationsIcon from '@mui/icons-material/Notifications';
import { lazyView } from '../common/lazyView';

// Loaded when opened from the bell, out of the first bundle.
const NotificationList = lazyView(() => import('./NotificationList'), 'NotificationList');

/** The bell and the live stream go in the layout; the settings page in App's routes, reached from the user menu. */
export { NotificationBell } from './NotificationBell';
export { LiveUpdates } from './LiveUpdates';
export const NotificationSettingsPage = lazyView(() => import('./NotificationSettingsPage'), 'NotificationSettingsPage');
export { NOTIFICATION_SETTINGS_PATH, NotificationSettingsMenuItem } from './NotificationSettingsMenuItem';

/** The notifications resource: each user's own, reached from the bell (no menu entry of its own). */
export default {
  list: NotificationList,
  icon: NotificationsIcon,
  options: { menuAction: 'none' },
};
