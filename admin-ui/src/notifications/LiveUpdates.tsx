import type { LiveEvent } from '@klch/shared';
import { type Query, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { useCurrentUser } from '../common/useCurrentUser';

export const EVENTS_URL = '/api/events';

/**
 * Whether a change of `resource` `id` should refetch query `query`: every list and read of that
 * resource, except the record open in an edit form (refetching it under the user's typing would
 * replace what they have not saved; the save's own version check tells them instead).
 */
export function shouldRefetch(query: Pick<Query, 'queryKey'>, resource: string, id: string | null, pathname: string): boolean {
  const [keyResource, method, params] = query.queryKey as [unknown, unknown, { id?: unknown } | undefined];
  if (keyResource !== resource) return false;
  const editing = id !== null && pathname === `/${resource}/${id}`;
  if (!editing) return true;
  return !(method === 'getOne' && String(params?.id) === id);
}

/**
 * The live stream (GET /api/events, Server-Sent Events): a notification or a change of a record
 * refetches what the open page shows of it, so a decision reaches the officer's open partnership,
 * the bell and the approvals count without a reload. EventSource reconnects by itself (the server
 * ends each stream after a while so that the session is checked again). Rendered once, in the layout.
 */
export const LiveUpdates = () => {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const location = useLocation();
  const pathname = useRef(location.pathname);
  useEffect(() => {
    pathname.current = location.pathname;
  }, [location.pathname]);
  const userId = user?.id ?? null;

  useEffect(() => {
    if (userId === null || typeof EventSource === 'undefined') return;
    const source = new EventSource(EVENTS_URL, { withCredentials: true });
    source.onmessage = (message: MessageEvent<string>) => {
      let event: LiveEvent;
      try {
        event = JSON.parse(message.data) as LiveEvent;
      } catch {
        return;
      }
      if (event.type === 'notifications') {
        void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      } else if (event.type === 'changed') {
        void queryClient.invalidateQueries({ predicate: (query) => shouldRefetch(query, event.resource, event.id, pathname.current) });
      }
    };
    return () => source.close();
  }, [userId, queryClient]);

  return null;
};
