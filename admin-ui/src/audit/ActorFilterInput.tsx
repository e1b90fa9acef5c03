import { useQuery } from '@tanstack/react-query';
import { AutocompleteInput, useDataProvider } from 'react-admin';
import type { AuditDataProvider } from './auditApi';

/**
 * The actor filter: a user picked by name (typing filters the names), as `actorId`. The names come
 * from GET /api/audit-events/actors, since auditors may not list users; a few hundred at most, so
 * all are read once and filtered here.
 */
export const ActorFilterInput = ({ source, alwaysOn: _alwaysOn }: { source: string; alwaysOn?: boolean }) => {
  const dataProvider = useDataProvider<AuditDataProvider>();
  const { data } = useQuery({
    queryKey: ['audit-events', 'actors'],
    queryFn: async () => (await dataProvider.getAuditActors()).data,
    staleTime: 5 * 60 * 1000,
  });
  return (
    <AutocompleteInput
      source={source}
      choices={data ?? []}
      optionText="fullName"
      label="resources.audit-events.fields.actor"
      helperText={false}
      sx={{ minWidth: 240 }}
    />
  );
};
