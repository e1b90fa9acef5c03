import { Box, Card, CardContent, CardHeader } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PartnerPartnerships } from './PartnerPartnerships';
import type { Partner } from './partnerPlaces';

/** Under the map: the partners it cannot place, so none goes unseen, and how to place them. */
export const UnplacedPartners = ({ partners }: { partners: readonly Partner[] }) => {
  const translate = useTranslate();
  if (!partners.length) return null;
  return (
    <Card variant="outlined" component="section" aria-label={translate('klch.map.unplacedTitle')} data-testid="map-unplaced">
      <CardHeader
        title={translate('klch.map.unplacedTitle')}
        subheader={translate('klch.map.unplacedHelp')}
        slotProps={{ title: { variant: 'subtitle1', component: 'h2' }, subheader: { variant: 'body2' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))' }}>
          {partners.map((partner) => (
            <PartnerPartnerships key={partner.organisation.id} partner={partner} />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
