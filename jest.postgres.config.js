/**
 * `npm run test:postgres`: every e2e suite again on PostgreSQL (TEST_POSTGRES_URL), plus the
 * suites that only make sense there (several instances on one database: test/postgres/*.pg-spec.ts).
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/test/postgres/**/*.pg-spec.ts'],
};
