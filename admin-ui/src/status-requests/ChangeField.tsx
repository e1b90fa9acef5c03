import { Stack } from '@mui/material';
import { StatusChip } from '../common/StatusChip';

/** A request's change as two status chips, "Active → Halted" (the approval queue, My requests). */
export const ChangeField = () => (
  <Stack direction="row" spacing={1} alignItems="center">
    <StatusChip source="fromStatus" />
    <span aria-hidden>→</span>
    <StatusChip source="toStatus" />
  </Stack>
);
