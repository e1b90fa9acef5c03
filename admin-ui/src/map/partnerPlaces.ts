import type { OrganisationRecord, PartnershipRecord, PartnershipStatus } from '@klch/shared';

/**
 * The colour rule of the map: a partner with several partnerships shows the most alive of their
 * statuses, the first in this order — running, then on its way (negotiation before nomination
 * before a proposal before a draft), then paused, then ended (lapsed before finished before
 * broken off). The legend lists statuses in this order too, so it reads as the rule.
 */
export const STATUS_PRECEDENCE: readonly PartnershipStatus[] = [
  'active',
  'under_negotiation',
  'nominated',
  'proposed',
  'draft',
  'halted',
  'expired',
  'completed',
  'terminated',
  'cancelled',
];

const rank = (status: PartnershipStatus) => STATUS_PRECEDENCE.indexOf(status);

export const mostAlive = (statuses: readonly PartnershipStatus[]): PartnershipStatus =>
  statuses.reduce((best, status) => (rank(status) < rank(best) ? status : best));

/** An organisation that is a party to at least one partnership, with them and its colour. */
export interface Partner {
  organisation: OrganisationRecord;
  partnerships: PartnershipRecord[];
  status: PartnershipStatus;
}

/** One marker: the partners at the same coordinates (a ministry and its bureau in one city). */
export interface Place {
  key: string;
  latitude: number;
  longitude: number;
  partners: Partner[];
  status: PartnershipStatus;
}

/** Every organisation named as a party, with its partnerships; an organisation not loaded is left out. */
export function partnersOf(partnerships: readonly PartnershipRecord[], organisations: readonly OrganisationRecord[]): Partner[] {
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const theirs = new Map<number, PartnershipRecord[]>();
  for (const partnership of partnerships) {
    for (const id of new Set(partnership.parties.map((party) => party.organisationId))) {
      if (!byId.has(id)) continue;
      theirs.set(id, [...(theirs.get(id) ?? []), partnership]);
    }
  }
  return [...theirs].map(([id, list]) => ({
    organisation: byId.get(id)!,
    partnerships: list,
    status: mostAlive(list.map((partnership) => partnership.status)),
  }));
}

/**
 * Partners grouped into places by their coordinates, the less alive first so the more alive are
 * drawn on top; those without coordinates apart, by name, for the list under the map.
 */
export function placesOf(partners: readonly Partner[]): { places: Place[]; unplaced: Partner[] } {
  const places = new Map<string, Place>();
  const unplaced: Partner[] = [];
  for (const partner of partners) {
    const { latitude, longitude } = partner.organisation;
    if (latitude === null || longitude === null) {
      unplaced.push(partner);
      continue;
    }
    const key = `${latitude},${longitude}`;
    const place = places.get(key) ?? { key, latitude, longitude, partners: [], status: partner.status };
    place.partners.push(partner);
    place.status = mostAlive([place.status, partner.status]);
    places.set(key, place);
  }
  const byName = (a: Partner, b: Partner) => a.organisation.name.localeCompare(b.organisation.name);
  for (const place of places.values()) place.partners.sort(byName);
  return {
    places: [...places.values()].sort((a, b) => rank(b.status) - rank(a.status)),
    unplaced: unplaced.sort(byName),
  };
}

/** A place's name: its city (the first partner's), else its partners' names. */
export const placeName = (place: Place): string =>
  place.partners.find((partner) => partner.organisation.city)?.organisation.city ?? place.partners.map((p) => p.organisation.name).join(', ');
