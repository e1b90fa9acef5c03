import PublicIcon from '@mui/icons-material/Public';
import { Menu, useTranslate } from 'react-admin';
import { useRoleCan } from '../common/useRoleCan';

export const MAP_PATH = '/map';

/** The menu's "Partners map", for whoever may list organisations and the partnerships that colour them. */
export const MapMenuItem = () => {
  const translate = useTranslate();
  const organisations = useRoleCan('list', 'organisations');
  const partnerships = useRoleCan('list', 'partnerships');
  if (!organisations || !partnerships) return null;
  return <Menu.Item to={MAP_PATH} primaryText={translate('klch.map.title')} leftIcon={<PublicIcon />} />;
};
