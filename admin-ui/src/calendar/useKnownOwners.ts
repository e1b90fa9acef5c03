import type { CalendarEntry } from '@klch/shared';
import { useState } from 'react';

/**
 * The owners the calendar has shown since the page opened, for the owner filter's choices: once one
 * is chosen the entries hold only theirs, so the choices must outlive the answer they came from.
 * Gathered while rendering a new answer (React's "adjust state on a prop change"), not in an effect.
 */
export function useKnownOwners(entries: CalendarEntry[] | undefined): Map<number, string> {
  const [owners, setOwners] = useState(() => new Map<number, string>());
  const [gathered, setGathered] = useState<CalendarEntry[] | undefined>(undefined);
  if (entries !== gathered) {
    setGathered(entries);
    const fresh = (entries ?? []).filter((entry) => entry.ownerId !== null && entry.ownerName !== null && !owners.has(entry.ownerId));
    if (fresh.length) setOwners(new Map([...owners, ...fresh.map((entry): [number, string] => [entry.ownerId!, entry.ownerName!])]));
  }
  return owners;
}
