import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { Menu, useTranslate } from 'react-admin';
import { useRoleCan } from '../common/useRoleCan';

export const CALENDAR_PATH = '/calendar';

/** The menu's "Calendar", for whoever may list partnerships (every role, by the shared matrix). */
export const CalendarMenuItem = () => {
  const translate = useTranslate();
  if (!useRoleCan('list', 'partnerships')) return null;
  return <Menu.Item to={CALENDAR_PATH} primaryText={translate('klch.calendar.title')} leftIcon={<CalendarMonthIcon />} />;
};
