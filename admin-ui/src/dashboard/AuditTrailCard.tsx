import type { AuditTrailStatus, VerifyResult } from '@klch/shared';
import { Alert, Box, Button, Card, CardContent, List, ListItem, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { AuditDataProvider } from '../audit';
import { formatDateTime } from '../common/formatDateTime';
import { useDataProviderMutation } from '../common/useDataProviderMutation';

const key = (name: string) => `klch.dashboard.auditTrail.${name}`;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The auditor's card: how long the chain is and when it last grew, when it was last exported (and how
 * long ago: an old export is a weak anchor), the latest refused accesses, and a button that verifies
 * the whole chain now (it reads every event, so it runs when asked, not on every visit).
 */
export const AuditTrailCard = ({ status, now = new Date() }: { status: AuditTrailStatus; now?: Date }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AuditDataProvider>();
  const [result, setResult] = useState<VerifyResult | null>(null);
  const verify = useDataProviderMutation(() => dataProvider.verifyAuditChain(), { onSuccess: ({ data }) => setResult(data) });
  const age = (at: string) => {
    const days = Math.floor((now.getTime() - Date.parse(at)) / DAY_MS);
    return days <= 0 ? translate(key('today')) : translate(key('daysAgo'), { smart_count: days });
  };
  return (
    <Card variant="outlined" data-testid="audit-trail-status">
      <CardContent>
        <Typography variant="subtitle1" component="h2" gutterBottom>
          {translate(key('title'))}
        </Typography>
        <Typography variant="body2">
          {status.head.at
            ? translate(key('head'), { count: status.head.seq.toLocaleString('en-MY'), date: formatDateTime(status.head.at) })
            : translate(key('empty'))}
        </Typography>
        <Typography variant="body2" color={status.lastExport ? 'text.primary' : 'warning.dark'} sx={{ mt: 1 }} data-testid="last-export">
          {status.lastExport
            ? translate(key('lastExport'), {
                date: formatDateTime(status.lastExport.at),
                actor: status.lastExport.actorName ?? '?',
                age: age(status.lastExport.at),
              })
            : translate(key('neverExported'))}
        </Typography>
        <Box sx={{ mt: 1.5, display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button size="small" variant="outlined" onClick={() => verify.mutate()} disabled={verify.isPending}>
            {translate(verify.isPending ? key('verifying') : key('verify'))}
          </Button>
          <Button size="small" component={Link} to="/audit-events">
            {translate(key('openLog'))}
          </Button>
        </Box>
        {result && (
          <Alert severity={result.valid ? 'success' : 'error'} sx={{ mt: 1 }} data-testid="verify-result">
            {result.valid
              ? translate(key('valid'), { count: result.count.toLocaleString('en-MY') })
              : translate(key('broken'), { seq: result.firstBadSeq, reason: result.reason })}
          </Alert>
        )}
        <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
          {translate(key('refusals'))}
        </Typography>
        {status.refusals.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate(key('noRefusals'))}
          </Typography>
        ) : (
          <List dense disablePadding>
            {status.refusals.map((refusal) => (
              <ListItem key={refusal.id} disableGutters sx={{ display: 'block' }} data-testid="refusal">
                <Typography variant="body2" component="p">
                  {refusal.actorName ?? '?'} — {refusal.reason ?? refusal.entityType}
                </Typography>
                <Typography variant="caption" color="text.secondary" component="p">
                  {formatDateTime(refusal.at)}
                </Typography>
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
};
