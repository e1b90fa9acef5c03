import type { OrganisationRecord } from '@klch/shared';
import { Edit, SimpleForm } from 'react-admin';
import { useNamedSaveSuccess } from '../common/useNamedSaveSuccess';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { OrganisationInputs } from './OrganisationInputs';

/** Pessimistic, like partnerships: refusals (validation, 409 stale version) show at once. */
export const OrganisationEdit = () => {
  const onError = useSaveErrorHandler();
  const onSuccess = useNamedSaveSuccess<OrganisationRecord>('organisations', 'updated', (record) => ({ name: record.name }));
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError, onSuccess }} redirect="show">
      <SimpleForm warnWhenUnsavedChanges>
        <OrganisationInputs />
      </SimpleForm>
    </Edit>
  );
};
