/**
 * The floor hashes events exactly as the app does (audit/event-hash.ts), hostile text included: a
 * lone surrogate or NUL in any string or key is hashed in its stored form, keys are sorted at every
 * depth. (Its verify and appends are checked against the app's on real databases in floor.test.mjs.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventHash as appEventHash, GENESIS_HASH, hashedContent } from '../lib/app.mjs';
import { eventHash } from './chain.mjs';

const base = {
  id: 7,
  at: '2025-06-30T08:15:00.000Z',
  actorId: 3,
  actorName: 'Bench Officer',
  actorRole: 'officer',
  action: 'update',
  entityType: 'partnerships',
  entityId: '42',
  changes: { title: ['Old', 'New'], parties: [[{ role: 'counterpart', organisationId: 1 }], [{ organisationId: 2, role: 'host' }]] },
  reason: null,
  requestId: 'c7e3a368-c690-429a-810c-d9d8a183390e',
  prevHash: GENESIS_HASH,
};

test('hashes an event as the app does, for ordinary and hostile text alike', () => {
  const variants = [
    base,
    { ...base, actorId: null, actorName: 'system', actorRole: null, entityId: null, changes: {} },
    { ...base, reason: 'halted: COVID-19 outbreak ✓ Kuala Lumpur — 吉隆坡 😀' },
    { ...base, actorName: 'half \ud800 a character', reason: 'NUL \u0000 here' },
    { ...base, changes: { ['key \udc00']: [null, 'value \u0000'], nested: [{ z: 1, a: { y: 'x\ud83d', b: true } }, null] } },
  ];
  for (const event of variants) assert.equal(eventHash(event), appEventHash(event.prevHash, hashedContent(event)), JSON.stringify(event));
});
