import { STATUS_LABELS } from '@klch/shared';
import type { VocabularyLabels } from './vocabularyLabels';

/**
 * Messages every feature uses: the labels of the shared vocabulary's codes (typed by the shared
 * unions, see vocabularyLabels.ts), the conflict notification's actions and the demo-data notice.
 * `ms` is typed by `en`, so a key missing in Bahasa Melayu fails the type check.
 */
const vocabularyEn: VocabularyLabels = {
  status: { ...STATUS_LABELS.en },
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

const vocabularyMs: VocabularyLabels = {
  status: { ...STATUS_LABELS.ms },
  category: {
    regional_cooperation: 'Kerjasama serantau',
    international_city: 'Perkongsian bandar antarabangsa',
    international_organisation: 'Organisasi antarabangsa',
    network_membership: 'Keahlian rangkaian',
    kluo_data_sharing: 'Perkongsian data Balai Cerap Bandar Kuala Lumpur (KLUO)',
    local_partner: 'Rakan kongsi tempatan',
  },
  instrument: {
    mou: 'Memorandum Persefahaman (MoU)',
    moa: 'Memorandum Perjanjian (MoA)',
    letter_of_intent: 'Surat hasrat',
    sister_city: 'Perjanjian bandar kembar',
    friendship_city: 'Bandar persahabatan',
    programme_agreement: 'Perjanjian program',
    pact_or_declaration: 'Pakatan atau deklarasi',
    network_membership: 'Keahlian rangkaian',
  },
  partyRole: {
    counterpart: 'Rakan perjanjian',
    co_signatory: 'Penandatangan bersama',
    nominator: 'Pencalon',
    funder: 'Pembiaya',
    implementer: 'Pelaksana',
    host: 'Tuan rumah',
  },
  alignment: {
    kl2040: 'Pelan Struktur Kuala Lumpur 2040 (KL2040)',
    nua: 'Agenda Perbandaran Baharu',
    agenda2030: 'Agenda 2030 untuk Pembangunan Mampan',
  },
  theme: {
    energy: 'Tenaga',
    smart_city: 'Bandar pintar',
    decarbonisation: 'Penyahkarbonan',
    food_policy: 'Dasar makanan',
    capacity_building: 'Pembinaan kapasiti',
    urban_planning: 'Perancangan bandar',
    data_sharing: 'Perkongsian data',
    culture: 'Kebudayaan',
    tourism: 'Pelancongan',
    trade_investment: 'Perdagangan dan pelaburan',
  },
  organisationType: {
    city_government: 'Kerajaan bandar',
    national_agency: 'Agensi kerajaan kebangsaan',
    international_organisation: 'Organisasi antarabangsa',
    city_network: 'Rangkaian bandar',
    foundation_ngo: 'Yayasan / NGO',
    academic: 'Akademik',
    private_sector: 'Sektor swasta',
    local_stakeholder: 'Pihak berkepentingan tempatan',
  },
  role: {
    officer: 'Pegawai',
    manager: 'Pengurus',
    auditor: 'Juruaudit',
    admin: 'Pentadbir',
  },
  language: {
    en: 'English',
    ms: 'Bahasa Melayu',
  },
};

export const en = {
  vocabulary: vocabularyEn,
  klch: {
    action: {
      reload: 'Reload',
      dismiss: 'Dismiss',
    },
    demo: {
      title: 'Demo data',
      generic: 'This record is demo data: it illustrates the system and is not a fact.',
    },
    date: {
      hint: 'Day/month/year, e.g. 31/12/2026',
      format: 'Enter the date as dd/mm/yyyy, e.g. 31/12/2026',
      impossible: 'There is no such day in the calendar',
    },
  },
};

export const ms: typeof en = {
  vocabulary: vocabularyMs,
  klch: {
    action: {
      reload: 'Muat semula',
      dismiss: 'Tutup',
    },
    demo: {
      title: 'Data demo',
      generic: 'Rekod ini ialah data demo: ia menggambarkan sistem dan bukan fakta.',
    },
    date: {
      hint: 'Hari/bulan/tahun, cth. 31/12/2026',
      format: 'Masukkan tarikh sebagai hh/bb/tttt, cth. 31/12/2026',
      impossible: 'Tiada hari sedemikian dalam kalendar',
    },
  },
};
