import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { Menu, useTranslate } from 'react-admin';
import { useRoleCan } from '../common/useRoleCan';

/** Here rather than beside the page, which App loads lazily: the menu needs the path at once. */
export const MY_REQUESTS_PATH = '/my-requests';

/** The menu's "My requests", for whoever may make status-change requests (officers and managers). */
export const MyRequestsMenuItem = () => {
  const translate = useTranslate();
  if (!useRoleCan('create', 'status-requests')) return null;
  return <Menu.Item to={MY_REQUESTS_PATH} primaryText={translate('resources.status-requests.mine.title')} leftIcon={<AssignmentIndIcon />} />;
};
