export const ORGANISATION_TYPES = [
  'city_government',
  'national_agency',
  'international_organisation',
  'city_network',
  'foundation_ngo',
  'academic',
  'private_sector',
  'local_stakeholder',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** ISO 3166-1 alpha-2: two upper-case letters. The UI offers a list; the server checks the shape. */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;

/** The largest latitude and longitude, in decimal degrees, either side of zero (WGS 84, as maps give them). */
export const COORDINATE_LIMITS = { latitude: 90, longitude: 180 } as const;
