import { AUDIT_ACTIONS, RESOURCES } from '@klch/shared';
import { DateInput, NumberInput, SelectInput, TextInput } from 'react-admin';

/** Every action code the server writes (shared AUDIT_ACTIONS), as translated choices. */
const ACTION_CHOICES = AUDIT_ACTIONS.map((code) => ({
  id: code,
  name: `resources.audit-events.actions.${code}`,
}));

/** Events are about the shared resources (plus sign-ins, recorded against users). */
const ENTITY_TYPE_CHOICES = RESOURCES.map((type) => ({ id: type, name: `resources.audit-events.entityTypes.${type}` }));

/**
 * The server's filters of GET /api/audit-events: record and action always shown, dates and actor
 * from "Add filter" (the toolbar needs the room). Dates are whole days: the server reads a bare
 * date as the start of that day (from) or its end (until), UTC. Actor is by id, because auditors
 * may not list users.
 */
export const auditFilters = [
  <SelectInput key="entityType" source="entityType" choices={ENTITY_TYPE_CHOICES} alwaysOn sx={{ minWidth: 200 }} />,
  <TextInput key="entityId" source="entityId" alwaysOn sx={{ width: 120 }} />,
  <SelectInput key="action" source="action" choices={ACTION_CHOICES} alwaysOn sx={{ minWidth: 200 }} />,
  <DateInput key="at_gte" source="at_gte" />,
  <DateInput key="at_lte" source="at_lte" />,
  <NumberInput key="actorId" source="actorId" min={1} step={1} sx={{ width: 120 }} />,
];
