import simpleRestProvider from 'ra-data-simple-rest';
import { auditMethods } from '../audit/auditApi';
import { calendarMethods } from '../calendar/calendarApi';
import { dashboardMethods } from '../dashboard/dashboardApi';
import { httpClient } from '../common/httpClient';
import { documentMethods } from '../documents/documentsApi';
import { notificationMethods } from '../notifications/notificationsApi';
import { partnershipMethods } from '../partnerships/partnershipsApi';
import { passwordMethods } from '../password/passwordApi';
import { sessionMethods } from '../sessions/sessionsApi';
import { statusRequestMethods } from '../status-requests/statusRequestsApi';
import { userMethods } from '../users/usersApi';

/**
 * The stock simple-REST provider: the server speaks its dialect (Content-Range, filter={"id":[…]}
 * for getMany, DELETE returns the record), so plain CRUD needs nothing more. Every call beyond CRUD
 * is a custom method of the feature that owns it, spread on top; components reach them with
 * useDataProvider<TheFeatureDataProvider>() through react-query (useMutation, useQuery), so a 401
 * signs the user out as on any other call, and a refusal reaches useNotifyServerError.
 */
export const dataProvider = {
  ...simpleRestProvider('/api', httpClient),
  ...statusRequestMethods(httpClient),
  ...auditMethods(httpClient),
  ...documentMethods(httpClient),
  ...passwordMethods(httpClient),
  ...sessionMethods(httpClient),
  ...dashboardMethods(httpClient),
  ...notificationMethods(httpClient),
  ...calendarMethods(httpClient),
  ...userMethods(httpClient),
  ...partnershipMethods(httpClient),
};
