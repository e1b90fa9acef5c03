import fc from 'fast-check';
import type { AuditEventEntity } from './audit-event.entity';
import { eventHash, GENESIS_HASH, hashedContent, hashEvent } from './event-hash';

type Event = Omit<AuditEventEntity, 'hash'>;

describe('the hash of an audit event', () => {
  it('is the hash that chains already stored carry (a demo event written before hashEvent existed)', () => {
    const event: Event = {
      id: 1,
      at: '2026-12-02T01:56:18.901Z',
      actorId: null,
      actorName: 'system',
      actorRole: null,
      action: 'create',
      entityType: 'users',
      entityId: '1',
      changes: {
        id: [null, 1],
        username: [null, 'officer'],
        fullName: [null, 'Demo Officer'],
        role: [null, 'officer'],
        active: [null, true],
        language: [null, 'en'],
      },
      reason: null,
      requestId: null,
      prevHash: GENESIS_HASH,
    };
    expect(hashEvent(event)).toBe('5453f2bfbd0dba6843741908df012043903d58830aa1140113fa51044be254e4');
    expect(eventHash(event.prevHash, hashedContent(event))).toBe(hashEvent(event));
  });

  it('hashEvent gives the bytes of the definition (SHA-256 of prevHash and canonical JSON) for any event', () => {
    // Any text (lone surrogates and NUL included, which are hashed in their stored form), any JSON in
    // `changes` (undefined too, which canonical JSON leaves out), fields left undefined.
    const awkward = fc.constantFrom('a', 'é', '😀', '"', '\\', '\n', '\u0000', '\u001f', '\u007f', '\u2028', '\ud800', '\udc00');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: awkward, maxLength: 12 }));
    const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined), text);
    const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
    const event = fc.record<Event>({
      id: fc.integer({ min: 1, max: 2_147_483_647 }),
      at: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      actorId: maybe(fc.integer({ min: 1 })),
      actorName: maybe(text),
      actorRole: maybe(fc.constantFrom('officer', 'manager', 'auditor', 'admin')),
      action: fc.constantFrom('create', 'update', 'audit_read'),
      entityType: text,
      entityId: maybe(text),
      changes: fc.dictionary(text, fc.tuple(value, value)) as fc.Arbitrary<Event['changes']>,
      reason: fc.oneof(maybe(text), fc.constant(undefined as unknown as null)),
      requestId: maybe(text),
      prevHash: fc.oneof(fc.constant(GENESIS_HASH), fc.stringMatching(/^[0-9a-f]{64}$/), text),
    });
    fc.assert(
      fc.property(event, (e) => hashEvent(e) === eventHash(e.prevHash, hashedContent(e))),
      { numRuns: 2000 },
    );
  });
});
