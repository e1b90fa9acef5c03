import { AUDIT_ACTIONS, RESOURCES } from '@klch/shared';
import { BooleanInput, DateInput, NumberInput, SelectInput, TextInput } from 'react-admin';
import { ActorFilterInput } from './ActorFilterInput';

/** Every action code the server writes (shared AUDIT_ACTIONS), as translated choices. */
const ACTION_CHOICES = AUDIT_ACTIONS.map((code) => ({
  id: code,
  name: `resources.audit-events.actions.${code}`,
}));

/** Events are about the shared resources (plus sign-ins, recorded against users). */
const ENTITY_TYPE_CHOICES = RESOURCES.map((type) => ({ id: type, name: `resources.audit-events.entityTypes.${type}` }));

/** The views start with reads and sign-ins hidden (`reads: false`); the switch shows them. */
export const AUDIT_FILTER_DEFAULTS = { reads: false };

/**
 * "Show reads and sign-ins": on when the filter does not hide them. Off sets `reads: false`; on
 * removes the filter (react-admin drops a null filter value), so everything shows.
 */
export const ReadsToggle = ({ alwaysOn: _alwaysOn, ...props }: { source: string; alwaysOn?: boolean }) => (
  <BooleanInput
    {...props}
    label="resources.audit-events.read.showReads"
    format={(value: unknown) => value !== false}
    parse={(checked: boolean) => (checked ? null : false)}
    helperText={false}
  />
);

/**
 * The server's filters of GET /api/audit-events: record, action and the reads switch always shown,
 * dates, actor (by name) and partnership from "Add filter" (the toolbar needs the room). Dates are
 * whole days: the server reads a bare date as the start of that day (from) or its end (until), UTC.
 */
export const auditFilters = [
  <SelectInput key="entityType" source="entityType" choices={ENTITY_TYPE_CHOICES} alwaysOn sx={{ minWidth: 200 }} />,
  <TextInput key="entityId" source="entityId" alwaysOn sx={{ width: 120 }} />,
  <SelectInput key="action" source="action" choices={ACTION_CHOICES} alwaysOn sx={{ minWidth: 200 }} />,
  <ReadsToggle key="reads" source="reads" alwaysOn />,
  <DateInput key="at_gte" source="at_gte" />,
  <DateInput key="at_lte" source="at_lte" />,
  <ActorFilterInput key="actorId" source="actorId" />,
  <NumberInput key="partnershipId" source="partnershipId" min={1} step={1} sx={{ width: 160 }} />,
];
