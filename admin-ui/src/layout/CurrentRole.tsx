import { Chip } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import { vocabularyKey } from '../common/choices';

/**
 * The signed-in user's role beside their name (the user menu shows the name), so people who
 * hold several demo accounts always know which hat they are wearing.
 */
export const CurrentRole = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const role = typeof identity?.role === 'string' ? identity.role : null;
  if (!role) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      label={translate(vocabularyKey('role', role), { _: role })}
      data-testid="current-role"
      data-role={role}
      sx={{ color: 'inherit', borderColor: 'currentColor', mx: 1 }}
    />
  );
};
