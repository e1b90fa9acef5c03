import type { DocumentRecord } from '@klch/shared';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldProps } from '../common/fieldProps';
import { formatFileSize } from './fileSize';

/** The size in bytes as people read it (1.4 MB). */
export const FileSizeField = (_props: CustomFieldProps) => {
  const record = useRecordContext<DocumentRecord>();
  const [locale] = useLocaleState();
  if (record?.size == null) return null;
  return (
    <Typography component="span" variant="body2" title={`${record.size} B`}>
      {formatFileSize(record.size, locale)}
    </Typography>
  );
};

/**
 * A plain link to the file: the session is a same-origin cookie, so the browser's own download
 * sends it, and the server answers with the original name (Content-Disposition: attachment).
 */
export const DownloadButton = (_props: CustomFieldProps) => {
  const record = useRecordContext<DocumentRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button
      component="a"
      href={`/api/documents/${encodeURIComponent(String(record.id))}/download`}
      download={record.fileName}
      size="small"
      startIcon={<DownloadIcon />}
      aria-label={translate('resources.documents.action.downloadNamed', { name: record.fileName })}
    >
      {translate('resources.documents.action.download')}
    </Button>
  );
};
