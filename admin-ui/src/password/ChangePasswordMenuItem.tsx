import LockResetIcon from '@mui/icons-material/LockReset';
import { ListItemIcon, ListItemText, MenuItem, type MenuItemProps } from '@mui/material';
import { LinkBase, useTranslate, useUserMenu } from 'react-admin';

export const CHANGE_PASSWORD_PATH = '/change-password';

/**
 * The user menu's link to the user's own page (password and sessions), styled like react-admin's Logout beside it.
 * A real link (open in a new tab works), and it closes the menu, which would otherwise stay
 * open over the page. Props (and the ref, a prop in React 19) go to the MenuItem so MUI's menu
 * keyboard navigation reaches it.
 */
export const ChangePasswordMenuItem = (props: MenuItemProps<'a'>) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem {...props} component={LinkBase} to={CHANGE_PASSWORD_PATH} onClick={userMenu?.onClose}>
      <ListItemIcon>
        <LockResetIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('klch.password.pageTitle')}</ListItemText>
    </MenuItem>
  );
};
