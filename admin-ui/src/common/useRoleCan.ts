import { type Action, canAccess, type Resource } from '@klch/shared';
import { useCurrentUser } from './useCurrentUser';

/**
 * The shared permission matrix for our own controls (react-admin's stock buttons ask
 * authProvider.canAccess themselves). False while nobody is signed in: a control never shows for a
 * role that may not use it.
 */
export function useRoleCan(action: Action, resource: Resource): boolean {
  return canAccess(useCurrentUser()?.role, action, resource);
}
