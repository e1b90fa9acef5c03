/**
 * API and process tests run against a real database: the runner (test/run-api-tests.js) starts this
 * config once per database with TEST_DB=sqlite or TEST_DB=postgres.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  // Two server processes need a database both can open: PostgreSQL only (SQLite is one process's file).
  testPathIgnorePatterns: ['/node_modules/', ...(process.env.TEST_DB === 'postgres' ? [] : ['/test/process/(two-instances|startup-lock)'])],
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  // These dependencies ship only ES modules; Node 20 loads them natively, jest needs them compiled.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|cookie)/)'],
  moduleNameMapper: { '^@klch/shared$': '<rootDir>/../shared/src/index.ts' },
  testTimeout: 30000,
  maxWorkers: 2,
};
