import type { PartnershipStatus } from './partnership-vocabulary';
import type { Language } from './records';

/**
 * A partnership status in words, in each language: the UI's labels, and the server's in emails.
 * One table, so an email and the screen never name a status differently.
 */
export const STATUS_LABELS: Readonly<Record<Language, Readonly<Record<PartnershipStatus, string>>>> = {
  en: {
    draft: 'Draft',
    proposed: 'Proposed',
    nominated: 'Nominated',
    under_negotiation: 'Under negotiation',
    active: 'Active',
    halted: 'Halted',
    expired: 'Expired',
    terminated: 'Terminated',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  ms: {
    draft: 'Draf',
    proposed: 'Dicadangkan',
    nominated: 'Dicalonkan',
    under_negotiation: 'Dalam rundingan',
    active: 'Aktif',
    halted: 'Tergendala',
    expired: 'Tamat tempoh',
    terminated: 'Ditamatkan',
    completed: 'Selesai',
    cancelled: 'Dibatalkan',
  },
};
