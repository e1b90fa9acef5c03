import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { AuditNames } from '@klch/shared';
import { useTranslate } from 'react-admin';
import { EmptyText } from '../common/EmptyText';
import { changeRows, fieldLabel, formatValue } from './changeValues';

const EmptyValue = () => {
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
      {translate('resources.audit-events.changes.empty')}
    </Typography>
  );
};

/**
 * Field-by-field before/after of one audit event: what an auditor reads to see exactly what
 * changed. Values are whole (never cut), keep their line breaks and wrap anywhere, so a long
 * summary stays readable; ids show as the names the server gave (`names`).
 */
export const ChangesTable = ({ changes, entityType, names }: { changes: unknown; entityType: string; names?: AuditNames }) => {
  const translate = useTranslate();
  const rows = changeRows(changes);
  const context = { translate, names, entityType };
  if (rows.length === 0) return <EmptyText message="resources.audit-events.changes.none" />;
  const cell = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', verticalAlign: 'top' } as const;
  return (
    <Table size="small" aria-label={translate('resources.audit-events.fields.changes')} data-testid="changes-table">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '20%' }}>{translate('resources.audit-events.changes.field')}</TableCell>
          <TableCell sx={{ width: '40%' }}>{translate('resources.audit-events.changes.before')}</TableCell>
          <TableCell sx={{ width: '40%' }}>{translate('resources.audit-events.changes.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ field, before, after }) => {
          const was = formatValue(field, before, context);
          const now = formatValue(field, after, context);
          return (
            <TableRow key={field} data-field={field}>
              <TableCell component="th" scope="row" sx={cell}>
                {fieldLabel(entityType, field, translate)}
              </TableCell>
              <TableCell sx={cell}>{was ?? <EmptyValue />}</TableCell>
              <TableCell sx={cell}>{now ?? <EmptyValue />}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
