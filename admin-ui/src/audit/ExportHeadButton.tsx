import SaveAltIcon from '@mui/icons-material/SaveAlt';
import { Tooltip } from '@mui/material';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { serverMessage } from '../common/serverErrors';
import type { AuditDataProvider } from './auditApi';
import { downloadText, headFileName } from './chainHeadFile';

/**
 * "Export head": downloads the signed chain head as a JSON file. Kept outside the system (mailed
 * to the audit office, printed), it lets a later verification prove that no newest events were
 * deleted, which the chain alone cannot show.
 */
export const ExportHeadButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AuditDataProvider>();
  const [busy, setBusy] = useState(false);

  const exportHead = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.getAuditHead();
      const file = headFileName(data);
      downloadText(file, `${JSON.stringify(data, null, 2)}\n`);
      notify('resources.audit-events.head.saved', {
        type: 'info',
        messageArgs: { seq: data.seq, file },
        multiLine: true,
        autoHideDuration: 10_000,
      });
    } catch (error) {
      const message = serverMessage(error);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Tooltip title={translate('resources.audit-events.head.hint')} describeChild>
      <span>
        <Button label="resources.audit-events.head.button" onClick={exportHead} disabled={busy}>
          <SaveAltIcon />
        </Button>
      </span>
    </Tooltip>
  );
};
