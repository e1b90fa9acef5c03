/** The dashboard: the register's counts and what needs attention today, per role. */
export { DashboardModule } from './dashboard.module';
