import type { AuditEventView } from '@klch/shared';
import { Box, Button, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { formatDateTime } from '../common/formatDateTime';

/**
 * The record's own versions, oldest first: each change of the record itself (created, edited,
 * status changed, archived) is a moment it can be seen as of, one click each. The chosen one is
 * marked (aria-pressed). Long histories scroll within the list.
 */
export const AsOfVersions = ({
  versions,
  selected,
  onPick,
}: {
  versions: AuditEventView[];
  selected: number | null;
  onPick: (version: AuditEventView) => void;
}) => {
  const translate = useTranslate();
  const headingId = useId();
  if (versions.length === 0) return null;
  return (
    <Box>
      <Typography id={headingId} variant="subtitle2" component="h3">
        {translate('resources.audit-events.asOf.versions')}
      </Typography>
      <Box component="ol" aria-labelledby={headingId} sx={{ m: 0, p: 0, listStyle: 'none', maxHeight: 240, overflowY: 'auto' }}>
        {versions.map((version) => {
          const action = translate(`resources.audit-events.actions.${version.action}`, { _: version.action });
          const who = version.actorId === null ? translate('resources.audit-events.timeline.system') : (version.actorName ?? '');
          return (
            <li key={version.id}>
              <Button
                size="small"
                variant={selected === version.id ? 'contained' : 'text'}
                aria-pressed={selected === version.id}
                onClick={() => onPick(version)}
                sx={{ textTransform: 'none', justifyContent: 'flex-start', textAlign: 'left' }}
                data-testid="as-of-version"
              >
                {translate('resources.audit-events.asOf.version', { seq: version.id, date: formatDateTime(version.at), action, who })}
              </Button>
            </li>
          );
        })}
      </Box>
    </Box>
  );
};
