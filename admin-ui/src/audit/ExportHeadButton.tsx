import SaveAltIcon from '@mui/icons-material/SaveAlt';
import { Tooltip } from '@mui/material';
import { Button, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useDataProviderMutation } from '../common/useDataProviderMutation';
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
  const exportHead = useDataProviderMutation(async () => (await dataProvider.getAuditHead()).data, {
    onSuccess: (head) => {
      const file = headFileName(head);
      downloadText(file, `${JSON.stringify(head, null, 2)}\n`);
      notify('resources.audit-events.head.saved', { type: 'info', messageArgs: { seq: head.seq, file }, multiLine: true, autoHideDuration: 10_000 });
    },
  });

  return (
    <Tooltip title={translate('resources.audit-events.head.hint')} describeChild>
      <span>
        <Button label="resources.audit-events.head.button" onClick={() => exportHead.mutate()} disabled={exportHead.isPending}>
          <SaveAltIcon />
        </Button>
      </span>
    </Tooltip>
  );
};
