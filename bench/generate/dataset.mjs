/**
 * The deterministic benchmark dataset: users, organisations, partnerships with their parties, SDG
 * targets and first status-history row, milestones, code sequences, and an audit trail whose
 * events tell the same story as the rows (each partnership's create event, its edits, its
 * archiving; the final row is the state after the last event) and form a valid hash chain,
 * hashed with the app's own functions.
 *
 * Every value is a pure function of the seed and an index (`hashRandom`), so any record can be
 * computed alone: the n-th edit of partnership p needs nothing but p and n. Rows are handed to
 * `sinks` (SQLite, PostgreSQL) table by table, in batches, in id order.
 */
import { eventHash, fieldChanges, GENESIS_HASH, hashedContent, SDG_TARGETS, SUGGESTED_THEMES } from '../lib/app.mjs';
import { hash32, hashRandom, mulberry32, picker } from '../lib/prng.mjs';
import { BENCH_USERS } from '../config.mjs';
import {
  CITIES,
  DEPARTMENTS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MILESTONE_TITLES,
  ORGANISATION_PATTERNS,
  PROGRESS_NOTES,
  SEED_ORGANISATIONS,
  STATUS_REASONS,
  TITLE_PATTERNS,
  TOPICS,
} from './vocabulary.mjs';

const DAY = 86_400_000;
/** The trail runs from the start of 2018 to the end of October 2025: fixed, never "now". */
export const TRAIL_START = Date.UTC(2018, 0, 1);
export const TRAIL_END = Date.UTC(2025, 9, 31);
/** Organisations are entered in the first two months, partnerships after. */
const ORGANISATION_WINDOW = 60 * DAY;
const PARTNERSHIP_START = TRAIL_START + ORGANISATION_WINDOW;
const BATCH = 5_000;

/** The columns written, per table, in the migrations' names, with the type a sink needs to know. */
export const TABLES = {
  users: cols(
    'id:int username full_name email role active:bool language password_hash token_version:int last_login_at version:int created_at updated_at updated_by_id:int ever_admin:bool',
  ),
  organisations: cols(
    'id:int name aliases type country city parent_id:int website notes is_demo_data:bool version:int created_at updated_at created_by_id:int updated_by_id:int',
  ),
  partnerships: cols(
    'id:int code title title_ms summary category instrument status status_reason themes alignment lead_department owner_id:int proposed_on:date signed_on:date effective_from:date expires_on:date next_review_on:date is_demo_data:bool demo_note archived_at version:int created_at updated_at created_by_id:int updated_by_id:int',
  ),
  partnership_parties: cols('partnership_id:int organisation_id:int role position:int'),
  partnership_sdg_targets: cols('partnership_id:int target_code'),
  partnership_status_history: cols(
    'id:int partnership_id:int from_status to_status reason effective_date:date request_id:int requested_by_id:int requested_at decided_by_id:int decided_at comment',
  ),
  milestones: cols(
    'id:int partnership_id:int title kind due_on:date completed_on:date status owner_id:int notes completed_by_id:int completed_at version:int created_at updated_at created_by_id:int updated_by_id:int',
  ),
  notifications: cols('id:int user_id:int kind entity_type entity_id:int partnership_id:int params created_at read_at'),
  code_sequences: cols('scope last_value:int'),
  audit_events: cols('id:int at actor_id:int actor_name actor_role action entity_type entity_id changes reason request_id prev_hash hash'),
};

function cols(spec) {
  return spec.split(' ').map((part) => {
    const [name, type = 'text'] = part.split(':');
    return { name, type };
  });
}

const iso = (ms) => new Date(ms).toISOString();
const dateOf = (ms) => iso(ms).slice(0, 10);
const SDG_POSITION = new Map(SDG_TARGETS.map((target, index) => [target.code, index]));
const officialOrder = (codes) => [...new Set(codes)].sort((a, b) => SDG_POSITION.get(a) - SDG_POSITION.get(b));

/** Thematic SDG targets by theme, besides the partnership targets of goal 17. */
const THEME_TARGETS = {
  energy: ['7.2', '7.3'],
  smart_city: ['9.c', '11.3'],
  decarbonisation: ['13.2', '7.3'],
  food_policy: ['2.1', '12.3'],
  capacity_building: ['17.9', '13.3'],
  urban_planning: ['11.3', '11.a'],
  data_sharing: ['17.18', '17.8'],
  culture: ['11.4'],
  tourism: ['8.9'],
  trade_investment: ['17.11', '8.3'],
};

const STATUS_MIX = [
  ['active', 40],
  ['under_negotiation', 12],
  ['proposed', 10],
  ['expired', 10],
  ['draft', 8],
  ['completed', 7],
  ['nominated', 4],
  ['halted', 3],
  ['terminated', 3],
  ['cancelled', 3],
];
const SIGNED = new Set(['active', 'halted', 'expired', 'terminated', 'completed']);
const ORGANISATION_TYPE_MIX = [
  ['city_government', 35],
  ['national_agency', 12],
  ['foundation_ngo', 12],
  ['academic', 12],
  ['private_sector', 10],
  ['international_organisation', 8],
  ['local_stakeholder', 6],
  ['city_network', 5],
];
const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
const ASEAN = new Set(['MY', 'SG', 'ID', 'TH', 'VN', 'PH', 'KH', 'LA', 'MM', 'BN']);

/**
 * The plan of a size: how many of everything, and the time of every event, sorted into the
 * order of the chain. Cheap next to writing; the content of each event is computed when written.
 */
export function planDataset(size, seed) {
  const P = size.partnerships;
  const O = size.organisations;
  const M = P * size.milestonesPerPartnership;
  const users = makeUsers(size, seed);
  const U = users.length;
  const archived = new Uint8Array(P + 1);
  const updates = new Uint8Array(P + 1);
  const milestoneUpdates = new Uint8Array(M + 1);
  let archives = 0;
  for (let p = 1; p <= P; p++) {
    if (hashRandom(seed, 11, p) < 0.02) {
      archived[p] = 1;
      archives++;
    }
  }
  let milestoneUpdateCount = 0;
  for (let m = 1; m <= M; m++) {
    const r = hashRandom(seed, 12, m);
    milestoneUpdates[m] = r < 0.45 ? 0 : r < 0.7 ? 1 : 2;
    milestoneUpdateCount += milestoneUpdates[m];
  }
  // Edits of partnerships take most of what is left of the trail; sign-ins fill it up exactly.
  const base = U + O + P + M + archives + milestoneUpdateCount;
  const maxUpdates = Math.max(0, Math.round(((size.auditEvents - base) * 0.93 * 2) / P));
  if (base > size.auditEvents) throw new Error(`size ${size.name}: ${size.auditEvents} audit events are too few for its records (${base})`);
  let updateCount = 0;
  for (let p = 1; p <= P; p++) {
    updates[p] = Math.min(250, Math.floor(hashRandom(seed, 13, p) * (maxUpdates + 1)));
    updateCount += updates[p];
  }
  // Random counts can overshoot the trail's length (small sizes): take edits back, one per partnership in turn.
  for (let p = 1; updateCount > size.auditEvents - base; p = (p % P) + 1) {
    if (updates[p] > 0) {
      updates[p]--;
      updateCount--;
    }
  }
  const logins = size.auditEvents - base - updateCount;

  const E = size.auditEvents;
  const kind = new Uint8Array(E);
  const ref = new Uint32Array(E);
  const sub = new Uint8Array(E);
  const keys = new BigInt64Array(E);
  let n = 0;
  const add = (k, r, s, time) => {
    kind[n] = k;
    ref[n] = r;
    sub[n] = s;
    // Time in ms, then the order of adding: a total order without a comparator (native sort).
    keys[n] = (BigInt(Math.floor(time)) << 20n) | BigInt(n);
    n++;
  };
  const plan = { size, seed, users, archived, updates, milestoneUpdates, logins, P, O, M, U };
  for (let u = 1; u <= U; u++) add(KIND.userCreate, u, 0, userCreatedAt(u));
  for (let o = 1; o <= O; o++) add(KIND.organisationCreate, o, 0, organisationCreatedAt(plan, o));
  for (let p = 1; p <= P; p++) {
    add(KIND.partnershipCreate, p, 0, partnershipCreatedAt(plan, p));
    for (let j = 1; j <= updates[p]; j++) add(KIND.partnershipUpdate, p, j, partnershipUpdateAt(plan, p, j));
    if (archived[p]) add(KIND.archive, p, 0, archivedAt(plan, p));
  }
  for (let m = 1; m <= M; m++) {
    add(KIND.milestoneCreate, m, 0, milestoneCreatedAt(plan, m));
    for (let j = 1; j <= milestoneUpdates[m]; j++) add(KIND.milestoneUpdate, m, j, milestoneUpdateAt(plan, m, j));
  }
  for (let i = 1; i <= logins; i++) add(KIND.login, i, 0, loginTime(plan, i));
  if (n !== E) throw new Error(`planned ${n} events instead of ${E}`);
  keys.sort();
  const order = new Uint32Array(E);
  for (let i = 0; i < E; i++) order[i] = Number(keys[i] & 0xfffffn);
  // The year of each code: partnerships are created in id order, so each year's numbers run on.
  const codeNumber = new Uint32Array(P + 1);
  const yearCounts = new Map();
  for (let p = 1; p <= P; p++) {
    const year = new Date(partnershipCreatedAt(plan, p)).getUTCFullYear();
    const next = (yearCounts.get(year) ?? 0) + 1;
    yearCounts.set(year, next);
    codeNumber[p] = next;
  }
  return Object.assign(plan, { kind, ref, sub, order, codeNumber, yearCounts, counts: { updateCount, milestoneUpdateCount, archives, logins } });
}

const KIND = {
  userCreate: 0,
  organisationCreate: 1,
  partnershipCreate: 2,
  milestoneCreate: 3,
  partnershipUpdate: 4,
  archive: 5,
  milestoneUpdate: 6,
  login: 7,
};

/** Sign-ins are spread evenly over the whole trail. */
const loginTime = (plan, i) => Math.floor(TRAIL_START + ((i - 1 + hashRandom(plan.seed, 14, i)) / plan.logins) * (TRAIL_END - TRAIL_START));
const loginAt = (plan, i) => iso(loginTime(plan, i));
const userCreatedAt = (u) => TRAIL_START - 30 * DAY + u * 60_000;
const organisationCreatedAt = (plan, o) => Math.floor(TRAIL_START + ((o - 0.5) / plan.O) * ORGANISATION_WINDOW);
/** Partnerships are created one after another, in id order, across the trail (3 % left at the end for edits). */
function partnershipCreatedAt(plan, p) {
  // Asked for again by every edit and milestone of p: kept (0 is "not yet computed").
  plan.createdTimes ??= new Float64Array(plan.P + 1);
  if (plan.createdTimes[p] === 0) {
    const step = ((TRAIL_END - PARTNERSHIP_START) * 0.97) / plan.P;
    plan.createdTimes[p] = Math.floor(PARTNERSHIP_START + (p - 1 + 0.8 * hashRandom(plan.seed, 21, p)) * step);
  }
  return plan.createdTimes[p];
}
/** The span a partnership's edits fall in: up to the end of the trail, or up to its archiving. */
function editSpan(plan, p) {
  const created = partnershipCreatedAt(plan, p);
  return (TRAIL_END - created) * (plan.archived[p] ? 0.9 : 1);
}
function partnershipUpdateAt(plan, p, j) {
  const n = plan.updates[p];
  return Math.floor(partnershipCreatedAt(plan, p) + 60_000 + editSpan(plan, p) * ((j - 1 + hashRandom(plan.seed, 22, p, j)) / n) * 0.99);
}
function archivedAt(plan, p) {
  const created = partnershipCreatedAt(plan, p);
  return Math.floor(created + (TRAIL_END - created) * (0.9 + 0.099 * hashRandom(plan.seed, 23, p)));
}
const partnershipOfMilestone = (plan, m) => Math.floor((m - 1) / plan.size.milestonesPerPartnership) + 1;
const milestoneIndex = (plan, m) => (m - 1) % plan.size.milestonesPerPartnership;
function milestoneCreatedAt(plan, m) {
  return partnershipCreatedAt(plan, partnershipOfMilestone(plan, m)) + (milestoneIndex(plan, m) + 1) * 45_000;
}
function milestoneUpdateAt(plan, m, j) {
  const p = partnershipOfMilestone(plan, m);
  const created = milestoneCreatedAt(plan, m);
  const n = plan.milestoneUpdates[m];
  return Math.floor(created + 60_000 + editSpan(plan, p) * ((j - 1 + hashRandom(plan.seed, 24, m, j)) / n) * 0.98);
}

/** The bench's four accounts, then the officers and managers who own partnerships. */
function makeUsers(size, seed) {
  const users = Object.values(BENCH_USERS).map((user) => ({ ...user }));
  for (let i = 0; i < size.owners; i++) {
    const id = users.length + 1;
    const given = GIVEN_NAMES[hash32(seed, 31, id) % GIVEN_NAMES.length];
    const family = FAMILY_NAMES[hash32(seed, 32, id) % FAMILY_NAMES.length];
    users.push({ id, username: `officer${String(id).padStart(3, '0')}`, fullName: `${given} ${family}`, role: i % 5 === 4 ? 'manager' : 'officer' });
  }
  return users.map((user) => ({
    ...user,
    email: `${user.username}@bench.dbkl.example`,
    createdAt: iso(userCreatedAt(user.id)),
  }));
}

const owners = (plan) => plan.users.filter((user) => user.role === 'officer' || user.role === 'manager');
const userById = (plan, id) => plan.users[id - 1];

/** Organisation o: the seed's real partners first, then names made of a city and a pattern of its type. */
export function organisationOf(plan, o) {
  plan.organisationCache ??= [];
  return (plan.organisationCache[o] ??= makeOrganisation(plan, o));
}

function makeOrganisation(plan, o) {
  const r = picker(mulberry32(hash32(plan.seed, 40, o)));
  const known = SEED_ORGANISATIONS[o - 1];
  let name;
  let aliases;
  let type;
  let country;
  let city;
  if (known) {
    ({ name, aliases, type, country, city } = known);
  } else {
    type = r.weighted(ORGANISATION_TYPE_MIX);
    [city, country] = r.pick(CITIES);
    const pattern = r.pick(ORGANISATION_PATTERNS[type]);
    name = pattern.replace('{city}', city).replace('{country}', COUNTRY_NAMES.of(country) ?? country);
    const acronym = name
      .split(/[\s,]+/)
      .filter((word) => /^[A-Z]/.test(word))
      .map((word) => word[0])
      .join('');
    aliases = [];
    if (acronym.length >= 2 && r.chance(0.5)) aliases.push(acronym);
    if (type === 'city_government' && r.chance(0.3)) aliases.push(`${city} City`);
  }
  const createdAt = iso(organisationCreatedAt(plan, o));
  const creator = r.pick(owners(plan));
  const slug = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return {
    id: o,
    name,
    aliases,
    type,
    country,
    city,
    parentId: o > 20 && r.chance(0.05) ? 1 + Math.floor(r.random() * (o - 1)) : null,
    website: r.chance(0.7) ? `https://www.${slug}.example.org` : null,
    notes: r.chance(0.2) ? `Contact through the ${r.pick(DEPARTMENTS)} department.` : null,
    isDemoData: false,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    createdById: creator.id,
    updatedById: creator.id,
  };
}

/** Organisations are chosen with a skew: the first ones (the seed's, the big cities) are in many partnerships. */
const skewedOrganisation = (plan, random) => 1 + Math.floor(plan.O * random() ** 2);

/** Partnership p as it was created (version 1), with what its edits derive from. */
export function initialPartnership(plan, p) {
  const r = picker(mulberry32(hash32(plan.seed, 50, p)));
  const createdMs = partnershipCreatedAt(plan, p);
  const createdAt = iso(createdMs);
  const partyCount = r.chance(0.7) ? 2 : 3;
  const organisationIds = new Set();
  while (organisationIds.size < partyCount) organisationIds.add(skewedOrganisation(plan, r.random));
  const [counterpartId, ...others] = [...organisationIds];
  const counterpart = organisationOf(plan, counterpartId);
  const otherRoles = ['co_signatory', 'implementer', 'funder', 'host', 'nominator'];
  const parties = [
    { organisationId: counterpartId, role: 'counterpart' },
    ...others.map((organisationId) => ({ organisationId, role: r.pick(otherRoles) })),
  ];

  const [topic, topicMs] = r.pick(TOPICS);
  const [pattern, patternMs] = r.pick(TITLE_PATTERNS);
  const english = fill(pattern, counterpart.name, topic);
  const malay = fill(patternMs, counterpart.name, topicMs);
  const language = r.weighted([
    ['both', 70],
    ['en', 15],
    ['ms', 15],
  ]);
  const title = language === 'ms' ? malay : english;
  const titleMs = language === 'both' ? malay : null;

  const status = r.weighted(STATUS_MIX);
  const category = categoryOf(counterpart, r);
  const instrument = instrumentOf(category, r);
  const themes = r.sample(SUGGESTED_THEMES, r.int(1, 3));
  const alignment = ['kl2040', 'nua', 'agenda2030'].filter(() => r.chance(0.6));
  const sdgTargets = officialOrder(
    [r.pick(['17.16', '17.17', '17.9']), ...themes.flatMap((theme) => THEME_TARGETS[theme] ?? [])].slice(0, r.int(1, 4)),
  );
  const owner = r.pick(owners(plan));
  const creator = r.chance(0.7) ? owner : r.pick(owners(plan));

  let signedOn = null;
  let effectiveFrom = null;
  let expiresOn = null;
  let nextReviewOn = null;
  if (SIGNED.has(status)) {
    const signedMs = Math.min(createdMs + r.int(30, 400) * DAY, TRAIL_END - DAY);
    signedOn = dateOf(signedMs);
    effectiveFrom = dateOf(signedMs + r.int(0, 30) * DAY);
    let expiresMs = Date.parse(effectiveFrom) + r.int(2, 6) * 365 * DAY;
    if (status === 'expired' && expiresMs >= TRAIL_END) expiresMs = Math.max(Date.parse(effectiveFrom) + DAY, TRAIL_END - r.int(1, 300) * DAY);
    expiresOn = dateOf(expiresMs);
    if (status === 'active' || status === 'halted') nextReviewOn = dateOf(Date.parse(effectiveFrom) + 365 * DAY);
  }
  return {
    id: p,
    code: `KLCH-IR-${createdAt.slice(0, 4)}-${String(plan.codeNumber[p]).padStart(3, '0')}`,
    title,
    titleMs,
    summary: `${capitalise(topic)} with ${counterpart.name} (${counterpart.country}).`,
    category,
    instrument,
    status,
    statusReason: STATUS_REASONS[status] ? r.pick(STATUS_REASONS[status]) : null,
    themes,
    alignment,
    leadDepartment: r.chance(0.95) ? r.pick(DEPARTMENTS) : null,
    ownerId: owner.id,
    proposedOn: dateOf(createdMs),
    signedOn,
    effectiveFrom,
    expiresOn,
    nextReviewOn,
    isDemoData: false,
    demoNote: null,
    archivedAt: null,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    createdById: creator.id,
    updatedById: creator.id,
    parties,
    sdgTargets,
  };
}

const fill = (pattern, partner, topic) => pattern.replace('{partner}', partner).replace('{topic}', topic);
const capitalise = (text) => text[0].toUpperCase() + text.slice(1);

function categoryOf(counterpart, r) {
  switch (counterpart.type) {
    case 'city_government':
      return ASEAN.has(counterpart.country) && r.chance(0.5) ? 'regional_cooperation' : 'international_city';
    case 'international_organisation':
      return 'international_organisation';
    case 'city_network':
      return 'network_membership';
    case 'local_stakeholder':
      return 'local_partner';
    case 'academic':
      return r.chance(0.5) ? 'kluo_data_sharing' : 'local_partner';
    default:
      return r.pick(['regional_cooperation', 'international_city', 'kluo_data_sharing', 'local_partner']);
  }
}

function instrumentOf(category, r) {
  if (category === 'international_city') return r.pick(['mou', 'sister_city', 'friendship_city', 'letter_of_intent']);
  if (category === 'network_membership') return r.pick(['network_membership', 'pact_or_declaration']);
  return r.pick(['mou', 'moa', 'programme_agreement', 'letter_of_intent']);
}

/*
 * What an edit changes, as pure functions of (p, k): every edit adds a progress note to the
 * summary, every third moves the next review, every fourth (from the second) changes the themes.
 * So edit j goes from state j-1 to state j, and the row is state n.
 */
const summaryOf = (plan, base, p, k) =>
  k === 0 ? base.summary : `${base.summary} Progress note ${k}: ${PROGRESS_NOTES[hash32(plan.seed, 60, p, k) % PROGRESS_NOTES.length]}.`;
/** The next review, moved by the edit that sets it to some months after that edit. */
const reviewOf = (plan, base, p, k) =>
  k === 0 ? base.nextReviewOn : dateOf(partnershipUpdateAt(plan, p, 3 * k) + (90 + (hash32(plan.seed, 61, p, k) % 270)) * DAY);
const themesOf = (plan, base, p, k) => {
  if (k === 0) return base.themes;
  const themes = new Set(base.themes);
  themes.add(SUGGESTED_THEMES[hash32(plan.seed, 62, p, k) % SUGGESTED_THEMES.length]);
  return [...themes];
};
/** The editable fields after j edits, in the record's key order (as the app's fieldChanges lists them). */
const editedFields = (plan, base, p, j) => ({
  summary: summaryOf(plan, base, p, j),
  themes: themesOf(plan, base, p, Math.floor((j + 2) / 4)),
  nextReviewOn: reviewOf(plan, base, p, Math.floor(j / 3)),
});
const editor = (plan, base, p, j) =>
  hashRandom(plan.seed, 63, p, j) < 0.6 ? userById(plan, base.ownerId) : owners(plan)[hash32(plan.seed, 64, p, j) % owners(plan).length];
const archiver = (plan, p) => {
  const managers = plan.users.filter((user) => user.role === 'manager');
  return managers[hash32(plan.seed, 65, p) % managers.length];
};

/**
 * What the events after its creation need of partnership p, kept once computed: edits derive from
 * it, and the chain visits a partnership again and again, years apart.
 */
function partnershipBase(plan, p) {
  plan.baseCache ??= [];
  let base = plan.baseCache[p];
  if (!base) {
    const { summary, themes, nextReviewOn, ownerId, code, signedOn, createdById } = initialPartnership(plan, p);
    base = plan.baseCache[p] = { summary, themes, nextReviewOn, ownerId, code, signedOn, createdById };
  }
  return base;
}

/** Partnership p as it is now: its creation, then every edit, then its archiving. */
export function finalPartnership(plan, p) {
  const base = initialPartnership(plan, p);
  plan.baseCache ??= [];
  plan.baseCache[p] ??= base;
  const n = plan.updates[p];
  const row = { ...base, ...editedFields(plan, base, p, n), version: 1 + n };
  if (n > 0) {
    row.updatedAt = iso(partnershipUpdateAt(plan, p, n));
    row.updatedById = editor(plan, base, p, n).id;
  }
  if (plan.archived[p]) {
    row.archivedAt = iso(archivedAt(plan, p));
    row.updatedAt = row.archivedAt;
    row.updatedById = archiver(plan, p).id;
    row.version++;
  }
  return row;
}

/** Milestone m as created, and its edits: planned, then in progress, then done. */
function milestoneOf(plan, m) {
  const p = partnershipOfMilestone(plan, m);
  const k = milestoneIndex(plan, m);
  const partnership = partnershipBase(plan, p);
  const kind =
    k === 0
      ? partnership.signedOn
        ? 'signing'
        : 'workshop'
      : k === 1
        ? pickBy(plan, m, ['visit', 'workshop', 'study', 'pilot', 'training', 'event'])
        : pickBy(plan, m, ['report', 'review']);
  const createdAt = iso(milestoneCreatedAt(plan, m));
  return {
    id: m,
    partnershipId: p,
    title: `${MILESTONE_TITLES[kind]} (${partnership.code})`,
    kind,
    dueOn: dateOf(Date.parse(createdAt) + (k + 1) * 120 * DAY),
    completedOn: null,
    status: 'planned',
    ownerId: partnership.ownerId,
    notes: hashRandom(plan.seed, 70, m) < 0.3 ? 'Benchmark data: the dates are generated.' : null,
    completedById: null,
    completedAt: null,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    createdById: partnership.createdById,
    updatedById: partnership.createdById,
  };
}
const pickBy = (plan, m, list) => list[hash32(plan.seed, 71, m) % list.length];
const milestoneEditor = (plan, milestone, j) =>
  hashRandom(plan.seed, 72, milestone.id, j) < 0.7
    ? userById(plan, milestone.ownerId)
    : owners(plan)[hash32(plan.seed, 73, milestone.id, j) % owners(plan).length];
/** The completion fields of milestone edit j (1: in progress, 2: done). */
function milestoneStep(plan, milestone, j) {
  if (j === 1) return { completedOn: null, status: 'in_progress', completedById: null, completedAt: null };
  const at = iso(milestoneUpdateAt(plan, milestone.id, j));
  return { completedOn: at.slice(0, 10), status: 'done', completedById: milestoneEditor(plan, milestone, j).id, completedAt: at };
}
function finalMilestone(plan, m) {
  const milestone = milestoneOf(plan, m);
  const n = plan.milestoneUpdates[m];
  if (n === 0) return milestone;
  return {
    ...milestone,
    ...milestoneStep(plan, milestone, n),
    version: 1 + n,
    updatedAt: iso(milestoneUpdateAt(plan, m, n)),
    updatedById: milestoneEditor(plan, milestone, n).id,
  };
}

/** Notifications per owner (officer or manager) per 1,000 partnerships; a fifth of them unread. */
export const NOTIFICATIONS_PER_OWNER_PER_1000 = 20;
export const notificationsPerOwner = (size) => Math.max(5, Math.round((NOTIFICATIONS_PER_OWNER_PER_1000 * size.partnerships) / 1000));
const NOTIFICATION_WINDOW = 365 * DAY;

/**
 * Every owner's notifications, over the trail's last year, in the order they were made (ids in
 * time order, the owners' interleaved): the reminders the app sends an owner (reminders/
 * reminder-candidates.ts), each about a partnership they own, with the params the app stores.
 * Exactly a fifth of each owner's are unread, spread over them; the others were read within
 * three days.
 */
function notificationRows(plan, owned) {
  const people = owners(plan).filter((user) => owned.has(user.id));
  const each = notificationsPerOwner(plan.size);
  const total = people.length * each;
  const rows = [];
  for (let i = 0; i < total; i++) {
    const id = i + 1;
    const user = people[i % people.length];
    const k = Math.floor(i / people.length);
    const theirs = owned.get(user.id);
    const p = theirs[hash32(plan.seed, 90, id) % theirs.length];
    const titled = { code: p.code, title: p.title, titleMs: p.titleMs };
    const r = hashRandom(plan.seed, 91, id);
    let kind;
    let params;
    if (p.nextReviewOn && r < 0.35) {
      kind = 'reminder_review';
      params = { ...titled, date: p.nextReviewOn };
    } else if (p.expiresOn && r < 0.7) {
      kind = 'reminder_expiry';
      params = { ...titled, date: p.expiresOn, days: [180, 90, 30, 7][hash32(plan.seed, 92, id) % 4] };
    } else {
      kind = 'reminder_dormant';
      params = { ...titled, date: p.updatedAt.slice(0, 10) };
    }
    const createdMs = TRAIL_END - NOTIFICATION_WINDOW + Math.floor(((i + 0.5) * NOTIFICATION_WINDOW) / total);
    const unread = (k + hash32(plan.seed, 93, user.id)) % 5 === 0;
    const readAt = unread ? null : iso(Math.min(createdMs + (1 + (hash32(plan.seed, 94, id) % 72)) * 3_600_000, TRAIL_END));
    rows.push([id, user.id, kind, 'partnerships', p.id, p.id, JSON.stringify(params), iso(createdMs), readAt]);
  }
  return rows;
}

const userRecord = (user) => ({
  id: user.id,
  username: user.username,
  fullName: user.fullName,
  email: user.email,
  role: user.role,
  active: true,
  language: 'en',
});
const SYSTEM = { id: null, fullName: 'system', role: null };
const actorFields = (user) => ({ actorId: user.id, actorName: user.fullName, actorRole: user.role });

/** A request id in the form of a random UUID (v4), from the seed and the event's number. */
function requestIdOf(seed, seq) {
  const hex = [hash32(seed, 80, seq), hash32(seed, 81, seq), hash32(seed, 82, seq), hash32(seed, 83, seq)]
    .map((n) => n.toString(16).padStart(8, '0'))
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16], 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The content of the event at position `index` of the chain (seq = index + 1), without hashes. */
function eventAt(plan, index) {
  const i = plan.order[index];
  const kind = plan.kind[i];
  const ref = plan.ref[i];
  const j = plan.sub[i];
  switch (kind) {
    case KIND.userCreate: {
      const user = userById(plan, ref);
      return {
        at: user.createdAt,
        actor: ref === 1 ? SYSTEM : userById(plan, 1),
        action: 'create',
        entityType: 'users',
        entityId: ref,
        changes: fieldChanges(null, userRecord(user)),
        reason: null,
      };
    }
    case KIND.organisationCreate: {
      const organisation = organisationOf(plan, ref);
      return {
        at: organisation.createdAt,
        actor: userById(plan, organisation.createdById),
        action: 'create',
        entityType: 'organisations',
        entityId: ref,
        changes: fieldChanges(null, organisation),
        reason: null,
      };
    }
    case KIND.partnershipCreate: {
      const partnership = initialPartnership(plan, ref);
      return {
        at: partnership.createdAt,
        actor: userById(plan, partnership.createdById),
        action: 'create',
        entityType: 'partnerships',
        entityId: ref,
        changes: fieldChanges(null, partnership),
        reason: null,
      };
    }
    case KIND.partnershipUpdate: {
      const base = partnershipBase(plan, ref);
      return {
        at: iso(partnershipUpdateAt(plan, ref, j)),
        actor: editor(plan, base, ref, j),
        action: 'update',
        entityType: 'partnerships',
        entityId: ref,
        changes: fieldChanges(editedFields(plan, base, ref, j - 1), editedFields(plan, base, ref, j)),
        reason: null,
      };
    }
    case KIND.archive: {
      const at = iso(archivedAt(plan, ref));
      return {
        at,
        actor: archiver(plan, ref),
        action: 'archive',
        entityType: 'partnerships',
        entityId: ref,
        changes: { archivedAt: [null, at] },
        reason: null,
      };
    }
    case KIND.milestoneCreate: {
      const milestone = milestoneOf(plan, ref);
      return {
        at: milestone.createdAt,
        actor: userById(plan, milestone.createdById),
        action: 'create',
        entityType: 'milestones',
        entityId: ref,
        changes: fieldChanges(null, milestone),
        reason: null,
      };
    }
    case KIND.milestoneUpdate: {
      const milestone = milestoneOf(plan, ref);
      const before =
        j === 1 ? { completedOn: null, status: 'planned', completedById: null, completedAt: null } : milestoneStep(plan, milestone, j - 1);
      return {
        at: iso(milestoneUpdateAt(plan, ref, j)),
        actor: milestoneEditor(plan, milestone, j),
        action: 'update',
        entityType: 'milestones',
        entityId: ref,
        changes: fieldChanges(before, milestoneStep(plan, milestone, j)),
        reason: null,
      };
    }
    case KIND.login: {
      const user = plan.users[hash32(plan.seed, 90, ref) % plan.users.length];
      return { at: loginAt(plan, ref), actor: user, action: 'login', entityType: 'users', entityId: user.id, changes: {}, reason: `session ${ref}` };
    }
    default:
      throw new Error(`unknown event kind ${kind}`);
  }
}

/**
 * Writes the whole dataset to every sink, in batches. Each sink has `rows(table, columns, rows)`
 * (rows as arrays in column order, booleans as booleans) and `head(seq, hash)`. Answers the
 * chain head and the counts, which the cache records beside the database.
 */
export async function writeDataset(plan, sinks, passwordHash, log = () => {}) {
  const started = Date.now();
  const emit = async (table, rows) => {
    for (const sink of sinks) await sink.rows(table, TABLES[table], rows);
  };
  const done = (what) => log(`  ${what} written after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const batched = async (table, count, rowOf) => {
    let rows = [];
    for (let i = 1; i <= count; i++) {
      rows.push(rowOf(i));
      if (rows.length === BATCH) {
        await emit(table, rows);
        rows = [];
      }
    }
    if (rows.length) await emit(table, rows);
  };

  await batched('users', plan.U, (u) => {
    const user = userById(plan, u);
    return [
      user.id,
      user.username,
      user.fullName,
      user.email,
      user.role,
      true,
      'en',
      passwordHash,
      1,
      null,
      1,
      user.createdAt,
      user.createdAt,
      null,
      user.role === 'admin',
    ];
  });
  await batched('organisations', plan.O, (o) => {
    const x = organisationOf(plan, o);
    return [
      x.id,
      x.name,
      JSON.stringify(x.aliases),
      x.type,
      x.country,
      x.city,
      x.parentId,
      x.website,
      x.notes,
      false,
      1,
      x.createdAt,
      x.updatedAt,
      x.createdById,
      x.updatedById,
    ];
  });
  const parties = [];
  const targets = [];
  const history = [];
  // What the notifications of each owner tell of: the partnerships they own, as they are now.
  const owned = new Map();
  await batched('partnerships', plan.P, (p) => {
    const x = finalPartnership(plan, p);
    if (!owned.has(x.ownerId)) owned.set(x.ownerId, []);
    owned.get(x.ownerId).push(x);
    x.parties.forEach((party, position) => parties.push([p, party.organisationId, party.role, position]));
    for (const code of x.sdgTargets) targets.push([p, code]);
    // The first row of its status history: the status it was created with (as PartnershipStatusChanges.recordInitial).
    history.push([p, p, null, x.status, x.statusReason, null, null, null, null, x.createdById, x.createdAt, null]);
    return [
      x.id,
      x.code,
      x.title,
      x.titleMs,
      x.summary,
      x.category,
      x.instrument,
      x.status,
      x.statusReason,
      JSON.stringify(x.themes),
      JSON.stringify(x.alignment),
      x.leadDepartment,
      x.ownerId,
      x.proposedOn,
      x.signedOn,
      x.effectiveFrom,
      x.expiresOn,
      x.nextReviewOn,
      false,
      null,
      x.archivedAt,
      x.version,
      x.createdAt,
      x.updatedAt,
      x.createdById,
      x.updatedById,
    ];
  });
  for (const [table, rows] of [
    ['partnership_parties', parties],
    ['partnership_sdg_targets', targets],
    ['partnership_status_history', history],
  ]) {
    for (let i = 0; i < rows.length; i += BATCH) await emit(table, rows.slice(i, i + BATCH));
  }
  done('users, organisations, partnerships, parties, SDG targets');
  await batched('milestones', plan.M, (m) => {
    const x = finalMilestone(plan, m);
    return [
      x.id,
      x.partnershipId,
      x.title,
      x.kind,
      x.dueOn,
      x.completedOn,
      x.status,
      x.ownerId,
      x.notes,
      x.completedById,
      x.completedAt,
      x.version,
      x.createdAt,
      x.updatedAt,
      x.createdById,
      x.updatedById,
    ];
  });
  await emit(
    'code_sequences',
    [...plan.yearCounts].map(([year, count]) => [`KLCH-IR-${year}`, count]),
  );

  done('milestones');
  const notifications = notificationRows(plan, owned);
  for (let i = 0; i < notifications.length; i += BATCH) await emit('notifications', notifications.slice(i, i + BATCH));
  done('notifications');
  let prevHash = GENESIS_HASH;
  let rows = [];
  const E = plan.size.auditEvents;
  for (let index = 0; index < E; index++) {
    const seq = index + 1;
    const content = eventAt(plan, index);
    const at = content.at;
    const actor = content.actor;
    const event = {
      id: seq,
      at,
      ...actorFields(actor),
      action: content.action,
      entityType: content.entityType,
      entityId: String(content.entityId),
      changes: content.changes,
      reason: content.reason,
      requestId: requestIdOf(plan.seed, seq),
      prevHash,
    };
    const hash = eventHash(prevHash, hashedContent(event));
    rows.push([
      seq,
      at,
      event.actorId,
      event.actorName,
      event.actorRole,
      event.action,
      event.entityType,
      event.entityId,
      JSON.stringify(event.changes),
      event.reason,
      event.requestId,
      prevHash,
      hash,
    ]);
    prevHash = hash;
    if (rows.length === BATCH) {
      await emit('audit_events', rows);
      rows = [];
    }
  }
  if (rows.length) await emit('audit_events', rows);
  for (const sink of sinks) await sink.head(E, prevHash);
  done('audit events');
  return {
    headSeq: E,
    headHash: prevHash,
    rows: {
      users: plan.U,
      organisations: plan.O,
      partnerships: plan.P,
      partnership_parties: parties.length,
      partnership_sdg_targets: targets.length,
      milestones: plan.M,
      notifications: notifications.length,
      audit_events: E,
    },
    events: plan.counts,
  };
}
