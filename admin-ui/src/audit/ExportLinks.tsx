import DownloadIcon from '@mui/icons-material/Download';
import { Button, Tooltip } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';

export type AuditExportFormat = 'csv' | 'jsonl';

/** The streamed export of the events matching `filter` (the list's own filter, same names). */
export function auditExportUrl(format: AuditExportFormat, filter: Record<string, unknown>): string {
  return `/api/audit-events/export?${new URLSearchParams({ format, filter: JSON.stringify(filter) })}`;
}

/**
 * "Export CSV" / "Export JSON Lines" as plain links: the browser downloads the streamed file
 * itself (the session is a same-origin cookie), so a million events never pass through script memory.
 */
export const ExportLinks = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const links: Array<[AuditExportFormat, string]> = [
    ['csv', 'resources.audit-events.export.csv'],
    ['jsonl', 'resources.audit-events.export.jsonl'],
  ];
  return (
    <>
      {links.map(([format, label]) => (
        <Tooltip key={format} title={translate('resources.audit-events.export.hint')} describeChild>
          <Button href={auditExportUrl(format, filterValues ?? {})} download size="small" startIcon={<DownloadIcon />}>
            {translate(label)}
          </Button>
        </Tooltip>
      ))}
    </>
  );
};
