/**
 * The bench's one door into the app: what it uses of the built server (`server/dist`) and of
 * `shared/dist`. The bench measures what ships, so it imports builds, never sources
 * (`npm run bench` builds both first); keeping the imports here shows at a glance what the
 * generator, the floor's tests and the driver comparison borrow from the app.
 */
import 'reflect-metadata';

export { eventHash, GENESIS_HASH, hashedContent } from '../../server/dist/audit/event-hash.js';
export { SYSTEM_ACTOR } from '../../server/dist/audit/actor.js';
export { fieldChanges } from '../../server/dist/audit/field-changes.js';
// The dashboard's rules (which lists its groups read) and Kuala Lumpur's date: plain functions, no framework.
export { attentionRules } from '../../server/dist/dashboard/attention-rules.js';
export { todayInKualaLumpur } from '../../server/dist/database/timestamps.js';
export { MIGRATIONS } from '../../server/dist/database/migrations/index.js';
export { dataSourceOptions } from '../../server/dist/database/data-source-options.js';
export {
  ACTIVITY_ACTIONS,
  ACTIVITY_RESOURCES,
  ALIGNMENTS,
  ATTENTION_ITEMS_SHOWN,
  canAccess,
  INSTRUMENTS,
  isOverdue,
  MILESTONE_KINDS,
  ORGANISATION_TYPES,
  PARTNERSHIP_CATEGORIES,
  PARTNERSHIP_STATUSES,
  PARTY_ROLES,
  passwordProblem,
  RECENT_ITEMS_SHOWN,
  SDG_TARGETS,
  SUGGESTED_THEMES,
} from '../../shared/dist/index.js';
