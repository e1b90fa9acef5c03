import { Alert, AlertTitle } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/**
 * Demo records mix facts from the SDG 17 report with invented details (dates, people,
 * milestones). The notice says which is which, so nobody takes the invented parts as fact.
 */
export const DemoDataNotice = () => {
  const record = useRecordContext<{ isDemoData?: boolean; demoNote?: string | null }>();
  const translate = useTranslate();
  if (!record || (!record.isDemoData && !record.demoNote)) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="demo-data-notice">
      <AlertTitle>{translate('klch.demo.title')}</AlertTitle>
      {record.demoNote || translate('klch.demo.generic')}
    </Alert>
  );
};
