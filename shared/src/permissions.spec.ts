import { ACTIONS, canAccess, grantsOf, RESOURCES } from './permissions';
import { ROLES } from './roles';

describe('canAccess', () => {
  it('denies anonymous callers, unknown roles, resources and actions', () => {
    expect(canAccess(null, 'list', 'partnerships')).toBe(false);
    expect(canAccess(undefined, 'list', 'partnerships')).toBe(false);
    expect(canAccess('officer', 'list', 'secrets')).toBe(false);
    expect(canAccess('officer', 'fly', 'partnerships')).toBe(false);
  });

  it('lets every role read the business records', () => {
    for (const role of ROLES) {
      for (const resource of ['partnerships', 'organisations', 'sdg-targets'] as const) {
        expect(canAccess(role, 'list', resource)).toBe(true);
        expect(canAccess(role, 'show', resource)).toBe(true);
      }
    }
  });

  it('lets officers and managers write business records, and only managers archive', () => {
    for (const role of ['officer', 'manager'] as const) {
      expect(canAccess(role, 'create', 'partnerships')).toBe(true);
      expect(canAccess(role, 'edit', 'partnerships')).toBe(true);
      expect(canAccess(role, 'create', 'organisations')).toBe(true);
    }
    expect(canAccess('officer', 'delete', 'partnerships')).toBe(false);
    expect(canAccess('manager', 'delete', 'partnerships')).toBe(true);
  });

  it('never lets an auditor write anything', () => {
    for (const resource of RESOURCES) {
      for (const action of ACTIONS.filter((a) => !['list', 'show', 'export'].includes(a))) {
        expect(canAccess('auditor', action, resource)).toBe(false);
      }
    }
  });

  it('keeps admins to users: no business writes, no approvals (separation of duties)', () => {
    for (const action of ['list', 'show', 'create', 'edit', 'delete'] as const) {
      expect(canAccess('admin', action, 'users')).toBe(true);
    }
    for (const resource of ['partnerships', 'organisations', 'status-requests', 'milestones', 'documents'] as const) {
      for (const action of ['create', 'edit', 'delete', 'approve'] as const) {
        expect(canAccess('admin', action, resource)).toBe(false);
      }
    }
  });

  it('keeps user accounts away from everybody but admins', () => {
    for (const role of ['officer', 'manager', 'auditor'] as const) {
      for (const action of ACTIONS) expect(canAccess(role, action, 'users')).toBe(false);
    }
  });

  it('lets officers create and edit milestones (cancelling is an edit of the status) and only managers delete them', () => {
    for (const role of ['officer', 'manager'] as const) {
      expect(canAccess(role, 'create', 'milestones')).toBe(true);
      expect(canAccess(role, 'edit', 'milestones')).toBe(true);
    }
    expect(ROLES.filter((role) => canAccess(role, 'delete', 'milestones'))).toEqual(['manager']);
  });

  it('lets only managers approve status changes', () => {
    expect(ROLES.filter((role) => canAccess(role, 'approve', 'status-requests'))).toEqual(['manager']);
  });

  it('opens the audit trail to auditors and admins only', () => {
    expect(ROLES.filter((role) => canAccess(role, 'list', 'audit-events'))).toEqual(['auditor', 'admin']);
  });

  it("lists a role's grants from the same matrix", () => {
    const auditorGrants = grantsOf('auditor');
    expect(auditorGrants.every((g) => ['list', 'show', 'export'].includes(g.action))).toBe(true);
    expect(auditorGrants).toContainEqual({ action: 'export', resource: 'audit-events' });
  });
});
