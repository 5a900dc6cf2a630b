/**
 * One Jest run covers unit specs beside the code (src/**\/*.spec.ts) and the
 * e2e suites (test/**\/*.e2e-spec.ts). ts-jest only transpiles (isolatedModules):
 * type-checking is `npm run build` / `npm run lint`, which keeps the suite fast.
 */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
    '<rootDir>/migrations/**/*.spec.ts',
  ],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  // The contract is compiled from source (package.json "imports" points at its build in dist/).
  moduleNameMapper: { '^#contract$': '<rootDir>/packages/contract/src/index.ts' },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/client/', '<rootDir>/.ci/'],
  testTimeout: 30000,
};
