import type { Alignment, Instrument, MilestoneKind, OrganisationType, PartnershipCategory, PartnershipStatus, PartyRole } from '@klch/shared';

/**
 * The demo data: the nine partnerships of KL's SDG 17 chapter (shared/seed/kl-sdg17-partnerships.txt)
 * with their partners and statuses, as the source tells them. Everything the source does not give
 * (instruments other than Zhengzhou's sister-city nomination and Milan's pact, dates, departments,
 * owners) is invented for the demonstration and each record says so in its `demoNote`.
 */

export interface DemoOrganisation {
  key: string;
  name: string;
  aliases: string[];
  type: OrganisationType;
  country: string;
  city: string | null;
  /** The city's centre in decimal degrees, for the partners' map; null with no city. */
  latitude: number | null;
  longitude: number | null;
  parentKey?: string;
  notes: string | null;
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    key: 'klch',
    name: 'Kuala Lumpur City Hall',
    aliases: ['KLCH', 'DBKL', 'Dewan Bandaraya Kuala Lumpur'],
    type: 'city_government',
    country: 'MY',
    city: 'Kuala Lumpur',
    latitude: 3.139,
    longitude: 101.6869,
    notes: 'The city government that keeps these partnerships.',
  },
  {
    key: 'dos',
    name: 'U.S. Department of State',
    aliases: ['Department of State', 'DOS'],
    type: 'national_agency',
    country: 'US',
    city: 'Washington',
    latitude: 38.9072,
    longitude: -77.0369,
    notes: null,
  },
  {
    key: 'ber',
    name: 'Bureau of Energy Resources',
    aliases: ['ENR', 'BER'],
    type: 'national_agency',
    country: 'US',
    city: 'Washington',
    latitude: 38.9072,
    longitude: -77.0369,
    parentKey: 'dos',
    notes: 'Bureau of the U.S. Department of State; partner in the energy sector under the Smart City program.',
  },
  {
    key: 'metropoli',
    name: 'Fundación Metrópoli',
    aliases: ['Fundacion Metropoli', 'Metropoli Foundation'],
    type: 'foundation_ngo',
    country: 'ES',
    city: null,
    latitude: null,
    longitude: null,
    notes: null,
  },
  {
    key: 'shenzhen',
    name: 'Shenzhen City',
    aliases: ['Shenzhen'],
    type: 'city_government',
    country: 'CN',
    city: 'Shenzhen',
    latitude: 22.5431,
    longitude: 114.0579,
    notes: null,
  },
  {
    key: 'zhengzhou',
    name: 'Zhengzhou City',
    aliases: ['Zhengzhou'],
    type: 'city_government',
    country: 'CN',
    city: 'Zhengzhou',
    latitude: 34.7466,
    longitude: 113.6253,
    notes: null,
  },
  {
    key: 'uclg',
    name: 'United Cities and Local Governments Asia-Pacific',
    aliases: ['UCLG ASPAC', 'UCLG-ASPAC'],
    type: 'city_network',
    country: 'ID',
    city: null,
    latitude: null,
    longitude: null,
    notes: 'Demo data: the country (secretariat in Indonesia) is not from the source document.',
  },
  {
    key: 'tokyo',
    name: 'Tokyo Metropolitan Government',
    aliases: ['TMG', 'Tokyo'],
    type: 'city_government',
    country: 'JP',
    city: 'Tokyo',
    latitude: 35.6762,
    longitude: 139.6503,
    notes: null,
  },
  {
    key: 'tashkent',
    name: 'Tashkent City',
    aliases: ['Tashkent', 'Toshkent'],
    type: 'city_government',
    country: 'UZ',
    city: 'Tashkent',
    latitude: 41.2995,
    longitude: 69.2401,
    notes: null,
  },
  {
    key: 'seoul',
    name: 'Seoul Metropolitan Government',
    aliases: ['SMG', 'Seoul'],
    type: 'city_government',
    country: 'KR',
    city: 'Seoul',
    latitude: 37.5665,
    longitude: 126.978,
    notes: null,
  },
  {
    key: 'busan',
    name: 'Busan Metropolitan City',
    aliases: ['Busan'],
    type: 'city_government',
    country: 'KR',
    city: 'Busan',
    latitude: 35.1796,
    longitude: 129.0756,
    notes: null,
  },
  {
    key: 'milan',
    name: 'City of Milan',
    aliases: ['Comune di Milano', 'Milano', 'Milan'],
    type: 'city_government',
    country: 'IT',
    city: 'Milan',
    latitude: 45.4642,
    longitude: 9.19,
    notes: 'The Mayor of Milan invites Kuala Lumpur to the Milan Urban Food Policy Pact.',
  },
  {
    key: 'mufpp',
    name: 'Milan Urban Food Policy Pact',
    aliases: ['MUFPP'],
    type: 'city_network',
    country: 'IT',
    city: 'Milan',
    latitude: 45.4642,
    longitude: 9.19,
    notes: null,
  },
];

export interface DemoPartnership {
  title: string;
  titleMs: string;
  summary: string;
  category: PartnershipCategory;
  instrument: Instrument;
  status: PartnershipStatus;
  statusReason: string | null;
  parties: Array<{ key: string; role: PartyRole }>;
  themes: string[];
  sdgTargets: string[];
  alignment: Alignment[];
  leadDepartment: string | null;
  owner: 'officer' | 'manager';
  proposedOn?: string;
  signedOn?: string;
  effectiveFrom?: string;
  expiresOn?: string;
  nextReviewOn?: string;
  /** The year in the reference code: the seed's own year where it gives one. */
  codeYear: number;
  demoNote: string;
  /** When nothing has happened to it since (its record's last change): set for the one shown as dormant. */
  lastActivityOn?: string;
}

/**
 * The day the invented dates below are written for. A demo database created on another day moves
 * the dates still to come (expiry, next review, milestones due) and the dormant one's last change by
 * the days in between (seed-demo.ts), so a new user always sees what the story shows: an MoU expiring within the month with its review already due, a milestone overdue, a
 * partnership dormant for two years. The dates the source gives are none of these (it gives none).
 */
export const DEMO_STORY_DAY = '2026-12-01';

export interface DemoMilestone {
  /** The partnership's title, as in DEMO_PARTNERSHIPS. */
  partnership: string;
  title: string;
  kind: MilestoneKind;
  dueOn: string;
  notes: string;
}

const INVENTED_MILESTONE = 'Demo data: this milestone and its date are invented for the demonstration.';

export const DEMO_MILESTONES: readonly DemoMilestone[] = [
  {
    partnership: 'Partnership with Seoul Metropolitan Government',
    title: 'Joint working group meeting on the renewal',
    kind: 'event',
    dueOn: '2026-11-20',
    notes: INVENTED_MILESTONE,
  },
  {
    partnership: 'Smart City partnership with Fundación Metrópoli',
    title: 'Decision on renewing the MoU',
    kind: 'review',
    dueOn: '2026-12-15',
    notes: INVENTED_MILESTONE,
  },
  {
    partnership: 'Sustainable energy management and decarbonisation with Tokyo',
    title: 'Annual progress report to TMG',
    kind: 'report',
    dueOn: '2027-01-31',
    notes: INVENTED_MILESTONE,
  },
];

const ALIGNED: Alignment[] = ['kl2040', 'nua', 'agenda2030'];
const SOURCE = "Partner, subject and status are from KL's SDG 17 report.";
const INVENTED_DATES = `${SOURCE} Demo data: the instrument, dates, lead department and owner are invented for the demonstration.`;

export const DEMO_PARTNERSHIPS: readonly DemoPartnership[] = [
  {
    title: 'Energy sector partnership under the Smart City program',
    titleMs: 'Perkongsian sektor tenaga di bawah program Bandar Pintar',
    summary:
      'Partnership in the energy sector with the Bureau of Energy Resources, U.S. Department of State (Washington), under the Smart City program.',
    category: 'regional_cooperation',
    instrument: 'programme_agreement',
    status: 'active',
    statusReason: null,
    parties: [
      { key: 'ber', role: 'counterpart' },
      { key: 'dos', role: 'funder' },
    ],
    themes: ['energy', 'smart_city'],
    sdgTargets: ['7.3', '17.9', '17.16'],
    alignment: ALIGNED,
    leadDepartment: 'International Relations',
    owner: 'officer',
    signedOn: '2022-03-15',
    effectiveFrom: '2022-03-15',
    expiresOn: '2027-03-14',
    nextReviewOn: '2026-12-15',
    codeYear: 2022,
    demoNote: `${INVENTED_DATES} The funder role of the Department of State is the demo's reading of "Bureau of Energy Resources, Department State".`,
  },
  {
    title: 'Smart City partnership with Fundación Metrópoli',
    titleMs: 'Perkongsian Bandar Pintar dengan Fundación Metrópoli',
    summary: 'Smart City partnership with Fundación Metrópoli (Spain).',
    category: 'regional_cooperation',
    instrument: 'mou',
    status: 'active',
    statusReason: null,
    parties: [{ key: 'metropoli', role: 'counterpart' }],
    themes: ['smart_city'],
    sdgTargets: ['11.3', '17.16', '17.17'],
    alignment: ALIGNED,
    leadDepartment: 'International Relations',
    owner: 'officer',
    signedOn: '2021-09-01',
    effectiveFrom: '2021-09-01',
    expiresOn: '2026-12-31',
    nextReviewOn: '2026-12-01',
    codeYear: 2021,
    demoNote: INVENTED_DATES,
  },
  {
    title: 'Proposed city partnership with Shenzhen',
    titleMs: 'Cadangan perkongsian bandar dengan Shenzhen',
    summary: 'Proposed partnership with Shenzhen City, halted due to the COVID-19 outbreak.',
    category: 'international_city',
    instrument: 'mou',
    status: 'halted',
    statusReason: 'COVID-19 outbreak',
    parties: [{ key: 'shenzhen', role: 'counterpart' }],
    themes: [],
    sdgTargets: ['17.16'],
    alignment: ALIGNED,
    leadDepartment: 'International Relations',
    owner: 'manager',
    nextReviewOn: '2027-01-31',
    codeYear: 2020,
    demoNote: `${SOURCE} Demo data: the instrument, the next review date, the year in the code and the owner are invented.`,
  },
  {
    title: 'Sister city nomination: Zhengzhou',
    titleMs: 'Pencalonan bandar kembar: Zhengzhou',
    summary: 'Zhengzhou City nominated in 2021 by UCLG ASPAC as a sister city to Kuala Lumpur.',
    category: 'international_city',
    instrument: 'sister_city',
    status: 'nominated',
    statusReason: 'Nominated in 2021 by UCLG ASPAC as a sister city to Kuala Lumpur',
    parties: [
      { key: 'zhengzhou', role: 'counterpart' },
      { key: 'uclg', role: 'nominator' },
    ],
    themes: [],
    sdgTargets: ['17.16'],
    alignment: ALIGNED,
    leadDepartment: 'International Relations',
    owner: 'officer',
    codeYear: 2021,
    demoNote: `${SOURCE} Demo data: the owner is invented; the source gives the year of the nomination (2021) but no date.`,
  },
  {
    title: 'Sustainable energy management and decarbonisation with Tokyo',
    titleMs: 'Pengurusan tenaga mampan dan penyahkarbonan bersama Tokyo',
    summary: 'Partnership with Tokyo Metropolitan Government on sustainable energy management and decarbonization.',
    category: 'international_city',
    instrument: 'mou',
    status: 'active',
    statusReason: null,
    parties: [{ key: 'tokyo', role: 'counterpart' }],
    themes: ['energy', 'decarbonisation'],
    sdgTargets: ['7.3', '13.2', '17.9', '17.16'],
    alignment: ALIGNED,
    leadDepartment: 'Environment and Sustainability',
    owner: 'officer',
    signedOn: '2023-05-10',
    effectiveFrom: '2023-05-10',
    expiresOn: '2028-05-09',
    nextReviewOn: '2027-05-10',
    codeYear: 2023,
    demoNote: INVENTED_DATES,
  },
  {
    title: 'Kuala Lumpur – Tashkent city partnership',
    titleMs: 'Perkongsian bandar Kuala Lumpur – Tashkent',
    summary: 'Tashkent and Kuala Lumpur for city partnership.',
    category: 'international_city',
    instrument: 'mou',
    status: 'active',
    statusReason: null,
    parties: [{ key: 'tashkent', role: 'counterpart' }],
    themes: [],
    sdgTargets: ['17.16'],
    alignment: ALIGNED,
    leadDepartment: 'International Relations',
    owner: 'manager',
    signedOn: '2022-10-20',
    effectiveFrom: '2022-10-20',
    expiresOn: '2027-10-19',
    nextReviewOn: '2027-04-20',
    codeYear: 2022,
    demoNote: INVENTED_DATES,
  },
  {
    title: 'Partnership with Seoul Metropolitan Government',
    titleMs: 'Perkongsian dengan Kerajaan Metropolitan Seoul',
    summary: 'Partnership with Seoul Metropolitan Government.',
    category: 'international_city',
    instrument: 'mou',
    status: 'active',
    statusReason: null,
    parties: [{ key: 'seoul', role: 'counterpart' }],
    themes: [],
    sdgTargets: ['17.9', '17.16'],
    alignment: ALIGNED,
    leadDepartment: 'International Relations',
    owner: 'officer',
    signedOn: '2019-11-05',
    effectiveFrom: '2019-11-05',
    expiresOn: '2027-01-15',
    nextReviewOn: '2026-12-20',
    codeYear: 2019,
    demoNote: INVENTED_DATES,
  },
  {
    title: 'Partnership with Busan Metropolitan City',
    titleMs: 'Perkongsian dengan Bandar Metropolitan Busan',
    summary: 'Partnership with Busan Metropolitan City.',
    category: 'international_city',
    instrument: 'mou',
    status: 'active',
    statusReason: null,
    parties: [{ key: 'busan', role: 'counterpart' }],
    themes: [],
    sdgTargets: ['17.16'],
    alignment: ALIGNED,
    leadDepartment: 'International Relations',
    owner: 'manager',
    signedOn: '2020-02-12',
    effectiveFrom: '2020-02-12',
    expiresOn: '2028-02-11',
    nextReviewOn: '2027-02-12',
    codeYear: 2020,
    demoNote: INVENTED_DATES,
  },
  {
    title: 'Milan Urban Food Policy Pact (MUFPP)',
    titleMs: 'Pakatan Dasar Makanan Bandar Milan (MUFPP)',
    summary: 'The Mayor of Milan is inviting Kuala Lumpur to the Milan Urban Food Policy Pact (MUFPP).',
    category: 'network_membership',
    instrument: 'pact_or_declaration',
    status: 'proposed',
    statusReason: 'Invitation from the Mayor of Milan',
    parties: [
      { key: 'mufpp', role: 'counterpart' },
      { key: 'milan', role: 'host' },
    ],
    themes: ['food_policy'],
    sdgTargets: ['2.1', '11.a', '12.3', '17.16'],
    alignment: ALIGNED,
    leadDepartment: 'International Relations',
    owner: 'officer',
    codeYear: 2022,
    lastActivityOn: '2024-06-14',
    demoNote: `${SOURCE} Demo data: the year in the code, the lead department, the owner and that nothing has been done on it since mid-2024 are invented.`,
  },
];
