import { OWNER_ROLES } from '@klch/shared';
import { FormControlLabel, Switch } from '@mui/material';
import { useInput, useTranslate } from 'react-admin';
import { useCurrentUser } from '../common/useCurrentUser';

/**
 * "My partnerships": the list filtered to the ones the signed-in user owns (`ownerId` = me), as a
 * switch beside the other filters. It is a filter in the address like any other, so the list opened
 * from the dashboard's My partnerships card shows it switched on, and the address can be kept.
 */
export const MyPartnershipsFilter = ({ source = 'ownerId' }: { source?: string; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  const user = useCurrentUser();
  const { field } = useInput({ source });
  if (!user || !OWNER_ROLES.includes(user.role)) return null;
  const on = Number(field.value) === user.id;
  return (
    <FormControlLabel
      sx={{ mb: 1 }}
      control={<Switch checked={on} onChange={(event) => field.onChange(event.target.checked ? user.id : '')} />}
      label={translate('resources.partnerships.filters.mine')}
    />
  );
};
