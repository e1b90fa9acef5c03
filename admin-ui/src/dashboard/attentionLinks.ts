import type { AttentionGroup, AttentionItem } from '@klch/shared';

/**
 * Where a card leads: the list that holds exactly its records, in react-admin's own list URL (so the
 * address can be shared and the list's filters show what was applied). Milestones have no list page
 * of their own (they live on the partnership's Milestones tab), so their card has no "show all".
 */
export function groupListPath(group: AttentionGroup): string | null {
  const { resource, filter, sort } = group.link;
  if (resource === 'milestones') return null;
  const query = new URLSearchParams({ filter: JSON.stringify(filter), sort: sort.field, order: sort.order, page: '1' });
  return `/${resource}?${query.toString()}`;
}

/** Each item opens its partnership (a milestone or a request is shown on its partnership's page). */
export function itemPath(item: AttentionItem): string {
  return `/partnerships/${item.partnershipId}/show`;
}
