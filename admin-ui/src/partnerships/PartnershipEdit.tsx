import type { PartnershipRecord } from '@klch/shared';
import { Edit, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar, useRecordContext } from 'react-admin';
import { useNamedSaveSuccess } from '../common/useNamedSaveSuccess';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { ArchivedNotice } from './ArchivedNotice';
import { ArchiveButton } from './ArchiveButton';
import { PartnershipEditHeader } from './PartnershipEditHeader';
import { PartnershipInputs } from './PartnershipInputs';
import { PartnershipPageTitle } from './PartnershipPageTitle';

const PartnershipEditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

// Opened from an old link, an archived partnership says so and offers no Save: the server would refuse it.
const PartnershipEditToolbar = () => {
  const record = useRecordContext<PartnershipRecord>();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      {record?.archivedAt ? <span /> : <SaveButton />}
      <ArchiveButton />
    </Toolbar>
  );
};

/**
 * Pessimistic: the server may refuse (validation, 409 when someone else saved first), and the
 * user must see that at once, not after an undo delay. The form sends the whole record, with
 * its `version`, which is how the server detects the conflict.
 */
export const PartnershipEdit = () => {
  const onError = useSaveErrorHandler();
  const onSuccess = useNamedSaveSuccess<PartnershipRecord>('partnerships', 'updated', (record) => ({ code: record.code }));
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={{ onError, onSuccess }}
      redirect="show"
      actions={<PartnershipEditActions />}
      title={<PartnershipPageTitle page="edit" />}
    >
      <SimpleForm toolbar={<PartnershipEditToolbar />} warnWhenUnsavedChanges>
        <ArchivedNotice />
        <PartnershipEditHeader />
        <PartnershipInputs />
      </SimpleForm>
    </Edit>
  );
};
