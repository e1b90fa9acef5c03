import type { NotificationRecord } from '@klch/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useDataProviderMutation } from '../common/useDataProviderMutation';
import type { NotificationsDataProvider } from './notificationsApi';
import { notificationPath } from './notificationText';

/** Opening a notification: marks it read (if it was not) and goes to its partnership. */
export function useOpenNotification(): (notification: NotificationRecord) => void {
  const dataProvider = useDataProvider<NotificationsDataProvider>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const markRead = useDataProviderMutation((id: number) => dataProvider.markNotificationRead(id), {
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
  return (notification) => {
    if (notification.readAt === null) markRead.mutate(notification.id);
    navigate(notificationPath(notification));
  };
}

/** "Mark all read", refreshing the bell and the list after. */
export function useMarkAllRead(onDone?: () => void) {
  const dataProvider = useDataProvider<NotificationsDataProvider>();
  const queryClient = useQueryClient();
  return useDataProviderMutation(() => dataProvider.markAllNotificationsRead(), {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      onDone?.();
    },
  });
}
