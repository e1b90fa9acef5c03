import type { AuditEventView } from '@klch/shared';
import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldProps } from '../common/fieldProps';
import { changeRows, fieldLabel, formatValue } from './changeValues';

/** How many changed fields the list names; the row's expand panel has them all. */
const SHOWN = 3;
/** A value longer than this is not put in a list row; it is never cut short either (a cut can hide the difference). */
const INLINE = 60;

/**
 * A one-glance summary of an event's changes for the list: "Status: Active → Halted" when both
 * values are short, else only the field ("Summary: changed, see the details"), then "+3 more".
 * Every value is shown whole in the row's expand panel.
 */
export const ChangesSummaryField = (_props: CustomFieldProps) => {
  const record = useRecordContext<AuditEventView>();
  const translate = useTranslate();
  if (!record) return null;
  const rows = changeRows(record.changes);
  if (rows.length === 0) return null;
  const context = { translate, names: record.names, entityType: record.entityType };
  const empty = translate('resources.audit-events.changes.empty');
  return (
    <Typography component="div" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
      {rows.slice(0, SHOWN).map(({ field, before, after }) => {
        const was = formatValue(field, before, context) ?? empty;
        const now = formatValue(field, after, context) ?? empty;
        const inline = was.length <= INLINE && now.length <= INLINE;
        return (
          <div key={field} data-field={field}>
            <strong>{fieldLabel(record.entityType, field, translate)}</strong>:{' '}
            {inline ? `${was} → ${now}` : translate('resources.audit-events.changes.long')}
          </div>
        );
      })}
      {rows.length > SHOWN && (
        <Typography component="div" variant="caption" color="text.secondary">
          {translate('resources.audit-events.changes.more', { smart_count: rows.length - SHOWN })}
        </Typography>
      )}
    </Typography>
  );
};
