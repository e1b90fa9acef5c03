import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import { formatDate } from '../common/formatDateTime';
import { serverMessage } from '../common/serverErrors';
import { useCurrentUser } from '../common/useCurrentUser';
import { AttentionCard } from './AttentionCard';
import { AuditTrailCard } from './AuditTrailCard';
import type { DashboardDataProvider } from './dashboardApi';
import { RecentActivityCard } from './RecentActivityCard';

// The charts are a chunk of their own, fetched after the attention cards show (what the day starts with).
const CountsSection = lazy(() => import('./CountsSection'));

export const DASHBOARD_QUERY_KEY = ['dashboard'];

/**
 * The landing page: what needs attention today (each card opens the list of exactly its records),
 * the latest changes (and for auditors the trail's state), then the register in numbers. What it
 * holds follows the role (the server decides).
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<DashboardDataProvider>();
  // Only once signed in: the landing page is also what a visitor reaches first, and asking for it
  // then would be refused (401) and leave a "please log in" message over the login page.
  const signedIn = !!useCurrentUser();
  const { data, error, isPending } = useQuery({
    queryKey: DASHBOARD_QUERY_KEY,
    queryFn: () => dataProvider.getDashboard().then(({ data }) => data),
    enabled: signedIn,
  });
  // Cards keep their own height: an empty group stays small beside a long one.
  const grid = { display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))' } as const;
  return (
    <Box sx={{ py: 2 }} data-testid="dashboard">
      <Title title="klch.dashboard.title" />
      {signedIn && isPending && <CircularProgress aria-label={translate('ra.page.loading')} />}
      {error && <Alert severity="error">{translate(serverMessage(error), { _: serverMessage(error) })}</Alert>}
      {data && (
        <>
          {/* h2: the page's h1 is its title in the app bar. */}
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('klch.dashboard.attentionTitle', { date: formatDate(data.today) })}
          </Typography>
          <Box sx={grid}>
            {data.attention.map((group) => (
              <AttentionCard key={group.kind} group={group} />
            ))}
          </Box>
          <Box sx={{ ...grid, mt: 2 }}>
            <RecentActivityCard items={data.recentActivity} />
            {data.auditTrail && <AuditTrailCard status={data.auditTrail} />}
          </Box>
          <Typography variant="h6" component="h2" sx={{ mt: 3 }} gutterBottom>
            {translate('klch.dashboard.countsTitle')}
          </Typography>
          <Suspense fallback={<CircularProgress size={24} />}>
            <CountsSection data={data} grid={grid} />
          </Suspense>
        </>
      )}
    </Box>
  );
};
