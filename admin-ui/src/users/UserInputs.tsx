import type { UserRecord } from '@klch/shared';
import { Box, Typography } from '@mui/material';
import { BooleanInput, PasswordInput, SelectInput, TextInput, email, required, useRecordContext, useTranslate } from 'react-admin';
import { LANGUAGE_CHOICES, ROLE_CHOICES } from '../common/choices';
import { useCurrentUser } from '../common/useCurrentUser';

/**
 * No one changes their own role (separation of duties; the server refuses it with 403): on one's
 * own account the role is shown, not offered. Left out of the form, the PUT keeps it as it is.
 */
const RoleInput = ({ isNew }: { isNew: boolean }) => {
  const record = useRecordContext<UserRecord>();
  const me = useCurrentUser();
  const translate = useTranslate();
  if (!isNew && record && me && record.id === me.id) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ my: 1 }} data-testid="own-role-note">
        {translate('resources.users.helper.ownRole')}
      </Typography>
    );
  }
  return <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />;
};

/**
 * The form body shared by create and edit. A new account needs a password; on edit an empty
 * password means "keep the current one" (UserEdit drops it before sending). The username is chosen
 * once: on edit it is read-only, as the server ignores a changed one (the trail knows the account by it).
 */
export const UserInputs = ({ isNew }: { isNew: boolean }) => (
  <Box sx={{ width: '100%', maxWidth: 600 }}>
    {isNew ? (
      <TextInput source="username" validate={required()} fullWidth autoComplete="off" />
    ) : (
      <TextInput source="username" readOnly fullWidth helperText="resources.users.helper.username" />
    )}
    <TextInput source="fullName" validate={required()} fullWidth />
    <TextInput source="email" type="email" validate={email()} fullWidth />
    <RoleInput isNew={isNew} />
    <SelectInput source="language" choices={LANGUAGE_CHOICES} validate={required()} />
    <BooleanInput source="active" />
    <PasswordInput
      source="password"
      validate={isNew ? required() : undefined}
      helperText={isNew ? undefined : 'resources.users.helper.password'}
      autoComplete="new-password"
      fullWidth
    />
  </Box>
);
