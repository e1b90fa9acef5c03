import type { CalendarEntry } from '@klch/shared';
import EventNoteIcon from '@mui/icons-material/EventNote';
import HourglassBottomIcon from '@mui/icons-material/HourglassBottom';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { Box } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { entryDescription, entryPath, entryText, isDone, KIND_COLOURS } from './entryPresentation';

export const KIND_ICONS = { milestone: EventNoteIcon, expiry: HourglassBottomIcon, review: RateReviewIcon } as const;

/**
 * One entry of a day cell: the kind's icon and colour, then its title in two lines at most. The
 * whole of it (kind, code, titles, date, owner) is the link's accessible name and tooltip.
 */
export const CalendarEntryLink = ({ entry }: { entry: CalendarEntry }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const Icon = KIND_ICONS[entry.kind];
  const done = isDone(entry);
  const colour = done ? 'text.disabled' : `${KIND_COLOURS[entry.kind]}.main`;
  const description = entryDescription(entry, locale, translate);
  return (
    <Box
      component={Link}
      to={entryPath(entry)}
      title={description}
      aria-label={description}
      data-testid="calendar-entry"
      data-kind={entry.kind}
      data-key={entry.key}
      sx={{
        display: 'flex',
        alignItems: 'flex-start',
        gap: 0.5,
        minWidth: 0,
        px: 0.5,
        borderLeft: 3,
        borderColor: colour,
        borderRadius: 0.5,
        color: done ? 'text.secondary' : 'text.primary',
        bgcolor: 'action.hover',
        fontSize: '0.8125rem',
        lineHeight: 1.6,
        textDecoration: done ? 'line-through' : 'none',
        '&:hover, &:focus-visible': { bgcolor: 'action.selected' },
      }}
    >
      <Icon sx={{ fontSize: 14, color: colour, flexShrink: 0, mt: '3px' }} />
      {/* Two lines at most: enough to tell entries apart, and the grid keeps its shape. */}
      <Box
        component="span"
        sx={{ overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', wordBreak: 'break-word' }}
      >
        {entryText(entry, locale)}
      </Box>
    </Box>
  );
};
