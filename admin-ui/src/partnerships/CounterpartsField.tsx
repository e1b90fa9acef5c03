import type { OrganisationRecord, PartnershipRecord } from '@klch/shared';
import { Typography } from '@mui/material';
import { useGetManyAggregate, useRecordContext } from 'react-admin';
import type { CustomFieldProps } from '../common/fieldProps';

/** Whom the partnership is with: the counterparts, or every party when none is marked counterpart. */
export function partnerIdsOf(record: Pick<PartnershipRecord, 'parties'> | undefined): number[] {
  const parties = record?.parties ?? [];
  const counterparts = parties.filter((party) => party.role === 'counterpart');
  return (counterparts.length > 0 ? counterparts : parties).map((party) => party.organisationId);
}

/**
 * The partner names for a list row. useGetManyAggregate merges the rows of a page into one
 * getMany request, so a page of 25 partnerships costs one call, not 25.
 */
export const CounterpartsField = (_props: CustomFieldProps) => {
  const record = useRecordContext<PartnershipRecord>();
  const ids = partnerIdsOf(record);
  const { data } = useGetManyAggregate<OrganisationRecord>('organisations', { ids }, { enabled: ids.length > 0 });
  if (ids.length === 0 || !data) return null;
  const names = ids.map((id) => data.find((organisation) => organisation?.id === id)?.name).filter(Boolean);
  return (
    <Typography component="span" variant="body2">
      {names.join(', ')}
    </Typography>
  );
};
