import { PARTNERSHIP_STATUSES } from './partnership-vocabulary';
import { allowedTransitions, canTransition, INITIAL_STATUS, isFinalStatus, STATUS_TRANSITIONS } from './status-transitions';

describe('partnership lifecycle', () => {
  it('starts every partnership in draft', () => {
    expect(INITIAL_STATUS).toBe('draft');
  });

  it('follows product.md edge by edge', () => {
    expect(allowedTransitions('draft')).toEqual(['proposed', 'nominated']);
    expect(allowedTransitions('proposed')).toEqual(['under_negotiation', 'cancelled']);
    expect(allowedTransitions('nominated')).toEqual(['under_negotiation', 'cancelled']);
    expect(allowedTransitions('under_negotiation')).toEqual(['active', 'cancelled']);
    expect(allowedTransitions('active')).toEqual(['halted', 'expired', 'terminated', 'completed']);
    expect(allowedTransitions('halted')).toEqual(['active', 'terminated']);
    expect(allowedTransitions('expired')).toEqual(['under_negotiation']);
  });

  it('has an entry for every status and only names known statuses', () => {
    for (const status of PARTNERSHIP_STATUSES) {
      expect(STATUS_TRANSITIONS[status]).toBeDefined();
      for (const target of STATUS_TRANSITIONS[status]) expect(PARTNERSHIP_STATUSES).toContain(target);
    }
  });

  it('refuses skipping the lifecycle and leaving a final status', () => {
    expect(canTransition('draft', 'active')).toBe(false);
    expect(canTransition('halted', 'completed')).toBe(false);
    expect(canTransition('active', 'halted')).toBe(true);
    for (const final of ['terminated', 'completed', 'cancelled'] as const) {
      expect(isFinalStatus(final)).toBe(true);
    }
    expect(isFinalStatus('active')).toBe(false);
  });
});
