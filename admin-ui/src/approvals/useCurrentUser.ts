import { useGetIdentity } from 'react-admin';
import { readStoredUser, type StoredUser } from '../providers/userStore';

/**
 * The signed-in user (id and role), for record-level rules such as four-eyes. Read from the
 * stored profile, the same one authProvider.canAccess uses; useGetIdentity makes the caller
 * re-render when react-admin learns of a new sign-in.
 */
export function useCurrentUser(): StoredUser | null {
  useGetIdentity();
  return readStoredUser();
}
