/**
 * API tests run against a real database: the runner (test/run-api-tests.js) starts this config
 * once per database with TEST_DB=sqlite or TEST_DB=postgres.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: { '^@klch/shared$': '<rootDir>/../shared/src/index.ts' },
  testTimeout: 30000,
  maxWorkers: 2,
};
