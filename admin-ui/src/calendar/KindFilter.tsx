import { CALENDAR_KINDS, type CalendarKind } from '@klch/shared';
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { KIND_ICONS } from './CalendarEntryLink';
import { KIND_COLOURS } from './entryPresentation';

/** The kinds shown, each in its colour (so the buttons are the legend too). At least one stays on. */
export const KindFilter = ({ value, onChange }: { value: CalendarKind[]; onChange: (kinds: CalendarKind[]) => void }) => {
  const translate = useTranslate();
  return (
    <ToggleButtonGroup
      size="small"
      value={value}
      aria-label={translate('klch.calendar.kinds.label')}
      onChange={(_, kinds: CalendarKind[]) => kinds.length && onChange(CALENDAR_KINDS.filter((kind) => kinds.includes(kind)))}
    >
      {CALENDAR_KINDS.map((kind) => {
        const Icon = KIND_ICONS[kind];
        return (
          <ToggleButton key={kind} value={kind} color={KIND_COLOURS[kind]} sx={{ gap: 0.5, textTransform: 'none' }}>
            <Icon fontSize="small" color={value.includes(kind) ? KIND_COLOURS[kind] : 'disabled'} />
            {translate(`klch.calendar.kinds.${kind}`)}
          </ToggleButton>
        );
      })}
    </ToggleButtonGroup>
  );
};
