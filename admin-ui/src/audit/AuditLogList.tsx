import type { AuditEventRecord } from '@klch/shared';
import { Box, Stack, Typography } from '@mui/material';
import { DataTable, DateField, FilterButton, List, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { ActionChip, ActorField, EntityField } from './AuditFields';
import { auditFilters } from './auditFilters';
import { ChangesSummaryField } from './ChangesSummaryField';
import { ChangesTable } from './ChangesTable';
import { ExportHeadButton } from './ExportHeadButton';
import { ExportLinks } from './ExportLinks';
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
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const label = (field: string) => translate(`resources.audit-events.fields.${field}`);
  return (
    <Stack spacing={1} sx={{ py: 1 }} aria-label={translate('resources.audit-events.changes.details')}>
      <ChangesTable changes={record.changes} entityType={record.entityType} />
      {record.reason && (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {label('reason')}: {record.reason}
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

/**
 * The whole trail for auditors and admins, newest first. Filters are the server's; the toolbar
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
      actions={<AuditLogActions />}
      exporter={false}
    >
      <DataTable rowClick="expand" expand={<AuditEventPanel />} bulkActionButtons={false}>
        <DataTable.NumberCol source="id" options={{ useGrouping: false }} />
        <DataTable.Col source="at" sx={{ whiteSpace: 'nowrap' }}>
          <DateField source="at" showTime />
        </DataTable.Col>
        <DataTable.Col source="actor" disableSort field={ActorField} />
        <DataTable.Col source="action" disableSort field={ActionChip} />
        <DataTable.Col source="entity" disableSort field={EntityField} />
        <DataTable.Col source="changes" disableSort field={ChangesSummaryField} />
        <DataTable.Col source="reason" disableSort>
          <TextField source="reason" sx={{ overflowWrap: 'anywhere' }} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
