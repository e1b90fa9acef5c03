import DeleteIcon from '@mui/icons-material/Delete';
import { DeleteButton } from 'react-admin';

/**
 * Erases one milestone, for the roles the matrix lets delete them (managers); an officer calls a
 * milestone off by setting its status to cancelled, which keeps it. The caller decides who sees
 * it (useRoleCan); pessimistic with a confirmation, so a refusal shows at once and the row stays.
 */
export const DeleteMilestoneButton = () => (
  // The wrapper renders at once; the stock button inside shows once authProvider.canAccess answers.
  <span data-testid="delete-milestone">
    <DeleteButton mutationMode="pessimistic" redirect={false} icon={<DeleteIcon />} size="small" label="resources.milestones.action.delete" />
  </span>
);
