import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { DeactivateUserButton } from './DeactivateUserButton';
import { ReactivateUserButton } from './ReactivateUserButton';
import { UserInputs } from './UserInputs';

/** An empty password field means "unchanged": never send an empty string as a new password. */
const dropEmptyPassword = ({ password, ...rest }: Record<string, unknown>) =>
  typeof password === 'string' && password.length > 0 ? { ...rest, password } : rest;

/** Save, and Deactivate or Reactivate in place of react-admin's Delete (an account is never erased). */
const UserToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeactivateUserButton redirect="list" />
    <ReactivateUserButton />
  </Toolbar>
);

export const UserEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} transform={dropEmptyPassword} redirect="list">
      <SimpleForm toolbar={<UserToolbar />}>
        <UserInputs isNew={false} />
      </SimpleForm>
    </Edit>
  );
};
