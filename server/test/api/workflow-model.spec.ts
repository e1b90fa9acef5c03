import fc from 'fast-check';
import { allowedTransitions, canAccess, PARTNERSHIP_STATUSES, type PartnershipStatus, type Role } from '@klch/shared';
import { fuzzSettings, printFigures } from '../support/fuzz-settings';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/**
 * Model-based test of the approval workflow: random sequences of create, edit (with the version
 * read, or a stale one), request a status change, approve, reject, withdraw and archive, by random
 * demo users, run against the real API and a small in-memory model of what each must answer. After
 * every step the API's answer and the partnership as the API reads it must match the model; at the
 * end the audit chain verifies.
 */

/** The demo users and their roles (manager2: the second pair of eyes). */
const ROLES = { officer: 'officer', manager: 'manager', manager2: 'manager', auditor: 'auditor', admin: 'admin' } as const satisfies Record<
  string,
  Role
>;
type User = keyof typeof ROLES;
const USERS = Object.keys(ROLES) as User[];

interface PartnershipModel {
  id: number;
  status: PartnershipStatus;
  version: number;
  archived: boolean;
}

interface RequestModel {
  id: number;
  partnership: PartnershipModel;
  requestedBy: User;
  toStatus: PartnershipStatus;
  baseVersion: number;
  state: 'pending' | 'approved' | 'rejected' | 'withdrawn';
}

interface Model {
  partnerships: PartnershipModel[];
  requests: RequestModel[];
}

interface Real {
  t: TestApp;
  tokens: Record<User, string>;
  roles: Record<User, Role>;
  organisationId: number;
  steps: { count: number; answers: Record<string, number> };
}

type Answer = { status: number; body: Record<string, unknown> };

/** The step's answer must be the model's: a clear label when it is not. */
function expectStatus(real: Real, step: string, response: Answer, expected: number): void {
  const kind = `${step.split(' ')[0]} ${response.status}`;
  real.steps.answers[kind] = (real.steps.answers[kind] ?? 0) + 1;
  expect({ step, status: response.status, body: response.status === expected ? 'as expected' : response.body }).toEqual({
    step,
    status: expected,
    body: 'as expected',
  });
}

async function expectPartnershipAsModelled(real: Real, step: string, p: PartnershipModel): Promise<void> {
  const response = await real.t.http().get(`/api/partnerships/${p.id}`).set(bearer(real.tokens.officer));
  expect({ step, status: response.body.status, version: response.body.version, archived: response.body.archivedAt !== null }).toEqual({
    step,
    status: p.status,
    version: p.version,
    archived: p.archived,
  });
}

const pick = <T>(items: T[], index: number): T => items[index % items.length];

class CreateCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly user: User) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    real.steps.count++;
    const response = await real.t
      .http()
      .post('/api/partnerships')
      .set(bearer(real.tokens[this.user]))
      .send({
        title: `Model partnership ${real.steps.count}`,
        category: 'international_city',
        instrument: 'mou',
        parties: [{ organisationId: real.organisationId, role: 'counterpart' }],
        sdgTargets: [],
      });
    const allowed = canAccess(real.roles[this.user], 'create', 'partnerships');
    expectStatus(real, this.toString(), response, allowed ? 201 : 403);
    if (!allowed) return;
    expect(response.body).toMatchObject({ status: 'draft', version: 1, archivedAt: null });
    model.partnerships.push({ id: response.body.id, status: 'draft', version: 1, archived: false });
  }
  toString = () => `create by ${this.user}`;
}

class EditCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly user: User,
    readonly index: number,
    readonly stale: boolean,
  ) {}
  check = (model: Readonly<Model>) => model.partnerships.length > 0;
  async run(model: Model, real: Real): Promise<void> {
    real.steps.count++;
    const p = pick(model.partnerships, this.index);
    // Stale: a version someone else has already moved past (or, for a new record, one that never was).
    const version = this.stale ? (p.version > 1 ? p.version - 1 : p.version + 1) : p.version;
    const response = await real.t
      .http()
      .put(`/api/partnerships/${p.id}`)
      .set(bearer(real.tokens[this.user]))
      .send({ version, title: `Edited in step ${real.steps.count}` });
    const expected = !canAccess(real.roles[this.user], 'edit', 'partnerships') ? 403 : p.archived ? 422 : this.stale ? 409 : 200;
    expectStatus(real, this.toString(), response, expected);
    if (expected === 200) p.version++;
    await expectPartnershipAsModelled(real, this.toString(), p);
  }
  toString = () => `edit #${this.index} by ${this.user}${this.stale ? ' (stale version)' : ''}`;
}

class RequestCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly user: User,
    readonly index: number,
    readonly target: number,
  ) {}
  check = (model: Readonly<Model>) => model.partnerships.length > 0;
  async run(model: Model, real: Real): Promise<void> {
    real.steps.count++;
    const p = pick(model.partnerships, this.index);
    // Mostly a target the lifecycle allows from here; sometimes any status, which it may refuse.
    const allowed = allowedTransitions(p.status);
    const toStatus = this.target % 4 !== 0 && allowed.length ? pick([...allowed], this.target) : pick([...PARTNERSHIP_STATUSES], this.target);
    const response = await real.t
      .http()
      .post('/api/status-requests')
      .set(bearer(real.tokens[this.user]))
      .send({
        partnershipId: p.id,
        toStatus,
        reason: 'Model-based test',
        ...(toStatus === 'active' ? { signedOn: '2026-01-15' } : {}),
        ...(toStatus === 'halted' ? { nextReviewOn: '2026-06-30' } : {}),
      });
    const pending = model.requests.some((r) => r.partnership === p && r.state === 'pending');
    const expected = !canAccess(real.roles[this.user], 'create', 'status-requests')
      ? 403
      : p.archived || !allowed.includes(toStatus)
        ? 422
        : pending
          ? 409
          : 201;
    expectStatus(real, `${this.toString()} → ${toStatus}`, response, expected);
    if (expected !== 201) return;
    expect(response.body).toMatchObject({ state: 'pending', fromStatus: p.status, toStatus });
    model.requests.push({ id: response.body.id, partnership: p, requestedBy: this.user, toStatus, baseVersion: p.version, state: 'pending' });
  }
  toString = () => `request a change of #${this.index} by ${this.user}`;
}

class CloseCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly verb: 'approve' | 'reject' | 'withdraw',
    readonly user: User,
    readonly index: number,
  ) {}
  check = (model: Readonly<Model>) => model.requests.length > 0;
  async run(model: Model, real: Real): Promise<void> {
    real.steps.count++;
    const r = pick(model.requests, this.index);
    const request = real.t.http().post(`/api/status-requests/${r.id}/${this.verb}`).set(bearer(real.tokens[this.user]));
    const response = this.verb === 'withdraw' ? await request : await request.send({ comment: `${this.verb}d in the model-based test` });
    const role = real.roles[this.user];
    let expected: number;
    if (this.verb === 'withdraw') {
      // Only the requester withdraws, while nobody has decided.
      expected = !canAccess(role, 'delete', 'status-requests') || r.requestedBy !== this.user ? 403 : r.state !== 'pending' ? 409 : 200;
    } else {
      // Four eyes: a manager other than the requester decides; an approval of a partnership edited since is stale.
      expected = !canAccess(role, 'approve', 'status-requests') || r.requestedBy === this.user ? 403 : r.state !== 'pending' ? 409 : 200;
      if (expected === 200 && this.verb === 'approve' && r.partnership.version !== r.baseVersion) expected = 409;
    }
    expectStatus(real, this.toString(), response, expected);
    if (expected === 200) {
      r.state = this.verb === 'approve' ? 'approved' : this.verb === 'reject' ? 'rejected' : 'withdrawn';
      expect(response.body.state).toBe(r.state);
      if (this.verb === 'approve') {
        r.partnership.status = r.toStatus;
        r.partnership.version++;
      }
    }
    const stored = await real.t.http().get(`/api/status-requests/${r.id}`).set(bearer(real.tokens.officer));
    expect({ step: this.toString(), state: stored.body.state }).toEqual({ step: this.toString(), state: r.state });
    await expectPartnershipAsModelled(real, this.toString(), r.partnership);
  }
  toString = () => `${this.verb} request #${this.index} by ${this.user}`;
}

class ArchiveCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly user: User,
    readonly index: number,
  ) {}
  check = (model: Readonly<Model>) => model.partnerships.length > 0;
  async run(model: Model, real: Real): Promise<void> {
    real.steps.count++;
    const p = pick(model.partnerships, this.index);
    const response = await real.t.http().delete(`/api/partnerships/${p.id}`).set(bearer(real.tokens[this.user]));
    const expected = !canAccess(real.roles[this.user], 'delete', 'partnerships') ? 403 : p.archived ? 422 : 200;
    expectStatus(real, this.toString(), response, expected);
    if (expected === 200) {
      p.archived = true;
      p.version++;
    }
    await expectPartnershipAsModelled(real, this.toString(), p);
  }
  toString = () => `archive #${this.index} by ${this.user}`;
}

describe(`approval workflow against a model (${DB_KIND})`, () => {
  const { runs, seed } = fuzzSettings(10, 150);
  let real: Real;

  beforeAll(async () => {
    const t = await startTestApp();
    const tokens = {} as Record<User, string>;
    for (const user of USERS) tokens[user] = await t.login(user);
    real = {
      t,
      tokens,
      roles: ROLES,
      organisationId: await t.idOf('organisations', 'name', 'Tokyo Metropolitan Government'),
      steps: { count: 0, answers: {} },
    };
  }, 120_000);
  afterAll(() => real.t.close());

  it(
    'answers every step as the model says, and the audit chain verifies at the end',
    async () => {
      const user = fc.constantFrom(...USERS);
      const index = fc.nat({ max: 20 });
      const request = fc.tuple(user, index, fc.nat({ max: 40 })).map(([u, i, target]) => new RequestCommand(u, i, target));
      const approve = fc.tuple(user, index).map(([u, i]) => new CloseCommand('approve', u, i));
      // Requests and approvals twice over: most random users may not make them, and they are what moves a status.
      const commands = [
        user.map((u) => new CreateCommand(u)),
        fc.tuple(user, index, fc.boolean()).map(([u, i, stale]) => new EditCommand(u, i, stale)),
        request,
        request,
        approve,
        approve,
        fc.tuple(user, index).map(([u, i]) => new CloseCommand('reject', u, i)),
        fc.tuple(user, index).map(([u, i]) => new CloseCommand('withdraw', u, i)),
        fc.tuple(user, index).map(([u, i]) => new ArchiveCommand(u, i)),
      ];
      let sequences = 0;
      await fc.assert(
        fc.asyncProperty(fc.commands(commands, { maxCommands: 40, size: 'max' }), async (sequence) => {
          sequences++;
          await fc.asyncModelRun(() => ({ model: { partnerships: [], requests: [] }, real }), sequence);
        }),
        { numRuns: runs, seed, endOnFailure: true },
      );
      const verify = await real.t.http().get('/api/audit-events/verify').set(bearer(real.tokens.auditor));
      expect(verify.body).toMatchObject({ valid: true });
      printFigures(
        `Model-based workflow test (${DB_KIND}): ${real.steps.count} commands in ${sequences} sequences, seed ${seed}; audit chain valid over ${verify.body.count} events; answers ${JSON.stringify(real.steps.answers)}`,
      );
    },
    60_000 + runs * 20_000,
  ); // generous per case: the long runs are many times the bounded one
});
