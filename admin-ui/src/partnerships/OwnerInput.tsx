import type { OwnerChoiceRecord, PartnershipRecord } from '@klch/shared';
import { useQuery } from '@tanstack/react-query';
import { SelectInput, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useCurrentUser } from '../common/useCurrentUser';
import type { PartnershipsDataProvider } from './partnershipsApi';

/**
 * The owning officer: one of the active officers and managers (the server holds ownerId to the
 * same rule). Officers may not list users, so the choices come from the partnerships' own
 * owner-choices call. An owner deactivated since stays shown, marked, until someone picks another
 * (the server keeps an unchanged owner too). A new partnership starts as yours.
 */
export const OwnerInput = () => {
  const dataProvider = useDataProvider<PartnershipsDataProvider>();
  const translate = useTranslate();
  const record = useRecordContext<PartnershipRecord>();
  const user = useCurrentUser();
  const { data = [], isPending } = useQuery({
    queryKey: ['partnerships', 'owner-choices'],
    queryFn: async () => (await dataProvider.getOwnerChoices()).data,
  });
  const choices: Array<Pick<OwnerChoiceRecord, 'id' | 'fullName'> & { disabled?: boolean }> = [...data];
  if (record?.ownerId != null && !data.some((owner) => owner.id === record.ownerId)) {
    const name = record.ownerName ?? `#${record.ownerId}`;
    choices.push({ id: record.ownerId, fullName: translate('resources.partnerships.helper.formerOwner', { name }), disabled: true });
  }
  return (
    <SelectInput
      source="ownerId"
      choices={choices}
      optionText="fullName"
      isPending={isPending}
      defaultValue={record?.id == null ? user?.id : undefined}
      emptyText="resources.partnerships.helper.noOwner"
      helperText="resources.partnerships.helper.owner"
      sx={{ minWidth: 260 }}
    />
  );
};
