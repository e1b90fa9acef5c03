import type { AuditEventView } from '@klch/shared';
import { Box, Stack, Typography } from '@mui/material';
import { DataTable, FilterButton, List, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldProps } from '../common/fieldProps';
import { ActionChip, ActorField, AtField, EntityField } from './AuditFields';
import { AUDIT_FILTER_DEFAULTS, auditFilters } from './auditFilters';
import { ChangesSummaryField } from './ChangesSummaryField';
import { ChangesTable } from './ChangesTable';
import { ExportHeadButton } from './ExportHeadButton';
import { ExportLinks } from './ExportLinks';
import { ReasonText } from './ReasonText';
import { VerifyChainButton } from './VerifyChainButton';

const AuditLogActions = () => (
  <TopToolbar>
    <FilterButton />
    <VerifyChainButton />
    <ExportHeadButton />
    <ExportLinks />
  </TopToolbar>
);

const Hash = ({ label, value }: { label: string; value: string | null }) => (
  <Typography variant="caption" component="div" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
    {label}: {value ?? '-'}
  </Typography>
);

/** A row's expand panel: every changed field with before and after, and the event's chain links. */
const AuditEventPanel = () => {
  const record = useRecordContext<AuditEventView>();
  const translate = useTranslate();
  if (!record) return null;
  const label = (field: string) => translate(`resources.audit-events.fields.${field}`);
  return (
    <Stack spacing={1} sx={{ py: 1 }} aria-label={translate('resources.audit-events.changes.details')}>
      <ChangesTable changes={record.changes} entityType={record.entityType} names={record.names} />
      {record.reason && (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
          {label('reason')}: <ReasonText event={record} />
        </Typography>
      )}
      <Box>
        <Hash label={label('requestId')} value={record.requestId} />
        <Hash label={label('prevHash')} value={record.prevHash} />
        <Hash label={label('hash')} value={record.hash} />
      </Box>
    </Stack>
  );
};

/** The reason column: a read's query in words, any other reason as written. */
const ReasonField = (_props: CustomFieldProps) => {
  const record = useRecordContext<AuditEventView>();
  if (!record?.reason) return null;
  return (
    <Typography component="span" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
      <ReasonText event={record} />
    </Typography>
  );
};

/**
 * The whole trail for auditors and admins, newest first; reads and sign-ins hidden until asked for. Filters are the server's; the toolbar
 * verifies the chain and exports exactly what the filters select. Read-only: no bulk actions,
 * and react-admin's own export is off because the server's streamed export replaces it.
 */
export const AuditLogList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate('resources.audit-events.log.title')}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={50}
      filters={auditFilters}
      filterDefaultValues={AUDIT_FILTER_DEFAULTS}
      actions={<AuditLogActions />}
      exporter={false}
    >
      <DataTable rowClick="expand" expand={<AuditEventPanel />} bulkActionButtons={false}>
        <DataTable.NumberCol source="id" options={{ useGrouping: false }} />
        <DataTable.Col source="at" field={AtField} />
        <DataTable.Col source="actor" disableSort field={ActorField} />
        <DataTable.Col source="action" disableSort field={ActionChip} />
        <DataTable.Col source="entity" disableSort field={EntityField} />
        <DataTable.Col source="changes" disableSort field={ChangesSummaryField} />
        <DataTable.Col source="reason" disableSort field={ReasonField} />
      </DataTable>
    </List>
  );
};
