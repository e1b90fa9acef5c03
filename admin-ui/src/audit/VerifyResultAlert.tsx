import { Alert, AlertTitle, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDateTime } from '../common/formatDateTime';
import type { VerifyResult } from '@klch/shared';

/** Enough of the head hash to compare by eye with an exported head; the full hash is in the title. */
const HASH_PREFIX_LENGTH = 12;

/**
 * The outcome of a chain verification, unmistakable either way: green with the event count and
 * the head hash, or red with the first bad sequence number and the server's reason.
 */
export const VerifyResultAlert = ({ result, checkedAt }: { result: VerifyResult; checkedAt?: Date }) => {
  const translate = useTranslate();
  const checked = checkedAt && (
    <Typography variant="body2" sx={{ mt: 1 }}>
      {translate('resources.audit-events.verify.checkedAt', { date: formatDateTime(checkedAt) })}
    </Typography>
  );
  if (result.valid) {
    return (
      <Alert severity="success" data-testid="verify-result" data-valid="true">
        <AlertTitle title={result.headHash}>
          {translate('resources.audit-events.verify.intact', {
            count: result.count,
            hash: result.headHash.slice(0, HASH_PREFIX_LENGTH),
          })}
        </AlertTitle>
        {result.exportedHeadSeq !== undefined && (
          <Typography variant="body2">{translate('resources.audit-events.verify.intactHead', { seq: result.exportedHeadSeq })}</Typography>
        )}
        {checked}
      </Alert>
    );
  }
  return (
    <Alert severity="error" data-testid="verify-result" data-valid="false">
      <AlertTitle>{translate('resources.audit-events.verify.broken', { seq: result.firstBadSeq })}</AlertTitle>
      <Typography variant="body2">{result.reason}</Typography>
      {checked}
    </Alert>
  );
};
