import { Box } from '@mui/material';
import { BooleanInput, PasswordInput, SelectInput, TextInput, email, required } from 'react-admin';
import { LANGUAGE_CHOICES, ROLE_CHOICES } from '../common/choices';

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
    <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
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
