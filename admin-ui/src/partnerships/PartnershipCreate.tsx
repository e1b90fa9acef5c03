import { Create, SimpleForm } from 'react-admin';
import { PartnershipInputs } from './PartnershipInputs';

// Arrays start empty rather than undefined, so the server always receives lists.
const defaultValues = { parties: [], themes: [], sdgTargets: [], alignment: [] };

/** A new partnership starts as a draft (the server sets code and status); then its page opens. */
export const PartnershipCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={defaultValues}>
      <PartnershipInputs />
    </SimpleForm>
  </Create>
);
