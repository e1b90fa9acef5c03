/**
 * The fixed vocabularies of a partnership record. The API's values are these codes; labels
 * for people live in the UI's translation files so English and Bahasa Melayu stay side by side.
 */
export const PARTNERSHIP_STATUSES = [
  'draft',
  'proposed',
  'nominated',
  'under_negotiation',
  'active',
  'halted',
  'expired',
  'terminated',
  'completed',
  'cancelled',
] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const PARTNERSHIP_CATEGORIES = [
  'regional_cooperation',
  'international_city',
  'international_organisation',
  'network_membership',
  'kluo_data_sharing',
  'local_partner',
] as const;
export type PartnershipCategory = (typeof PARTNERSHIP_CATEGORIES)[number];

export const INSTRUMENTS = [
  'mou',
  'moa',
  'letter_of_intent',
  'sister_city',
  'friendship_city',
  'programme_agreement',
  'pact_or_declaration',
  'network_membership',
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const PARTY_ROLES = ['counterpart', 'co_signatory', 'nominator', 'funder', 'implementer', 'host'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const ALIGNMENTS = ['kl2040', 'nua', 'agenda2030'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

/** Themes are free text so officers can add new ones; these are the ones the UI suggests. */
export const SUGGESTED_THEMES = [
  'energy',
  'smart_city',
  'decarbonisation',
  'food_policy',
  'capacity_building',
  'urban_planning',
  'data_sharing',
  'culture',
  'tourism',
  'trade_investment',
] as const;
