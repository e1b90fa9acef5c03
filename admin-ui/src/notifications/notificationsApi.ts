import type { NotificationPreferences, NotificationRecord } from '@klch/shared';
import type { DataProvider } from 'react-admin';
import type { HttpClient } from '../common/httpClient';

/** Calls beyond the resource's CRUD: marking read, and the email preferences. */
export interface NotificationMethods {
  markNotificationRead(id: number): Promise<{ data: NotificationRecord }>;
  markAllNotificationsRead(): Promise<{ data: { marked: number } }>;
  getNotificationPreferences(): Promise<{ data: NotificationPreferences }>;
  setNotificationPreferences(preferences: NotificationPreferences): Promise<{ data: NotificationPreferences }>;
}

export type NotificationsDataProvider = DataProvider & NotificationMethods;

export function notificationMethods(http: HttpClient): NotificationMethods {
  return {
    async markNotificationRead(id) {
      const { json } = await http(`/api/notifications/${id}/read`, { method: 'POST' });
      return { data: json as NotificationRecord };
    },
    async markAllNotificationsRead() {
      const { json } = await http('/api/notifications/read-all', { method: 'POST' });
      return { data: json as { marked: number } };
    },
    async getNotificationPreferences() {
      const { json } = await http('/api/notifications/preferences');
      return { data: json as NotificationPreferences };
    },
    async setNotificationPreferences(preferences) {
      const { json } = await http('/api/notifications/preferences', { method: 'PUT', body: JSON.stringify(preferences) });
      return { data: json as NotificationPreferences };
    },
  };
}
