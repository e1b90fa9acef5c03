import { canAccess, type Action, type Resource, type Role } from '@klch/shared';
import { usePermissions } from 'react-admin';

/**
 * The shared permission matrix for our own controls (react-admin's stock buttons ask
 * authProvider.canAccess themselves). The role comes from react-admin's permissions, already
 * loaded for the menu, so this costs no request. False until the role is known: a control never
 * flashes up for a role that may not use it.
 */
export function useRoleCan(action: Action, resource: Resource): boolean {
  const { permissions } = usePermissions<Role | null>();
  return canAccess(permissions, action, resource);
}
