import { CALENDAR_KINDS, type CalendarEntry, todayInKualaLumpur } from '@klch/shared';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Alert, Box, Button, Card, IconButton, LinearProgress, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import { serverMessage } from '../common/serverErrors';
import { AgendaList } from './AgendaList';
import type { CalendarDataProvider } from './calendarApi';
import { monthGrid, monthOf, shiftMonth } from './calendarDates';
import { ExportIcsButton } from './ExportIcsButton';
import { KindFilter } from './KindFilter';
import { MonthGrid } from './MonthGrid';
import { OwnerFilter } from './OwnerFilter';
import { PartnershipFilter } from './PartnershipFilter';
import { type CalendarView, useCalendarParams } from './useCalendarParams';
import { useKnownOwners } from './useKnownOwners';

/**
 * The calendar of milestones, expiries and review dates: a month grid or the month as an agenda,
 * filtered by partnership, owner and kind, each entry opening its record. Loaded lazily (App.tsx):
 * its code is a chunk of its own, fetched the first time someone opens it.
 */
export const CalendarPage = () => {
  const translate = useTranslate();
  const [params, change] = useCalendarParams();
  const today = todayInKualaLumpur();
  const grid = useMemo(() => monthGrid(params.month), [params.month]);
  // Both views ask for the grid's days: switching view is then no new request.
  const filters = {
    partnershipId: params.partnershipId,
    ownerId: params.ownerId,
    kind: params.kinds.length === CALENDAR_KINDS.length ? undefined : params.kinds,
  };
  const query = { from: grid.from, to: grid.to, ...filters };
  const dataProvider = useDataProvider<CalendarDataProvider>();
  const { data, error, isFetching } = useQuery({
    queryKey: ['calendar', query],
    queryFn: () => dataProvider.getCalendar(query).then(({ data }) => data),
    // The month shown stays until the next one has come, rather than blinking empty.
    placeholderData: keepPreviousData,
  });
  const byDay = useMemo(() => {
    const days = new Map<string, CalendarEntry[]>();
    for (const entry of data?.entries ?? []) days.set(entry.date, [...(days.get(entry.date) ?? []), entry]);
    return days;
  }, [data]);
  const owners = useKnownOwners(data?.entries);
  const monthName = translate('klch.calendar.monthTitle', {
    month: translate(`klch.calendar.months.${Number(params.month.slice(5))}`),
    year: params.month.slice(0, 4),
  });

  return (
    <Box sx={{ py: 2 }} data-testid="calendar">
      <Title title="klch.calendar.title" />
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 2 }}>
        <IconButton aria-label={translate('klch.calendar.previous')} onClick={() => change({ month: shiftMonth(params.month, -1) })}>
          <ChevronLeftIcon />
        </IconButton>
        <Button variant="outlined" size="small" onClick={() => change({ month: monthOf(today) })}>
          {translate('klch.calendar.today')}
        </Button>
        <IconButton aria-label={translate('klch.calendar.next')} onClick={() => change({ month: shiftMonth(params.month, 1) })}>
          <ChevronRightIcon />
        </IconButton>
        {/* h2: the page's h1 is its title in the app bar. */}
        <Typography variant="h5" component="h2" sx={{ mx: 1, minWidth: 200 }} data-testid="calendar-month">
          {monthName}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <ToggleButtonGroup
          exclusive
          size="small"
          value={params.view}
          aria-label={translate('klch.calendar.views.label')}
          onChange={(_, view: CalendarView | null) => view && change({ view })}
        >
          {(['month', 'agenda'] as const).map((view) => (
            <ToggleButton key={view} value={view} sx={{ textTransform: 'none' }}>
              {translate(`klch.calendar.views.${view}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <ExportIcsButton query={{ from: grid.from, ...filters }} />
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <PartnershipFilter value={params.partnershipId} onChange={(partnershipId) => change({ partnershipId })} />
        <OwnerFilter value={params.ownerId} owners={owners} onChange={(ownerId) => change({ ownerId })} />
        <KindFilter value={params.kinds} onChange={(kinds) => change({ kinds })} />
      </Box>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {translate(serverMessage(error), { _: serverMessage(error) })}
        </Alert>
      )}
      {data?.truncated && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('klch.calendar.truncated', { count: data.entries.length.toLocaleString('en-MY') })}
        </Alert>
      )}
      <Card variant="outlined">
        <LinearProgress sx={{ visibility: isFetching ? 'visible' : 'hidden' }} aria-hidden={!isFetching} />
        {params.view === 'month' ? (
          <MonthGrid month={params.month} weeks={grid.weeks} byDay={byDay} today={today} onMore={(day) => change({ view: 'agenda', day })} />
        ) : (
          <AgendaList
            days={[...byDay].filter(([day]) => monthOf(day) === params.month)}
            today={today}
            scrollTo={params.day}
            empty={translate('klch.calendar.empty', { month: monthName })}
          />
        )}
      </Card>
    </Box>
  );
};

export default CalendarPage;
