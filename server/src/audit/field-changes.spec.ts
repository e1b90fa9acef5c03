import { fieldChanges } from './field-changes';

describe('fieldChanges', () => {
  it('lists only the fields whose value changed, with before and after', () => {
    expect(fieldChanges({ title: 'A', themes: ['energy'], summary: null }, { title: 'B', themes: ['energy'], summary: null })).toEqual({
      title: ['A', 'B'],
    });
  });

  it('compares arrays and objects by content', () => {
    expect(fieldChanges({ sdgTargets: ['17.16'] }, { sdgTargets: ['17.16', '7.3'] })).toEqual({
      sdgTargets: [['17.16'], ['17.16', '7.3']],
    });
  });

  it('records a creation from nothing and skips bookkeeping fields', () => {
    expect(fieldChanges(null, { title: 'A', version: 1, summary: null })).toEqual({ title: [null, 'A'] });
  });
});
