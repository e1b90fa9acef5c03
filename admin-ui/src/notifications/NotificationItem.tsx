import type { NotificationRecord } from '@klch/shared';
import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/formatDateTime';
import { notificationText } from './notificationText';

/** One notification in words: its kind, what happened (with the comment, if any) and when. Unread ones in bold. */
export const NotificationItem = ({ notification }: { notification: NotificationRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { text, comment } = notificationText(notification, translate, locale);
  const unread = notification.readAt === null;
  return (
    <Box data-testid="notification" data-unread={unread}>
      <Typography variant="caption" color="text.secondary" component="p">
        {translate(`klch.notifications.kinds.${notification.kind}`)} · {formatDateTime(notification.createdAt)}
      </Typography>
      <Typography variant="body2" component="p" sx={{ fontWeight: unread ? 600 : 400 }}>
        {text}
      </Typography>
      {comment && (
        <Typography variant="body2" component="p" color="text.secondary" sx={{ fontStyle: 'italic' }}>
          {comment}
        </Typography>
      )}
    </Box>
  );
};
