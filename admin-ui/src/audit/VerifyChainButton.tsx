import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Button as MuiButton, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import type { ChainHead } from '@klch/shared';
import { useId, useState, type ChangeEvent } from 'react';
import { Button, useDataProvider, useTranslate } from 'react-admin';
import { serverMessage } from '../common/serverErrors';
import { isSignedOut, useDataProviderMutation } from '../common/useDataProviderMutation';
import type { AuditDataProvider } from './auditApi';
import { parseHeadFile } from './chainHeadFile';
import { VerifyResultAlert } from './VerifyResultAlert';

/**
 * "Verify chain": asks the server to walk the whole hash chain and shows the outcome in a dialog.
 * From there the auditor can also check against a head exported earlier, which is what detects
 * deleted newest events (a plain walk cannot see a clean cut at the end).
 */
export const VerifyChainButton = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AuditDataProvider>();
  const [open, setOpen] = useState(false);
  const [badFile, setBadFile] = useState(false);
  const fileInputId = useId();
  // A refusal shows in the dialog (below), not as a notification.
  const verification = useDataProviderMutation(
    async (head?: ChainHead) => ({ result: (await dataProvider.verifyAuditChain(head)).data, checkedAt: new Date() }),
    { onError: () => undefined },
  );
  const verify = (head?: ChainHead) => {
    setBadFile(false);
    verification.mutate(head);
  };

  const onHeadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file may be picked again after a fix
    if (!file) return;
    const head = parseHeadFile(await file.text());
    if (!head) {
      verification.reset();
      setBadFile(true);
      return;
    }
    verify(head);
  };
  const failure = badFile
    ? translate('resources.audit-events.verify.badHeadFile')
    : verification.isError && !isSignedOut(verification.error)
      ? serverMessage(verification.error)
      : null;

  return (
    <>
      <Button
        label="resources.audit-events.verify.button"
        onClick={() => {
          setOpen(true);
          verify();
        }}
      >
        <VerifiedUserIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby={`${fileInputId}-title`}>
        <DialogTitle id={`${fileInputId}-title`}>{translate('resources.audit-events.verify.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            {verification.isPending && (
              <Stack direction="row" spacing={2} alignItems="center" role="status">
                <CircularProgress size={20} />
                <Typography variant="body2">{translate('resources.audit-events.verify.running')}</Typography>
              </Stack>
            )}
            {verification.isSuccess && !badFile && <VerifyResultAlert result={verification.data.result} checkedAt={verification.data.checkedAt} />}
            {failure && <Alert severity="error">{translate(failure, { _: failure })}</Alert>}
            <Typography variant="body2" color="text.secondary">
              {translate('resources.audit-events.verify.explain')}
            </Typography>
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton component="label" startIcon={<UploadFileIcon />} disabled={verification.isPending}>
            {translate('resources.audit-events.verify.againstHead')}
            <input id={fileInputId} type="file" accept="application/json,.json" hidden onChange={onHeadFile} />
          </MuiButton>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.close')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
