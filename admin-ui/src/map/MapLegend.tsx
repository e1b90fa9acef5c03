import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { vocabularyKey } from '../common/choices';
import { type Place, STATUS_PRECEDENCE } from './partnerPlaces';
import { STATUS_FILL } from './statusFill';

/** The colours the map shows, in the order of the colour rule, and the rule in words. */
export const MapLegend = ({ places }: { places: readonly Place[] }) => {
  const translate = useTranslate();
  const shown = new Set(places.map((place) => place.status));
  const statuses = STATUS_PRECEDENCE.filter((status) => shown.has(status));
  if (!statuses.length) return null;
  return (
    <Box component="section" aria-label={translate('klch.map.legendTitle')} data-testid="map-legend" sx={{ px: 2, py: 1.5 }}>
      <Box component="ol" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, listStyle: 'none', m: 0, p: 0 }}>
        <Typography component="li" variant="subtitle2">
          {translate('klch.map.legendTitle')}
        </Typography>
        {statuses.map((status) => (
          <Box component="li" key={status} data-status={status} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
            <Box
              aria-hidden
              sx={{
                width: 14,
                height: 14,
                borderRadius: '50%',
                bgcolor: STATUS_FILL[status],
                border: 1.5,
                borderColor: 'background.paper',
                boxShadow: 1,
              }}
            />
            <Typography variant="body2">{translate(vocabularyKey('status', status))}</Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
        {translate('klch.map.legendNote')}
      </Typography>
    </Box>
  );
};
