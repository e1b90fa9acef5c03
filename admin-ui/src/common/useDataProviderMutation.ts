import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { useNotifyServerError } from './useNotifyServerError';
import { readStoredUser } from './userStore';

/** The call ended the session (401): react-admin has signed the user out; nothing more to say. */
class SignedOut extends Error {}

/** For a caller of `mutateAsync`, or one reading `error`: the rejection that means "signed out", to be passed over. */
export const isSignedOut = (error: unknown): boolean => error instanceof SignedOut;

/**
 * For the success of react-admin's own mutations (useCreate, useUpdate, CreateBase), which resolve
 * too when a 401 has signed the user out: runs `onSuccess` only while the session is there.
 */
export const whileSignedIn =
  <A extends unknown[]>(onSuccess: (...args: A) => void) =>
  (...args: A): void => {
    if (readStoredUser()) onSuccess(...args);
  };

export interface DataProviderMutationOptions<TData, TVariables> {
  onSuccess?: (data: TData, variables: TVariables) => void;
  /** A refusal from the server; left out, it is notified as the server words it. */
  onError?: (error: unknown, variables: TVariables) => void;
  onSettled?: () => void;
}

/**
 * The one way to call an endpoint beyond CRUD: a custom data provider method (reached through
 * useDataProvider, so a 401 signs the user out as on any other call), run as a react-query
 * mutation. On a 401 react-admin's data provider resolves instead of failing once it has signed
 * the user out; this hook turns that back into "nothing happened", so no success is announced on a
 * session that is gone. Every other refusal goes to `onError`, by default useNotifyServerError.
 */
export function useDataProviderMutation<TData, TVariables = void>(
  call: (variables: TVariables) => Promise<TData>,
  options: DataProviderMutationOptions<TData, TVariables> = {},
): UseMutationResult<TData, unknown, TVariables> {
  const notifyServerError = useNotifyServerError();
  return useMutation<TData, unknown, TVariables>({
    mutationFn: async (variables) => {
      const data = await call(variables);
      if (!readStoredUser()) throw new SignedOut();
      return data;
    },
    onSuccess: (data, variables) => options.onSuccess?.(data, variables),
    onError: (error, variables) => {
      if (error instanceof SignedOut) return;
      if (options.onError) options.onError(error, variables);
      else notifyServerError(error);
    },
    onSettled: () => options.onSettled?.(),
  });
}
