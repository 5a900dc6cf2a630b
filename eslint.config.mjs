// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'client/dist/**',
      'client/node_modules/**',
      'coverage/**',
      '.ci/runtimes/**',
      'eslint.config.mjs',
      'jest.config.js',
      'jest.browser.config.js',
      'jest.postgres.config.js',
      'jest.faults.config.js',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.jest },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The web client: the same rules, in the browser.
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // French typography puts narrow no-break spaces (U+202F) before ; : ! ? and inside « »;
    // the catalogues hold them on purpose.
    files: ['client/src/i18n/**/*.ts'],
    rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }] },
  },
  {
    // Test doubles stand in for async senders: an `async` function that throws is a rejection.
    files: ['client/**/*.test.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Services throw domain errors (src/common/errors), which know nothing of HTTP; only the one
    // mapping there reads Nest's exceptions (those Nest itself throws: unknown route, body size).
    files: ['src/**/*.ts'],
    ignores: ['src/common/errors/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nestjs/common',
              importNames: [
                'HttpException',
                'BadRequestException',
                'UnauthorizedException',
                'ForbiddenException',
                'NotFoundException',
                'ConflictException',
                'GoneException',
                'PayloadTooLargeException',
                'UnprocessableEntityException',
                'InternalServerErrorException',
                'ServiceUnavailableException',
                'NotAcceptableException',
                'RequestTimeoutException',
              ],
              message:
                'Throw a domain error from src/common/errors (it has a code and no transport).',
            },
          ],
        },
      ],
    },
  },
  {
    // The contract is compiled by the server and the browser alike: it imports only itself
    // (./ files, and ../ from its live/ folder; never two levels up, out of the package).
    files: ['packages/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!\\./|\\.\\./[^.])', message: 'The contract imports only its own files.' },
          ],
        },
      ],
    },
  },
);
