import type { SdgTargetRecord } from '@klch/shared';
import { AutocompleteArrayInput, ReferenceArrayInput } from 'react-admin';
import { useSdgTargetTitle } from '../sdg-targets';

/** SDG targets from the official list served at /api/sdg-targets, searched by code or words. */
export const SdgTargetsInput = () => {
  const titleOf = useSdgTargetTitle();
  const optionText = (target: SdgTargetRecord) => `${target.code} — ${titleOf(target)}`;
  return (
    <ReferenceArrayInput source="sdgTargets" reference="sdg-targets" sort={{ field: 'id', order: 'ASC' }} perPage={50}>
      <AutocompleteArrayInput
        optionText={optionText}
        filterToQuery={(q: string) => ({ q })}
        helperText="resources.partnerships.helper.sdgTargets"
        fullWidth
      />
    </ReferenceArrayInput>
  );
};
