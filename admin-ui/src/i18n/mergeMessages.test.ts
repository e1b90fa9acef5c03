import { describe, expect, it } from 'vitest';
import { mergeMessages } from './mergeMessages';

describe('mergeMessages', () => {
  it("merges the features' branches into one catalogue", () => {
    expect(
      mergeMessages({ resources: { partnerships: { name: 'Partnership' } } }, { resources: { users: { name: 'User' } }, klch: { a: 'A' } }),
    ).toEqual({
      resources: { partnerships: { name: 'Partnership' }, users: { name: 'User' } },
      klch: { a: 'A' },
    });
  });

  it('refuses a key two features both define: one text would silently hide the other', () => {
    expect(() => mergeMessages({ klch: { action: { reload: 'Reload' } } }, { klch: { action: { reload: 'Refresh' } } })).toThrow(
      'Message key "klch.action.reload" is defined twice',
    );
    expect(() => mergeMessages({ klch: { action: 'Act' } }, { klch: { action: { reload: 'Reload' } } })).toThrow(
      '"klch.action" is both a text and a group',
    );
    expect(() => mergeMessages({ klch: { action: { reload: 'Reload' } } }, { klch: { action: 'Act' } })).toThrow(
      '"klch.action" is both a text and a group',
    );
  });

  it("refuses a feature's own `ra` branch: it would replace react-admin's whole catalogue", () => {
    expect(() => mergeMessages({ ra: { action: { save: 'Keep' } } })).toThrow(/may not have "ra"/);
  });
});
