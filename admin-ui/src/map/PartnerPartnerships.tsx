import { Box, Link as MuiLink, List, ListItem, Typography } from '@mui/material';
import { RecordContextProvider, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { vocabularyKey } from '../common/choices';
import { titleIn } from '../common/partnershipTitle';
import { StatusChip } from '../common/StatusChip';
import { type Partner, STATUS_PRECEDENCE } from './partnerPlaces';

/** A partner by name (opening its organisation page), then its partnerships, the most alive first, each opening its page. */
export const PartnerPartnerships = ({ partner }: { partner: Partner }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { organisation } = partner;
  const partnerships = [...partner.partnerships].sort(
    (a, b) => STATUS_PRECEDENCE.indexOf(a.status) - STATUS_PRECEDENCE.indexOf(b.status) || a.code.localeCompare(b.code),
  );
  return (
    <Box data-testid="map-partner">
      <MuiLink component={Link} to={`/organisations/${organisation.id}/show`} underline="hover" variant="subtitle2" color="text.primary">
        {organisation.name}
      </MuiLink>
      <List dense disablePadding>
        {partnerships.map((partnership) => {
          const roles = partnership.parties.filter((party) => party.organisationId === organisation.id);
          return (
            <ListItem key={partnership.id} disableGutters sx={{ display: 'block', py: 0.5 }}>
              <MuiLink component={Link} to={`/partnerships/${partnership.id}/show`} underline="hover">
                {titleIn(locale, partnership)}
              </MuiLink>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 0.25, flexWrap: 'wrap' }}>
                <RecordContextProvider value={partnership}>
                  <StatusChip />
                </RecordContextProvider>
                <Typography variant="caption" color="text.secondary">
                  {[partnership.code, ...roles.map((party) => translate(vocabularyKey('partyRole', party.role)))].join(' · ')}
                </Typography>
              </Box>
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
};
