import { SelectInput, TextInput, required } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { MILESTONE_KIND_CHOICES, MILESTONE_STATUS_CHOICES } from './choices';

/**
 * The form body shared by adding and editing a milestone. A new one has no status input (the
 * server starts it planned); an edit may move it on, or cancel it (which keeps it, unlike delete).
 */
export const MilestoneInputs = ({ isNew }: { isNew: boolean }) => (
  <>
    <TextInput source="title" validate={required()} fullWidth />
    <SelectInput source="kind" choices={MILESTONE_KIND_CHOICES} validate={required()} />
    <DateInput source="dueOn" />
    {!isNew && <SelectInput source="status" choices={MILESTONE_STATUS_CHOICES} validate={required()} />}
    <TextInput source="notes" multiline minRows={2} fullWidth />
  </>
);
