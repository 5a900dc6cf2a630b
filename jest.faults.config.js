/**
 * `npm run test:faults`: the fault-injection suites (test/faults/*.faults-spec.ts). They run the
 * built app (dist/, hence `npm run build:server` first) as child processes and kill them, so they
 * run one at a time, apart from `npm test`.
 */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/test/faults/**/*.faults-spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  // The contract is compiled from source (package.json "imports" points at its build in dist/).
  moduleNameMapper: { '^#contract$': '<rootDir>/packages/contract/src/index.ts' },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/client/', '<rootDir>/.ci/'],
  maxWorkers: 1,
  testTimeout: 120000,
};
