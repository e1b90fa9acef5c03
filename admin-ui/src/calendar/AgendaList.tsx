import type { CalendarEntry } from '@klch/shared';
import { Box, Chip, Link as MuiLink, List, ListItem, Typography } from '@mui/material';
import { useEffect } from 'react';
import { RecordContextProvider, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDate } from '../common/formatDateTime';
import { StatusChip } from '../common/StatusChip';
import { KIND_ICONS } from './CalendarEntryLink';
import { weekdayOf } from './calendarDates';
import { entryPath, isDone, KIND_COLOURS, kindText, partnershipText } from './entryPresentation';

interface AgendaListProps {
  /** The month's days that have entries, in order. */
  days: Array<[string, CalendarEntry[]]>;
  today: string;
  /** A day to scroll to (from a grid cell's "+N more"). */
  scrollTo?: string;
  empty: string;
}

/** The month as a list: each day with entries under its weekday and date, every entry in full. */
export const AgendaList = ({ days, today, scrollTo, empty }: AgendaListProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  useEffect(() => {
    if (scrollTo) document.getElementById(`agenda-${scrollTo}`)?.scrollIntoView?.({ block: 'start' });
  }, [scrollTo, days]);
  if (!days.length) {
    return (
      <Typography color="text.secondary" sx={{ p: 2 }}>
        {empty}
      </Typography>
    );
  }
  return (
    <Box data-testid="calendar-agenda">
      {days.map(([day, entries]) => (
        <Box key={day} id={`agenda-${day}`} component="section" aria-label={formatDate(day)} sx={{ scrollMarginTop: 64 }}>
          <Typography
            variant="subtitle2"
            component="h2"
            sx={{ px: 2, py: 1, bgcolor: 'action.hover', color: day === today ? 'primary.main' : 'text.primary', fontWeight: 600 }}
          >
            {translate(`klch.calendar.weekdays.${weekdayOf(day)}`)}, {formatDate(day)}
            {day === today ? ` · ${translate('klch.calendar.today')}` : ''}
          </Typography>
          <List dense disablePadding>
            {entries.map((entry) => {
              const Icon = KIND_ICONS[entry.kind];
              const done = isDone(entry);
              return (
                <ListItem
                  key={entry.key}
                  data-testid="calendar-entry"
                  data-kind={entry.kind}
                  data-key={entry.key}
                  sx={{ gap: 1.5, flexWrap: 'wrap' }}
                >
                  <Chip
                    size="small"
                    variant="outlined"
                    icon={<Icon />}
                    color={done ? 'default' : KIND_COLOURS[entry.kind]}
                    label={kindText(entry, translate)}
                    sx={{ minWidth: 150, justifyContent: 'flex-start' }}
                  />
                  <Box sx={{ flex: '1 1 320px', minWidth: 0, color: done ? 'text.secondary' : undefined }}>
                    <MuiLink
                      component={Link}
                      to={entryPath(entry)}
                      underline="hover"
                      color={done ? 'text.secondary' : 'primary'}
                      sx={{ textDecoration: done ? 'line-through' : undefined }}
                    >
                      {entry.kind === 'milestone' ? entry.milestoneTitle : partnershipText(entry, locale)}
                    </MuiLink>
                    {entry.kind === 'milestone' && (
                      <Typography variant="body2" color="text.secondary">
                        {partnershipText(entry, locale)}
                      </Typography>
                    )}
                  </Box>
                  {entry.ownerName && (
                    <Typography variant="body2" color="text.secondary" sx={{ minWidth: 140 }}>
                      {translate('klch.calendar.entry.owner', { name: entry.ownerName })}
                    </Typography>
                  )}
                  <RecordContextProvider value={{ id: entry.key, status: entry.status }}>
                    <StatusChip />
                  </RecordContextProvider>
                </ListItem>
              );
            })}
          </List>
        </Box>
      ))}
    </Box>
  );
};
