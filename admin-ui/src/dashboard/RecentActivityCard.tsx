import type { ActivityItem } from '@klch/shared';
import { Card, CardContent, Link as MuiLink, List, ListItem, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { vocabularyKey } from '../common/choices';
import { formatDateTime } from '../common/formatDateTime';
import { titleIn } from '../common/partnershipTitle';

const key = (name: string) => `klch.dashboard.activity.${name}`;

/** One change as a sentence: who did what to which partnership, by its title in the reader's language. */
export function activitySentence(item: ActivityItem, translate: (key: string, options?: object) => string, locale: string): string {
  const sentence = `${key('sentence')}.${item.entityType}.${item.action}`;
  const title = item.title ? titleIn(locale, { title: item.title, titleMs: item.titleMs }) : translate(key('aRecord'));
  return translate(sentence, {
    _: translate(`${key('sentence')}.other`, { actor: item.actorName ?? translate(key('system')), title }),
    actor: item.actorName ?? translate(key('system')),
    title,
    detail: item.detail ?? '',
    status: item.toStatus ? translate(vocabularyKey('status', item.toStatus)) : '',
  });
}

/** The latest changes to the register, newest first, each opening its partnership. */
export const RecentActivityCard = ({ items }: { items: ActivityItem[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Card variant="outlined" data-testid="recent-activity">
      <CardContent>
        <Typography variant="subtitle1" component="h2" gutterBottom>
          {translate(key('title'))}
        </Typography>
        {items.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate(key('none'))}
          </Typography>
        ) : (
          <List dense disablePadding>
            {items.map((item) => {
              const sentence = activitySentence(item, translate, locale);
              return (
                <ListItem key={item.id} disableGutters sx={{ display: 'block' }} data-testid="activity-item">
                  {item.partnershipId ? (
                    <MuiLink component={Link} to={`/partnerships/${item.partnershipId}/show`} underline="hover">
                      {sentence}
                    </MuiLink>
                  ) : (
                    <Typography variant="body2" component="span">
                      {sentence}
                    </Typography>
                  )}
                  <Typography variant="caption" color="text.secondary" component="p">
                    {formatDateTime(item.at)}
                  </Typography>
                </ListItem>
              );
            })}
          </List>
        )}
      </CardContent>
    </Card>
  );
};
