import type { OrganisationRecord, PartnershipRecord } from '@klch/shared';
import { useQuery } from '@tanstack/react-query';
import { type DataProvider, useDataProvider } from 'react-admin';
import { type Partner, partnersOf } from './partnerPlaces';

/** The server's largest page. */
const PAGE = 100;
/**
 * How many partnerships the map reads at most (ten pages): a city hall's register is a few hundred,
 * and the page says so when there are more rather than paging on for minutes.
 */
export const MAP_LIMIT = 10 * PAGE;

export interface PartnersMapData {
  partners: Partner[];
  /** The open partnerships there are, of which the map read `shown`. */
  total: number;
  shown: number;
}

/** The open (not archived) partnerships, oldest first, up to MAP_LIMIT: the first page says how many there are. */
async function openPartnerships(dataProvider: DataProvider): Promise<{ data: PartnershipRecord[]; total: number }> {
  const page = (n: number) =>
    dataProvider.getList<PartnershipRecord>('partnerships', {
      pagination: { page: n, perPage: PAGE },
      sort: { field: 'id', order: 'ASC' },
      filter: { archived: false },
    });
  const first = await page(1);
  const total = first.total ?? first.data.length;
  const pages = Math.min(Math.ceil(total / PAGE), MAP_LIMIT / PAGE);
  const rest = await Promise.all(Array.from({ length: Math.max(pages - 1, 0) }, (_, i) => page(i + 2)));
  return { data: [first, ...rest].flatMap((result) => result.data), total };
}

/**
 * The organisations named as parties, a page of ids at a time. getList rather than getMany: the
 * stock getMany sends no range, so the server would answer only its default page of 25.
 */
async function organisationsById(dataProvider: DataProvider, ids: number[]): Promise<OrganisationRecord[]> {
  const chunks = Array.from({ length: Math.ceil(ids.length / PAGE) }, (_, i) => ids.slice(i * PAGE, (i + 1) * PAGE));
  const results = await Promise.all(
    chunks.map((chunk) =>
      dataProvider.getList<OrganisationRecord>('organisations', {
        pagination: { page: 1, perPage: PAGE },
        sort: { field: 'id', order: 'ASC' },
        filter: { id: chunk },
      }),
    ),
  );
  return results.flatMap((result) => result.data);
}

/** The partners, each with its open partnerships, through the ordinary list API. */
export function usePartnersMap() {
  const dataProvider = useDataProvider();
  return useQuery({
    queryKey: ['partners-map'],
    queryFn: async (): Promise<PartnersMapData> => {
      const partnerships = await openPartnerships(dataProvider);
      const ids = [...new Set(partnerships.data.flatMap((partnership) => partnership.parties.map((party) => party.organisationId)))];
      const organisations = await organisationsById(dataProvider, ids);
      return { partners: partnersOf(partnerships.data, organisations), total: partnerships.total, shown: partnerships.data.length };
    },
  });
}
