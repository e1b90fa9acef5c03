import { type CalendarQuery, MAX_CALENDAR_DAYS } from '@klch/shared';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Tooltip } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../common/formatDateTime';
import { calendarIcsUrl } from './calendarApi';

/**
 * The .ics of what the page shows, from the first day on screen for the longest range the server
 * gives, in the reader's language. A plain link (the documents' downloads are too): the browser
 * sends the session cookie itself, and downloads the file under the server's name for it.
 */
export const ExportIcsButton = ({ query }: { query: CalendarQuery & { from: string } }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Tooltip describeChild title={translate('klch.calendar.exportHint', { from: formatDate(query.from), days: MAX_CALENDAR_DAYS })}>
      <Button
        component="a"
        href={calendarIcsUrl(query, locale)}
        download="kl-partnerships.ics"
        startIcon={<DownloadIcon />}
        variant="outlined"
        size="small"
      >
        {translate('klch.calendar.export')}
      </Button>
    </Tooltip>
  );
};
