import type { OrganisationRecord } from '@klch/shared';
import { Create, SimpleForm } from 'react-admin';
import { useNamedSaveSuccess } from '../common/useNamedSaveSuccess';
import { OrganisationInputs } from './OrganisationInputs';

/** Its page opens after saving, and the message names the organisation. */
export const OrganisationCreate = () => {
  const onSuccess = useNamedSaveSuccess<OrganisationRecord>('organisations', 'created', (record) => ({ name: record.name }));
  return (
    <Create redirect="show" mutationOptions={{ onSuccess }}>
      <SimpleForm defaultValues={{ aliases: [] }}>
        <OrganisationInputs />
      </SimpleForm>
    </Create>
  );
};
