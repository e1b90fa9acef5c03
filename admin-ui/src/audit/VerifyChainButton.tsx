import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Button as MuiButton,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
} from '@mui/material';
import { useId, useState, type ChangeEvent } from 'react';
import { Button, useDataProvider, useTranslate } from 'react-admin';
import { serverMessage } from '../common/serverErrors';
import type { AuditDataProvider, ChainHead, VerifyResult } from './auditApi';
import { parseHeadFile } from './chainHeadFile';
import { VerifyResultAlert } from './VerifyResultAlert';

type VerifyState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; result: VerifyResult; checkedAt: Date }
  | { kind: 'failed'; message: string };

/**
 * "Verify chain": asks the server to walk the whole hash chain and shows the outcome in a dialog.
 * From there the auditor can also check against a head exported earlier, which is what detects
 * deleted newest events (a plain walk cannot see a clean cut at the end).
 */
export const VerifyChainButton = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AuditDataProvider>();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<VerifyState>({ kind: 'idle' });
  const fileInputId = useId();

  const verify = async (head?: ChainHead) => {
    setState({ kind: 'running' });
    try {
      const { data } = await dataProvider.verifyAuditChain(head);
      setState({ kind: 'done', result: data, checkedAt: new Date() });
    } catch (error) {
      setState({ kind: 'failed', message: serverMessage(error) });
    }
  };

  const onHeadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file may be picked again after a fix
    if (!file) return;
    const head = parseHeadFile(await file.text());
    if (!head) {
      setState({ kind: 'failed', message: translate('resources.audit-events.verify.badHeadFile') });
      return;
    }
    await verify(head);
  };

  return (
    <>
      <Button
        label="resources.audit-events.verify.button"
        onClick={() => {
          setOpen(true);
          void verify();
        }}
      >
        <VerifiedUserIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby={`${fileInputId}-title`}>
        <DialogTitle id={`${fileInputId}-title`}>{translate('resources.audit-events.verify.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            {state.kind === 'running' && (
              <Stack direction="row" spacing={2} alignItems="center" role="status">
                <CircularProgress size={20} />
                <Typography variant="body2">{translate('resources.audit-events.verify.running')}</Typography>
              </Stack>
            )}
            {state.kind === 'done' && <VerifyResultAlert result={state.result} checkedAt={state.checkedAt} />}
            {state.kind === 'failed' && <Alert severity="error">{translate(state.message, { _: state.message })}</Alert>}
            <Typography variant="body2" color="text.secondary">
              {translate('resources.audit-events.verify.explain')}
            </Typography>
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton
            component="label"
            startIcon={<UploadFileIcon />}
            disabled={state.kind === 'running'}
          >
            {translate('resources.audit-events.verify.againstHead')}
            <input id={fileInputId} type="file" accept="application/json,.json" hidden onChange={onHeadFile} />
          </MuiButton>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.close')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
