import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import * as approvalsMessages from '../approvals/i18n';
import * as auditMessages from '../audit/i18n';
import * as documentsMessages from '../documents/i18n';
import * as milestonesMessages from '../milestones/i18n';
import * as statusChangeMessages from '../status-change/i18n';
import type { VocabularyLabels } from './vocabularyLabels';

/** English labels of the shared vocabulary codes (shared/src/*-vocabulary.ts). */
const vocabulary: VocabularyLabels = {
  status: {
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
  category: {
    regional_cooperation: 'Regional cooperation',
    international_city: 'International city partnership',
    international_organisation: 'International organisation',
    network_membership: 'Network membership',
    kluo_data_sharing: 'KL Urban Observatory data sharing',
    local_partner: 'Local partner',
  },
  instrument: {
    mou: 'Memorandum of Understanding (MoU)',
    moa: 'Memorandum of Agreement (MoA)',
    letter_of_intent: 'Letter of intent',
    sister_city: 'Sister-city / twin-city agreement',
    friendship_city: 'Friendship city',
    programme_agreement: 'Programme agreement',
    pact_or_declaration: 'Pact or declaration',
    network_membership: 'Network membership',
  },
  partyRole: {
    counterpart: 'Counterpart',
    co_signatory: 'Co-signatory',
    nominator: 'Nominator',
    funder: 'Funder',
    implementer: 'Implementer',
    host: 'Host',
  },
  alignment: {
    kl2040: 'Kuala Lumpur Structure Plan 2040 (KL2040)',
    nua: 'New Urban Agenda',
    agenda2030: '2030 Agenda for Sustainable Development',
  },
  theme: {
    energy: 'Energy',
    smart_city: 'Smart city',
    decarbonisation: 'Decarbonisation',
    food_policy: 'Food policy',
    capacity_building: 'Capacity building',
    urban_planning: 'Urban planning',
    data_sharing: 'Data sharing',
    culture: 'Culture',
    tourism: 'Tourism',
    trade_investment: 'Trade and investment',
  },
  organisationType: {
    city_government: 'City government',
    national_agency: 'National government agency',
    international_organisation: 'International organisation',
    city_network: 'City network',
    foundation_ngo: 'Foundation / NGO',
    academic: 'Academic',
    private_sector: 'Private sector',
    local_stakeholder: 'Local stakeholder',
  },
  role: {
    officer: 'Officer',
    manager: 'Manager',
    auditor: 'Auditor',
    admin: 'Administrator',
  },
  language: {
    en: 'English',
    ms: 'Bahasa Melayu',
  },
};

/** Our own labels; react-admin's built-in strings come from ra-language-english. */
export const enOwn = {
  resources: {
    partnerships: {
      name: 'Partnership |||| Partnerships',
      fields: {
        id: 'ID',
        code: 'Reference code',
        title: 'Title',
        titleMs: 'Title in Bahasa Melayu',
        summary: 'Summary',
        category: 'Category',
        instrument: 'Instrument',
        status: 'Status',
        statusReason: 'Status reason',
        parties: 'Parties',
        'parties.organisationId': 'Organisation',
        'parties.role': 'Role',
        counterparts: 'Counterparts',
        themes: 'Themes',
        sdgTargets: 'SDG targets',
        alignment: 'Alignment',
        leadDepartment: 'Lead department',
        ownerId: 'Owning officer',
        ownerName: 'Owning officer',
        proposedOn: 'Proposed on',
        signedOn: 'Signed on',
        effectiveFrom: 'Effective from',
        expiresOn: 'Expires on',
        nextReviewOn: 'Next review on',
        isDemoData: 'Demo data',
        demoNote: 'Demo data note',
        archivedAt: 'Archived at',
        version: 'Version',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
        q: 'Search',
        country: 'Country',
        archived: 'Show archived',
      },
      tabs: {
        summary: 'Summary',
        parties: 'Parties',
        goals: 'SDGs and themes',
        dates: 'Dates',
        record: 'Record',
      },
      // Deleting a partnership archives it on the server; these keys make react-admin's stock
      // delete button, its confirmation and its notification say so.
      action: {
        delete: 'Archive',
      },
      message: {
        delete_title: 'Archive %{recordRepresentation}?',
        delete_content:
          'The partnership leaves the working lists but keeps its history and audit trail. "Show archived" still finds it.',
      },
      notifications: {
        deleted: 'Partnership archived',
      },
      helper: {
        status: 'Status changes go through an approval request.',
        themes: 'Pick a suggestion or type a new theme and press Enter.',
        sdgTargets: 'Search by code (17.16) or words of the target.',
      },
    },
    organisations: {
      name: 'Organisation |||| Organisations',
      fields: {
        id: 'ID',
        name: 'Name',
        aliases: 'Other names',
        type: 'Type',
        country: 'Country',
        city: 'City',
        parentId: 'Parent organisation',
        website: 'Website',
        notes: 'Notes',
        isDemoData: 'Demo data',
        version: 'Version',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
        q: 'Search',
      },
      helper: {
        aliases: 'Short names and other spellings, e.g. TMG. Press Enter after each.',
      },
    },
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'ID',
        username: 'Username',
        fullName: 'Full name',
        email: 'Email',
        role: 'Role',
        active: 'Active',
        language: 'Language',
        password: 'Password',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
        q: 'Search',
      },
      helper: {
        password: 'Leave empty to keep the current password.',
      },
    },
    'sdg-targets': {
      name: 'SDG target |||| SDG targets',
      fields: {
        code: 'Code',
        goal: 'Goal',
        title: 'Target',
      },
    },
    // Feature folders keep their own messages (milestones/i18n.ts, documents/i18n.ts).
    ...milestonesMessages.en,
    ...documentsMessages.en,
    ...approvalsMessages.en,
    ...auditMessages.en,
  },
  vocabulary,
  klch: {
    action: {
      reload: 'Reload',
      dismiss: 'Dismiss',
    },
    demo: {
      title: 'Demo data',
      generic: 'This record is demo data: it illustrates the system and is not a fact.',
    },
    archived: {
      banner: 'This partnership was archived on %{date}.',
    },
    empty: {
      parties: 'No parties recorded.',
      sdgTargets: 'No SDG targets recorded.',
      themes: 'No themes recorded.',
    },
    // The user's own password (password/): the page, its checks and its outcome.
    password: {
      title: 'Change password',
      intro:
        'Use at least %{min} characters. Changing your password signs you out everywhere else; this browser stays signed in.',
      fields: {
        currentPassword: 'Current password',
        newPassword: 'New password',
        repeatPassword: 'Repeat new password',
      },
      validation: {
        tooShort: 'Use at least %{min} characters.',
        tooLong: 'Use at most %{max} characters.',
        mismatch: 'The two new passwords differ.',
      },
      notification: {
        changed: 'Password changed. Your other sessions have been signed out.',
      },
    },
    // The partnership page's status workflow (status-change/i18n.ts).
    ...statusChangeMessages.en,
  },
};

export const en: TranslationMessages = { ...englishMessages, ...enOwn };
