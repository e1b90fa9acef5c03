import type { PartnershipRecord } from '@klch/shared';
import { Create, SimpleForm } from 'react-admin';
import { useNamedSaveSuccess } from '../common/useNamedSaveSuccess';
import { PartnershipInputs } from './PartnershipInputs';

// Arrays start empty rather than undefined, so the server always receives lists.
const defaultValues = { parties: [], themes: [], sdgTargets: [], alignment: [] };

/**
 * A new partnership starts as a draft (the server sets code and status); then its page opens, and
 * the message names the code it was given.
 */
export const PartnershipCreate = () => {
  const onSuccess = useNamedSaveSuccess<PartnershipRecord>('partnerships', 'created', (record) => ({ code: record.code }));
  return (
    <Create redirect="show" mutationOptions={{ onSuccess }}>
      <SimpleForm defaultValues={defaultValues}>
        <PartnershipInputs />
      </SimpleForm>
    </Create>
  );
};
