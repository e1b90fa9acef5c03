import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, Box, Button, Divider, IconButton, List, ListItemButton, Popover, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { Link, useLocation } from 'react-router-dom';
import { useRoleCan } from '../common/useRoleCan';
import { NotificationItem } from './NotificationItem';
import { useMarkAllRead, useOpenNotification } from './useOpenNotification';

/** How many unread notifications the bell's panel shows; the rest are on the notifications page. */
const SHOWN = 8;

/**
 * The app bar's bell, for the roles that are told things (shared matrix): the unread count (kept fresh by the live stream, LiveUpdates), and a panel
 * with the latest unread ones; opening one marks it read and goes to its partnership.
 */
export const NotificationBell = () => {
  const translate = useTranslate();
  const mayHave = useRoleCan('list', 'notifications');
  const { pathname } = useLocation();
  // The panel belongs to the page it was opened on: another page (the back button, a link) closes it.
  const [opened, setOpened] = useState<{ anchor: HTMLElement; on: string } | null>(null);
  const anchor = opened?.on === pathname ? opened.anchor : null;
  const setAnchor = (element: HTMLElement | null) => setOpened(element ? { anchor: element, on: pathname } : null);
  const { data = [], total = 0 } = useGetList(
    'notifications',
    { filter: { unread: true }, pagination: { page: 1, perPage: SHOWN }, sort: { field: 'id', order: 'DESC' } },
    { enabled: mayHave },
  );
  const open = useOpenNotification();
  const markAll = useMarkAllRead(() => setAnchor(null));
  if (!mayHave) return null;
  const label = total ? translate('klch.notifications.bellUnread', { smart_count: total }) : translate('klch.notifications.bell');
  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} onClick={(event) => setAnchor(event.currentTarget)} data-testid="notification-bell">
          <Badge badgeContent={total} color="error" max={99} data-testid="notification-count">
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box sx={{ width: 380, maxWidth: '100vw' }} role="region" aria-label={translate('klch.notifications.title')}>
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', px: 2, py: 1 }}>
            <Typography variant="subtitle1" component="h2">
              {translate('klch.notifications.title')}
            </Typography>
            {total > 0 && (
              <Button size="small" onClick={() => markAll.mutate()} disabled={markAll.isPending} sx={{ whiteSpace: 'nowrap' }}>
                {translate('klch.notifications.markAllRead')}
              </Button>
            )}
          </Box>
          <Divider />
          {data.length === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
              {translate('klch.notifications.none')}
            </Typography>
          ) : (
            <List dense disablePadding>
              {data.map((notification) => (
                <ListItemButton
                  key={notification.id}
                  divider
                  onClick={() => {
                    setAnchor(null);
                    open(notification);
                  }}
                >
                  <NotificationItem notification={notification} />
                </ListItemButton>
              ))}
            </List>
          )}
          <Divider />
          <Box sx={{ p: 1, textAlign: 'center' }}>
            <Button size="small" component={Link} to="/notifications" onClick={() => setAnchor(null)}>
              {translate('klch.notifications.seeAll')}
            </Button>
          </Box>
        </Box>
      </Popover>
    </>
  );
};
