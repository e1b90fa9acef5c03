import type { Alignment, Instrument, Language, OrganisationType, PartnershipCategory, PartnershipStatus, PartyRole, Role } from '@klch/shared';

/**
 * Labels for every code of the shared vocabulary. Typed by the shared unions so that a code
 * added in shared/ fails the UI's type check until both languages label it.
 * Themes are free text: only the suggested ones have labels.
 */
export type VocabularyLabels = {
  status: Record<PartnershipStatus, string>;
  category: Record<PartnershipCategory, string>;
  instrument: Record<Instrument, string>;
  partyRole: Record<PartyRole, string>;
  alignment: Record<Alignment, string>;
  theme: Record<string, string>;
  organisationType: Record<OrganisationType, string>;
  role: Record<Role, string>;
  language: Record<Language, string>;
};
