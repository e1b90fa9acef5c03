import { DOCUMENT_CATEGORIES, MAX_DOCUMENT_BYTES, type DocumentCategory } from '@klch/shared';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import UploadIcon from '@mui/icons-material/Upload';
import { Alert, Button, CircularProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import { useDataProvider, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useDataProviderMutation } from '../common/useDataProviderMutation';
import { useNotifyServerError } from '../common/useNotifyServerError';
import type { DocumentsDataProvider, DocumentUpload } from './documentsApi';
import { formatFileSize } from './fileSize';
import { ACCEPT_ATTRIBUTE, fileProblem } from './uploadRules';

/**
 * Upload one file to the partnership: pick a category and a file, then Upload. The type and the
 * 20 MB limit are checked here first (nothing is sent for a file the server would refuse); the
 * server still checks the content and answers 4xx with a sentence, shown as a notification.
 * The caller decides who sees it (officers and managers, partnership not archived).
 */
export const UploadDocumentControl = ({ partnershipId }: { partnershipId: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const notifyServerError = useNotifyServerError();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<DocumentsDataProvider>();
  const input = useRef<HTMLInputElement>(null);
  const [category, setCategory] = useState<DocumentCategory | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useDataProviderMutation((chosen: DocumentUpload) => dataProvider.uploadDocument(chosen), {
    onSuccess: (_answer, chosen) => {
      notify('resources.documents.upload.uploaded', { type: 'success', messageArgs: { name: chosen.file.name } });
      forgetFile();
      setCategory('');
      refresh();
    },
    onError: (error) => notifyServerError(error, { multiLine: true }),
  });
  const busy = upload.isPending;

  const size = (bytes: number) => formatFileSize(bytes, locale);

  const forgetFile = () => {
    setFile(null);
    // Cleared, so choosing the same file again fires a change event.
    if (input.current) input.current.value = '';
  };

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    if (!chosen) return forgetFile();
    const refused = fileProblem(chosen, size);
    if (refused) {
      setProblem(translate(refused.message, refused.args));
      forgetFile();
      return;
    }
    setProblem(null);
    setFile(chosen);
  };

  const send = () => {
    if (!file || !category) return;
    const refused = fileProblem(file, size);
    if (refused) return setProblem(translate(refused.message, refused.args));
    upload.mutate({ partnershipId, category, file });
  };

  return (
    <Stack spacing={1} data-testid="document-upload">
      <Typography variant="subtitle2">{translate('resources.documents.upload.title')}</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems={{ sm: 'center' }}>
        <TextField
          select
          size="small"
          label={translate('resources.documents.fields.category')}
          value={category}
          onChange={(event) => setCategory(event.target.value as DocumentCategory)}
          sx={{ minWidth: 240 }}
        >
          {DOCUMENT_CATEGORIES.map((code) => (
            <MenuItem key={code} value={code}>
              {translate(`resources.documents.category.${code}`)}
            </MenuItem>
          ))}
        </TextField>
        {/*
          A real button that opens the file input, not a label around it: a focusable input inside a
          role="button" is a nested interactive control (axe), which screen readers announce twice.
          The input keeps the name ("Choose file") for tests and assistive technology, out of the tab order.
        */}
        <Button variant="outlined" startIcon={<AttachFileIcon />} disabled={busy} onClick={() => input.current?.click()}>
          {translate('resources.documents.action.chooseFile')}
        </Button>
        <input
          ref={input}
          type="file"
          accept={ACCEPT_ATTRIBUTE}
          onChange={onFileChosen}
          aria-label={translate('resources.documents.action.chooseFile')}
          tabIndex={-1}
          disabled={busy}
          style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}
        />
        <Typography variant="body2" color="text.secondary" sx={{ minWidth: 120 }} data-testid="chosen-file">
          {file ? `${file.name} (${size(file.size)})` : translate('resources.documents.upload.noFile')}
        </Typography>
        <Button
          variant="contained"
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : <UploadIcon />}
          onClick={send}
          disabled={busy || !file || !category}
        >
          {translate('resources.documents.action.upload')}
        </Button>
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {translate('resources.documents.upload.rules', { max: size(MAX_DOCUMENT_BYTES) })}
      </Typography>
      {problem && (
        <Alert severity="error" onClose={() => setProblem(null)} data-testid="upload-problem">
          {problem}
        </Alert>
      )}
    </Stack>
  );
};
