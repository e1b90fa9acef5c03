import { canDecide, canWithdraw, decisionVerdict, isOverdue, transitionRequirements, withdrawalVerdict } from './workflow-vocabulary';

describe('status-change workflow rules', () => {
  const request = { requestedById: 1, state: 'pending' as const };

  it('lets a manager decide a pending request of someone else, and nobody else', () => {
    expect(canDecide({ id: 2, role: 'manager' }, request)).toBe(true);
    expect(canDecide({ id: 1, role: 'manager' }, request)).toBe(false); // four eyes: never one's own
    expect(canDecide({ id: 2, role: 'officer' }, request)).toBe(false);
    expect(canDecide({ id: 2, role: 'admin' }, request)).toBe(false);
    expect(canDecide({ id: 2, role: 'auditor' }, request)).toBe(false);
    expect(canDecide({ id: 2, role: 'manager' }, { ...request, state: 'approved' })).toBe(false);
    expect(canDecide(null, request)).toBe(false);
  });

  it('lets only the requester withdraw, while pending', () => {
    expect(canWithdraw({ id: 1, role: 'officer' }, request)).toBe(true);
    expect(canWithdraw({ id: 2, role: 'officer' }, request)).toBe(false);
    expect(canWithdraw({ id: 1, role: 'officer' }, { ...request, state: 'rejected' })).toBe(false);
  });

  it('says why not, in the order the server checks: role, own request, still pending', () => {
    expect(decisionVerdict({ id: 2, role: 'manager' }, request)).toEqual({ allowed: true });
    expect(decisionVerdict(null, request)).toEqual({ allowed: false, why: 'signed_out' });
    expect(decisionVerdict({ id: 1, role: 'officer' }, request)).toEqual({ allowed: false, why: 'role' });
    expect(decisionVerdict({ id: 1, role: 'manager' }, request)).toEqual({ allowed: false, why: 'own_request' });
    // Four eyes comes first: one's own request stays one's own once decided.
    expect(decisionVerdict({ id: 1, role: 'manager' }, { ...request, state: 'approved' })).toEqual({ allowed: false, why: 'own_request' });
    expect(decisionVerdict({ id: 2, role: 'manager' }, { ...request, state: 'withdrawn' })).toEqual({ allowed: false, why: 'not_pending' });
  });

  it('asks the permission matrix for the role part of withdrawing: an auditor cannot, even their own', () => {
    expect(withdrawalVerdict({ id: 1, role: 'manager' }, request)).toEqual({ allowed: true });
    expect(withdrawalVerdict({ id: 1, role: 'auditor' }, request)).toEqual({ allowed: false, why: 'role' });
    expect(withdrawalVerdict({ id: 2, role: 'manager' }, request)).toEqual({ allowed: false, why: 'not_requester' });
    expect(withdrawalVerdict({ id: 1, role: 'officer' }, { ...request, state: 'approved' })).toEqual({ allowed: false, why: 'not_pending' });
  });

  it('asks a signed date to go active, a reason and a review date to halt', () => {
    expect(transitionRequirements('active')).toEqual(['signedOn']);
    expect(transitionRequirements('halted')).toEqual(['reason', 'nextReviewOn']);
    expect(transitionRequirements('under_negotiation')).toEqual([]);
    expect(transitionRequirements('terminated')).toEqual(['reason']);
  });

  it('derives overdue from the due date and the status', () => {
    expect(isOverdue({ dueOn: '2026-01-01', status: 'planned' }, '2026-06-01')).toBe(true);
    expect(isOverdue({ dueOn: '2026-01-01', status: 'done' }, '2026-06-01')).toBe(false);
    expect(isOverdue({ dueOn: '2026-01-01', status: 'cancelled' }, '2026-06-01')).toBe(false);
    expect(isOverdue({ dueOn: '2026-06-01', status: 'in_progress' }, '2026-06-01')).toBe(false);
    expect(isOverdue({ dueOn: null, status: 'planned' }, '2026-06-01')).toBe(false);
  });
});
