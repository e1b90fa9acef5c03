import type { AuditEventRecord } from '@klch/shared';
import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldProps } from '../common/fieldProps';
import { changeRows, fieldLabel, formatValue, truncate } from './changeValues';

/** How many changed fields the list shows in full; the row's expand panel has them all. */
const SHOWN = 2;

/** A one-glance summary of an event's changes for the list: "Title: old → new", then "+3 more". */
export const ChangesSummaryField = (_props: CustomFieldProps) => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const rows = changeRows(record.changes);
  if (rows.length === 0) return null;
  const empty = translate('resources.audit-events.changes.empty');
  const show = (field: string, value: unknown) => truncate(formatValue(field, value, translate) ?? empty);
  return (
    <Typography component="div" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
      {rows.slice(0, SHOWN).map(({ field, before, after }) => (
        <div key={field}>
          <strong>{fieldLabel(record.entityType, field, translate)}</strong>: {show(field, before)} → {show(field, after)}
        </div>
      ))}
      {rows.length > SHOWN && (
        <Typography component="div" variant="caption" color="text.secondary">
          {translate('resources.audit-events.changes.more', { smart_count: rows.length - SHOWN })}
        </Typography>
      )}
    </Typography>
  );
};
