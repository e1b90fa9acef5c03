import { Alert, Box, Card, CircularProgress, Divider } from '@mui/material';
import { useMemo, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { serverMessage } from '../common/serverErrors';
import { MapLegend } from './MapLegend';
import { placesOf } from './partnerPlaces';
import { PlaceCard } from './PlaceCard';
import { UnplacedPartners } from './UnplacedPartners';
import { usePartnersMap } from './usePartnersMap';
import { WorldMap } from './WorldMap';

/**
 * The partners' map: every organisation that is a party to an open partnership, placed by its
 * city's coordinates and coloured by its most alive partnership; choosing one lists its
 * partnerships beside the map. Those without coordinates are listed under it. A chunk of its own
 * (App loads it lazily), with the world outline inside.
 */
const MapPage = () => {
  const translate = useTranslate();
  const { data, error, isPending } = usePartnersMap();
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const { places, unplaced } = useMemo(() => placesOf(data?.partners ?? []), [data]);
  const selected = places.find((place) => place.key === selectedKey) ?? null;
  return (
    <Box sx={{ py: 2, display: 'grid', gap: 2 }} data-testid="partners-map">
      <Title title="klch.map.title" />
      {isPending && <CircularProgress aria-label={translate('ra.page.loading')} />}
      {error && <Alert severity="error">{translate(serverMessage(error), { _: serverMessage(error) })}</Alert>}
      {data && data.shown < data.total && (
        <Alert severity="info">
          {translate('klch.map.truncated', { shown: data.shown.toLocaleString('en-MY'), total: data.total.toLocaleString('en-MY') })}
        </Alert>
      )}
      {data && !data.partners.length && <Alert severity="info">{translate('klch.map.empty')}</Alert>}
      {data && (
        <Box sx={{ display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 360px' } }}>
          <Card variant="outlined">
            <WorldMap places={places} selectedKey={selected?.key ?? null} onSelect={(place) => setSelectedKey(place.key)} />
            <Divider />
            <MapLegend places={places} />
          </Card>
          <PlaceCard place={selected} onClose={() => setSelectedKey(null)} />
        </Box>
      )}
      <UnplacedPartners partners={unplaced} />
    </Box>
  );
};

// A default export: what React.lazy loads.
export default MapPage;
