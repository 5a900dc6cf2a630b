/**
 * Real-browser tests (test/browser/*.browser-spec.ts): Debian's Chromium driven by
 * playwright-core against the whole app started in-process on a throwaway SQLite database.
 * They need the built client (client/dist): `npm run test:browser` builds first.
 */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  // The contract is compiled from source (package.json "imports" points at its build in dist/).
  moduleNameMapper: { '^#contract$': '<rootDir>/packages/contract/src/index.ts' },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/client/', '<rootDir>/.ci/'],
  // One browser and one app at a time on a 2-core machine.
  maxWorkers: 1,
  testTimeout: 90000,
};
