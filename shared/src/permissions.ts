import { ROLES, type Role } from './roles';

/** Resources as the API and react-admin name them. */
export const RESOURCES = [
  'partnerships',
  'organisations',
  'sdg-targets',
  'users',
  'audit-events',
  'status-requests',
  'milestones',
  'documents',
  'notifications',
  'reminders',
] as const;
export type Resource = (typeof RESOURCES)[number];

/**
 * Actions in react-admin's vocabulary (list, show, create, edit, delete, export) plus the
 * workflow's own: `approve` (decide a status-change request).
 */
export const ACTIONS = ['list', 'show', 'create', 'edit', 'delete', 'export', 'approve'] as const;
export type Action = (typeof ACTIONS)[number];

const ALL: readonly Role[] = ROLES;
const WRITERS: readonly Role[] = ['officer', 'manager'];
const READERS: readonly Role[] = ALL;

/**
 * The permission matrix. Anything not listed is denied.
 * - Officers and managers write business records; only managers archive (delete) them,
 *   and only managers decide status changes (the four-eyes rule is checked per record).
 *   Officers end a milestone by cancelling it (its status); erasing one is a manager's call.
 * - Auditors read everything and write nothing.
 * - Admins manage users; they read business records but never change or approve them
 *   (separation of duties).
 */
const MATRIX: Readonly<Record<Resource, Partial<Record<Action, readonly Role[]>>>> = {
  partnerships: { list: READERS, show: READERS, export: READERS, create: WRITERS, edit: WRITERS, delete: ['manager'] },
  organisations: { list: READERS, show: READERS, export: READERS, create: WRITERS, edit: WRITERS, delete: ['manager'] },
  'sdg-targets': { list: READERS, show: READERS },
  users: { list: ['admin'], show: ['admin'], create: ['admin'], edit: ['admin'], delete: ['admin'] },
  'audit-events': { list: ['auditor', 'admin'], show: ['auditor', 'admin'], export: ['auditor', 'admin'] },
  'status-requests': { list: READERS, show: READERS, create: WRITERS, delete: WRITERS, approve: ['manager'] },
  milestones: { list: READERS, show: READERS, create: WRITERS, edit: WRITERS, delete: ['manager'] },
  documents: { list: READERS, show: READERS, create: WRITERS, delete: ['manager'] },
  // Who is told things (decisions, reminders, requests to decide) are the people who work the records; each reads and
  // marks only their own (the server filters by the session's user). Auditors and admins are told nothing, and write nothing here.
  notifications: { list: WRITERS, show: WRITERS, edit: WRITERS },
  // Running the reminders job on demand is an operator's task (it runs daily by itself).
  reminders: { create: ['admin'] },
};

/**
 * The one permission function. The server's global guard and the UI's authProvider both call it,
 * so what the UI shows and what the server allows cannot drift apart.
 */
export function canAccess(role: Role | null | undefined, action: Action | string, resource: Resource | string): boolean {
  if (!role) return false;
  const byAction = MATRIX[resource as Resource];
  if (!byAction) return false;
  const roles = byAction[action as Action];
  return !!roles && roles.includes(role);
}

/** Every (action, resource) pair a role holds: for the README table and the UI's menu. */
export function grantsOf(role: Role): Array<{ action: Action; resource: Resource }> {
  const grants: Array<{ action: Action; resource: Resource }> = [];
  for (const resource of RESOURCES) {
    for (const action of ACTIONS) {
      if (canAccess(role, action, resource)) grants.push({ action, resource });
    }
  }
  return grants;
}

/**
 * Who may own a partnership or a milestone (be the person responsible for it): the roles that may
 * edit partnerships, i.e. officers and managers. The server also requires the account to be active.
 */
export const OWNER_ROLES: readonly Role[] = ROLES.filter((role) => canAccess(role, 'edit', 'partnerships'));
