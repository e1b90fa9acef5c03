/**
 * What the bench generates and how long it measures. One place, so the docs and the results can
 * name exactly what a figure was taken with.
 */

/** The seed of every generated database: the same seed gives the same rows and the same chain head. */
export const SEED = 20251130;

/**
 * The sizes. `100k` is the issue's: 100,000 partnerships across 5,000 organisations, 300,000
 * milestones and 1,000,000 audit events; `10k` is a tenth of it, to show how costs grow; `quick`
 * proves in CI that the suite runs and the floor and the app agree.
 */
export const SIZES = {
  quick: { name: 'quick', partnerships: 2_000, organisations: 100, milestonesPerPartnership: 3, auditEvents: 20_000, owners: 12 },
  '10k': { name: '10k', partnerships: 10_000, organisations: 500, milestonesPerPartnership: 3, auditEvents: 100_000, owners: 30 },
  '100k': { name: '100k', partnerships: 100_000, organisations: 5_000, milestonesPerPartnership: 3, auditEvents: 1_000_000, owners: 60 },
};

/** The accounts the bench signs in with (all generated with BENCH_PASSWORD). */
export const BENCH_USERS = {
  admin: { id: 1, username: 'bench-admin', fullName: 'Bench Admin', role: 'admin' },
  auditor: { id: 2, username: 'bench-auditor', fullName: 'Bench Auditor', role: 'auditor' },
  officer: { id: 3, username: 'bench-officer', fullName: 'Bench Officer', role: 'officer' },
  manager: { id: 4, username: 'bench-manager', fullName: 'Bench Manager', role: 'manager' },
};
export const BENCH_PASSWORD = 'Kuala-Lumpur-bench-2025';

/** The app runs as in production, so it needs its two keys; the floor checks tokens with the same one. */
export const SECRETS = {
  JWT_SECRET: 'bench-jwt-secret-5f0c2a9e7d3b41c8a6e2f9d0b7c4a1e3',
  AUDIT_HEAD_KEY: 'bench-audit-head-key-8e1d4c7b0a3f62e9d5c8b1a4f7e0d3c6',
};

/** The PostgreSQL server (trust auth): the bench creates its own databases there, named klch_bench_*. */
export const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/test';

/**
 * How long each measurement runs, in whole seconds (autocannon's clock ticks by the second). The
 * full run keeps the whole suite under 15 minutes on a 2-core machine, generation included; the
 * quick run only proves the suite works (no warm-up beyond the probe's request).
 */
export const TIMINGS = {
  full: { warmup: 1, duration: 2, runs: 3, rateDuration: 5, rate: 100, connections: 10, coldStarts: 3 },
  quick: { warmup: 0, duration: 1, runs: 1, rateDuration: 1, rate: 100, connections: 10, coldStarts: 1 },
};
