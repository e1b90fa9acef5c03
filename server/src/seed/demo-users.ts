import type { Role } from '@klch/shared';

/** The demo accounts: one per role, plus a second manager so four-eyes approval can be shown. */
export const DEMO_USERS: ReadonlyArray<{ username: string; fullName: string; role: Role }> = [
  { username: 'officer', fullName: 'Demo Officer', role: 'officer' },
  { username: 'manager', fullName: 'Demo Manager', role: 'manager' },
  { username: 'manager2', fullName: 'Demo Manager Two', role: 'manager' },
  { username: 'auditor', fullName: 'Demo Auditor', role: 'auditor' },
  { username: 'admin', fullName: 'Demo Admin', role: 'admin' },
];
