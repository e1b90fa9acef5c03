import CloseIcon from '@mui/icons-material/Close';
import { Card, CardContent, CardHeader, Divider, IconButton, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { countryName } from '../common/countries';
import { PartnerPartnerships } from './PartnerPartnerships';
import { type Place, placeName } from './partnerPlaces';

/** Beside the map: the chosen place's partners and their partnerships, or how to choose one. */
export const PlaceCard = ({ place, onClose }: { place: Place | null; onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!place) {
    return (
      <Card variant="outlined">
        <CardContent>
          <Typography color="text.secondary">{translate('klch.map.hint')}</Typography>
        </CardContent>
      </Card>
    );
  }
  const countries = [...new Set(place.partners.map((partner) => countryName(partner.organisation.country, locale)))];
  return (
    <Card variant="outlined" data-testid="map-place" component="section" aria-label={placeName(place)}>
      <CardHeader
        title={placeName(place)}
        subheader={`${countries.join(', ')} · ${translate('klch.map.partners', { smart_count: place.partners.length })}`}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
        action={
          <IconButton aria-label={translate('klch.map.close')} onClick={onClose}>
            <CloseIcon />
          </IconButton>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <Stack divider={<Divider flexItem />} spacing={1.5}>
          {place.partners.map((partner) => (
            <PartnerPartnerships key={partner.organisation.id} partner={partner} />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
};
