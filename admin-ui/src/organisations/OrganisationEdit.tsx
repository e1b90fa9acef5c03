import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { OrganisationInputs } from './OrganisationInputs';

/** Pessimistic, like partnerships: refusals (validation, 409 stale version) show at once. */
export const OrganisationEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show">
      <SimpleForm warnWhenUnsavedChanges>
        <OrganisationInputs />
      </SimpleForm>
    </Edit>
  );
};
