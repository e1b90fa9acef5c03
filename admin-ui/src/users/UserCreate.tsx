import { Create, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ active: true, language: 'en', role: 'officer' }}>
      <UserInputs isNew />
    </SimpleForm>
  </Create>
);
