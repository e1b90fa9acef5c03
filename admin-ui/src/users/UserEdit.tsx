import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { UserInputs } from './UserInputs';

/** An empty password field means "unchanged": never send an empty string as a new password. */
const dropEmptyPassword = ({ password, ...rest }: Record<string, unknown>) =>
  typeof password === 'string' && password.length > 0 ? { ...rest, password } : rest;

export const UserEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} transform={dropEmptyPassword} redirect="list">
      <SimpleForm>
        <UserInputs isNew={false} />
      </SimpleForm>
    </Edit>
  );
};
