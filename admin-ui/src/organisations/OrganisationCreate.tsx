import { Create, SimpleForm } from 'react-admin';
import { OrganisationInputs } from './OrganisationInputs';

export const OrganisationCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ aliases: [] }}>
      <OrganisationInputs />
    </SimpleForm>
  </Create>
);
