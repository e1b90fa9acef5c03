import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { vocabularyKey } from '../common/choices';
import { countryName } from '../common/countries';
import { formatDate } from '../common/formatDateTime';
import { serverMessage } from '../common/serverErrors';
import { AttentionCard } from './AttentionCard';
import { CountsCard } from './CountsCard';
import type { DashboardDataProvider } from './dashboardApi';

export const DASHBOARD_QUERY_KEY = ['dashboard'];

/**
 * The landing page: what needs attention today (each card opens the list of exactly its records),
 * then the register in numbers. What it holds follows the role (the server decides).
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<DashboardDataProvider>();
  const { data, error, isPending } = useQuery({ queryKey: DASHBOARD_QUERY_KEY, queryFn: () => dataProvider.getDashboard().then(({ data }) => data) });
  // Cards keep their own height: an empty group stays small beside a long one.
  const grid = { display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))' } as const;
  return (
    <Box sx={{ py: 2 }} data-testid="dashboard">
      <Title title="klch.dashboard.title" />
      {isPending && <CircularProgress aria-label={translate('ra.page.loading')} />}
      {error && <Alert severity="error">{translate(serverMessage(error), { _: serverMessage(error) })}</Alert>}
      {data && (
        <>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('klch.dashboard.attentionTitle', { date: formatDate(data.today) })}
          </Typography>
          <Box sx={grid}>
            {data.attention.map((group) => (
              <AttentionCard key={group.kind} group={group} />
            ))}
          </Box>
          <Typography variant="h6" component="h1" sx={{ mt: 3 }} gutterBottom>
            {translate('klch.dashboard.countsTitle')}
          </Typography>
          <Box sx={grid}>
            <CountsCard
              title="klch.dashboard.counts.byStatus"
              rows={data.byStatus}
              label={(key) => translate(vocabularyKey('status', key), { _: key })}
            />
            <CountsCard
              title="klch.dashboard.counts.byCategory"
              rows={data.byCategory}
              label={(key) => translate(vocabularyKey('category', key), { _: key })}
            />
            <CountsCard title="klch.dashboard.counts.byCountry" rows={data.byCountry} label={(key) => countryName(key, locale)} />
            <CountsCard
              title="klch.dashboard.counts.bySdgTarget"
              rows={data.bySdgTarget}
              label={(key) => translate('klch.dashboard.target', { code: key })}
            />
          </Box>
        </>
      )}
    </Box>
  );
};
