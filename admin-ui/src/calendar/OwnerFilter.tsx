import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useCurrentUser } from '../common/useCurrentUser';

/**
 * Whose entries: anyone's, mine, or one of the owners the calendar has shown so far. Only admins may
 * list users, so the choices come from the entries themselves rather than from the users resource.
 */
export const OwnerFilter = ({
  value,
  owners,
  onChange,
}: {
  value?: number;
  owners: Map<number, string>;
  onChange: (id: number | undefined) => void;
}) => {
  const translate = useTranslate();
  const user = useCurrentUser();
  const others = [...owners].filter(([id]) => id !== user?.id).sort(([, a], [, b]) => a.localeCompare(b));
  return (
    <TextField
      select
      size="small"
      label={translate('klch.calendar.filters.owner')}
      value={value === undefined ? '' : String(value)}
      onChange={(event) => onChange(event.target.value ? Number(event.target.value) : undefined)}
      fullWidth={false}
      margin="none"
      sx={{ width: 240 }}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">{translate('klch.calendar.filters.anyone')}</MenuItem>
      {user && <MenuItem value={String(user.id)}>{translate('klch.calendar.filters.me', { name: user.fullName })}</MenuItem>}
      {others.map(([id, name]) => (
        <MenuItem key={id} value={String(id)}>
          {name}
        </MenuItem>
      ))}
    </TextField>
  );
};
