import { Edit, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { ArchiveButton } from './ArchiveButton';
import { PartnershipEditHeader } from './PartnershipEditHeader';
import { PartnershipInputs } from './PartnershipInputs';

const PartnershipEditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

const PartnershipEditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <ArchiveButton />
  </Toolbar>
);

/**
 * Pessimistic: the server may refuse (validation, 409 when someone else saved first), and the
 * user must see that at once, not after an undo delay. The form sends the whole record, with
 * its `version`, which is how the server detects the conflict.
 */
export const PartnershipEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show" actions={<PartnershipEditActions />}>
      <SimpleForm toolbar={<PartnershipEditToolbar />} warnWhenUnsavedChanges>
        <PartnershipEditHeader />
        <PartnershipInputs />
      </SimpleForm>
    </Edit>
  );
};
