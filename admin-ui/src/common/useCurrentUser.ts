import { useGetIdentity } from 'react-admin';
import { readStoredUser, type StoredUser } from './userStore';

/**
 * The signed-in user (id, role, name…), for record-level rules such as four-eyes and for the
 * role-level ones (useRoleCan). The one way the UI knows who is signed in: the stored profile that
 * authProvider keeps; useGetIdentity makes the caller re-render when react-admin learns of a new
 * sign-in. Null when nobody is signed in.
 */
export function useCurrentUser(): StoredUser | null {
  useGetIdentity();
  return readStoredUser();
}
