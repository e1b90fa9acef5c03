import type { DashboardRecord } from '@klch/shared';
import type { DataProvider } from 'react-admin';
import type { HttpClient } from '../common/httpClient';

/** The landing page's data (/api/dashboard): not a resource, so a custom method. */
export interface DashboardMethods {
  getDashboard(): Promise<{ data: DashboardRecord }>;
}

export type DashboardDataProvider = DataProvider & DashboardMethods;

export function dashboardMethods(http: HttpClient): DashboardMethods {
  return {
    async getDashboard() {
      const { json } = await http('/api/dashboard');
      return { data: json as DashboardRecord };
    },
  };
}
