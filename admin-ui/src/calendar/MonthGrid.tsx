import type { CalendarEntry } from '@klch/shared';
import { Box, Link, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDate } from '../common/formatDateTime';
import { CalendarEntryLink } from './CalendarEntryLink';
import { monthOf, WEEKDAYS } from './calendarDates';

/** Past this many entries a day cell says "+N more", which opens the agenda at that day: the grid keeps its shape. */
const SHOWN_PER_DAY = 4;

interface MonthGridProps {
  month: string;
  weeks: string[][];
  byDay: Map<string, CalendarEntry[]>;
  today: string;
  onMore: (day: string) => void;
}

/** The month, Monday to Sunday: each day with its first entries; days of the months around it muted. */
export const MonthGrid = ({ month, weeks, byDay, today, onMore }: MonthGridProps) => {
  const translate = useTranslate();
  return (
    <Box role="grid" aria-label={translate('klch.calendar.views.month')} sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))' }}>
      <Box role="row" sx={{ display: 'contents' }}>
        {WEEKDAYS.map((weekday) => (
          <Typography
            key={weekday}
            role="columnheader"
            variant="caption"
            noWrap
            sx={{ px: 1, py: 0.5, fontWeight: 600, color: 'text.secondary', borderBottom: 1, borderColor: 'divider' }}
          >
            {translate(`klch.calendar.weekdays.${weekday}`)}
          </Typography>
        ))}
      </Box>
      {weeks.map((week) => (
        <Box key={week[0]} role="row" sx={{ display: 'contents' }}>
          {week.map((day) => {
            const entries = byDay.get(day) ?? [];
            const outside = monthOf(day) !== month;
            return (
              <Box
                key={day}
                role="gridcell"
                aria-label={formatDate(day)}
                data-testid={`calendar-day-${day}`}
                sx={{
                  minHeight: 110,
                  minWidth: 0,
                  p: 0.5,
                  display: 'flex',
                  flexDirection: 'column',
                  gap: 0.25,
                  borderBottom: 1,
                  borderRight: 1,
                  borderColor: 'divider',
                  bgcolor: outside ? 'action.hover' : undefined,
                }}
              >
                <Typography
                  variant="caption"
                  component="span"
                  sx={{
                    alignSelf: 'flex-start',
                    minWidth: 24,
                    px: 0.5,
                    borderRadius: 12,
                    textAlign: 'center',
                    fontWeight: day === today ? 700 : 400,
                    color: day === today ? 'primary.contrastText' : outside ? 'text.disabled' : 'text.primary',
                    bgcolor: day === today ? 'primary.main' : undefined,
                  }}
                >
                  {Number(day.slice(8))}
                </Typography>
                {entries.slice(0, SHOWN_PER_DAY).map((entry) => (
                  <CalendarEntryLink key={entry.key} entry={entry} />
                ))}
                {entries.length > SHOWN_PER_DAY && (
                  <Link component="button" type="button" variant="caption" onClick={() => onMore(day)} sx={{ alignSelf: 'flex-start', pl: 0.5 }}>
                    {translate('klch.calendar.more', { count: entries.length - SHOWN_PER_DAY })}
                  </Link>
                )}
              </Box>
            );
          })}
        </Box>
      ))}
    </Box>
  );
};
