import type { SdgTargetRecord } from '@klch/shared';
import { Chip, Stack, Typography } from '@mui/material';
import { ReferenceArrayField, useListContext } from 'react-admin';
import type { CustomFieldProps } from '../common/fieldProps';
import { EmptyText } from '../common/EmptyText';
import { useSdgTargetTitle } from '../sdg-targets';

const SdgTargetList = () => {
  const { data, isPending } = useListContext<SdgTargetRecord>();
  const titleOf = useSdgTargetTitle();
  if (isPending) return null;
  if (!data || data.length === 0) return <EmptyText message="klch.empty.sdgTargets" />;
  return (
    <Stack spacing={1}>
      {data.map((target) => (
        <Stack key={target.id} direction="row" spacing={1} alignItems="baseline">
          <Chip size="small" color="primary" label={target.code} />
          <Typography variant="body2">{titleOf(target)}</Typography>
        </Stack>
      ))}
    </Stack>
  );
};

/** The partnership's SDG targets: code chips with the official target text beside them. */
export const SdgTargetsField = ({ source = 'sdgTargets', label }: CustomFieldProps) => (
  <ReferenceArrayField source={source} label={label} reference="sdg-targets">
    <SdgTargetList />
  </ReferenceArrayField>
);
