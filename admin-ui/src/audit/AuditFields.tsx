import type { AuditEventRecord, AuditEventView } from '@klch/shared';
import { Chip, Link as MuiLink, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { vocabularyKey } from '../common/choices';
import type { CustomFieldProps } from '../common/fieldProps';
import { formatDateTime } from '../common/formatDateTime';
import { recordName } from './auditNames';

/** Refusals and failures stand out in a long trail; everything else is a plain chip. */
const ALERTING_ACTIONS = new Set(['access_denied', 'login_failed', 'reject']);

/** Record types with a show page the trail can link to. */
const LINKABLE = new Set(['partnerships', 'organisations']);

function useActionLabel() {
  const translate = useTranslate();
  return (action: string) => translate(`resources.audit-events.actions.${action}`, { _: action });
}

/** The event's action, translated; data-action keeps the code for tests and for copy-paste. */
export const ActionChip = (_props: CustomFieldProps) => {
  const record = useRecordContext<AuditEventRecord>();
  const label = useActionLabel();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={ALERTING_ACTIONS.has(record.action) ? 'error' : 'default'}
      label={label(record.action)}
      data-action={record.action}
    />
  );
};

/** "Demo Officer (Officer)": who acted, in which role at the time (roles change; the trail keeps the old one). */
export const ActorField = (_props: CustomFieldProps) => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record) return null;
  // No actor id: the system itself (migrations, demo data), named in the reader's language.
  const name = record.actorId === null ? translate('resources.audit-events.timeline.system') : (record.actorName ?? '');
  return (
    <Typography component="span" variant="body2">
      {name}
      {record.actorRole && (
        <Typography component="span" variant="body2" color="text.secondary">
          {' '}
          ({translate(vocabularyKey('role', record.actorRole), { _: record.actorRole })})
        </Typography>
      )}
    </Typography>
  );
};

/** The event's time on Kuala Lumpur's clock, with the zone: 27/11/2026 14:05 MYT. */
export const AtField = (_props: CustomFieldProps) => {
  const record = useRecordContext<AuditEventView>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatDateTime(record.at)}
    </Typography>
  );
};

/** "Partnership *Sister city nomination: Zhengzhou*": the record's type, and its name when known (else its id). */
const EntityText = ({ record }: { record: AuditEventView }) => {
  const translate = useTranslate();
  const type = translate(`resources.audit-events.entityTypes.${record.entityType}`, { _: record.entityType });
  const name = recordName(record, record.entityType, record.entityId);
  if (!record.entityId) return <>{type}</>;
  if (!name) return <>{`${type} ${record.entityId}`}</>;
  return (
    <>
      {type} <em>{name}</em>
    </>
  );
};

/**
 * The record the event is about, by name, linked to it when it has a page. The click stops
 * here, so following the link does not also toggle the row's expand panel.
 */
export const EntityField = (_props: CustomFieldProps) => {
  const record = useRecordContext<AuditEventView>();
  const createPath = useCreatePath();
  if (!record) return null;
  if (!record.entityId || !LINKABLE.has(record.entityType)) {
    return (
      <Typography component="span" variant="body2">
        <EntityText record={record} />
      </Typography>
    );
  }
  return (
    <MuiLink
      component={Link}
      to={createPath({ resource: record.entityType, id: record.entityId, type: 'show' })}
      onClick={(event: MouseEvent) => event.stopPropagation()}
      variant="body2"
    >
      <EntityText record={record} />
    </MuiLink>
  );
};
