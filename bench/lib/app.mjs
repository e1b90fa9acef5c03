/**
 * The bench's one door into the app: what it uses of the built server (`server/dist`) and of
 * `shared/dist`. The bench measures what ships, so it imports builds, never sources
 * (`npm run bench` builds both first); keeping the imports here shows at a glance what the
 * generator, the floor's tests and the driver comparison borrow from the app.
 */
import 'reflect-metadata';

export { eventHash, GENESIS_HASH, hashedContent } from '../../server/dist/audit/event-hash.js';
export { fieldChanges } from '../../server/dist/audit/field-changes.js';
export { MIGRATIONS } from '../../server/dist/database/migrations/index.js';
export { dataSourceOptions } from '../../server/dist/database/data-source-options.js';
export {
  ALIGNMENTS,
  canAccess,
  INSTRUMENTS,
  MILESTONE_KINDS,
  ORGANISATION_TYPES,
  PARTNERSHIP_CATEGORIES,
  PARTNERSHIP_STATUSES,
  PARTY_ROLES,
  passwordProblem,
  SDG_TARGETS,
  SUGGESTED_THEMES,
} from '../../shared/dist/index.js';
