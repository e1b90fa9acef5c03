import type { AttentionGroup } from '@klch/shared';
import { Box, Card, CardActions, CardContent, Link as MuiLink, List, ListItem, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { vocabularyKey } from '../common/choices';
import { formatDate, formatDateTime } from '../common/formatDateTime';
import { titleIn } from '../common/partnershipTitle';
import { groupListPath, itemPath } from './attentionLinks';

/**
 * One attention group: how many, the first few (each opening its partnership), and "show all",
 * the list filtered to exactly these records.
 */
export const AttentionCard = ({ group }: { group: AttentionGroup }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const all = groupListPath(group);
  return (
    <Card variant="outlined" data-testid={`attention-${group.kind}`} sx={{ display: 'flex', flexDirection: 'column' }}>
      <CardContent sx={{ flexGrow: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
          <Typography
            variant="h4"
            component="p"
            color={group.count ? (group.kind === 'my_partnerships' ? 'primary.main' : 'warning.main') : 'text.secondary'}
            data-testid="attention-count"
          >
            {group.count.toLocaleString('en-MY')}
          </Typography>
          <Typography variant="subtitle1" component="h2">
            {translate(`klch.dashboard.attention.${group.kind}`)}
          </Typography>
        </Box>
        {group.items.length > 0 && (
          <List dense disablePadding>
            {group.items.map((item) => (
              <ListItem key={item.id} disableGutters sx={{ display: 'block' }}>
                <MuiLink component={Link} to={itemPath(item)} underline="hover">
                  {item.code} — {titleIn(locale, item)}
                </MuiLink>
                <Typography variant="body2" color="text.secondary" component="span">
                  {item.detail
                    ? ` · ${group.kind === 'milestones_overdue' ? item.detail : translate(vocabularyKey('status', item.detail), { _: item.detail })}`
                    : ''}
                  {item.date ? ` · ${item.date.includes('T') ? formatDateTime(item.date) : formatDate(item.date)}` : ''}
                </Typography>
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
      {all && group.count > 0 && (
        <CardActions>
          <MuiLink component={Link} to={all} data-testid="attention-show-all">
            {translate('klch.dashboard.showAll', { count: group.count.toLocaleString('en-MY') })}
          </MuiLink>
        </CardActions>
      )}
    </Card>
  );
};
