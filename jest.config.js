// Four projects: fast unit specs beside the code, medium specs that run services on a real database, e2e suites
// that boot the real application on a real database, and browser suites that drive the pages in Chromium.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
const common = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': tsJest,
    // ESM-only dependencies (Node 20 loads them with require(esm); Jest's CommonJS runtime does not).
    '/node_modules/content-disposition/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
};

module.exports = {
  // Generous: a few suites build dist/ first when it is stale (scripts/build-if-stale.js), slow on a loaded 2-core
  // machine.
  testTimeout: 300000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/src/**/*.spec.ts',
        '<rootDir>/test/reliability/**/*.spec.ts',
        '<rootDir>/scripts/**/*.spec.ts',
      ],
    },
    {
      // Services run directly (no HTTP) against a real database of their own: SQLite, then PostgreSQL.
      ...common,
      displayName: 'medium',
      testMatch: ['<rootDir>/test/medium/**/*.medium-spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
    },
    {
      // Pages in Debian's Chromium (playwright-core), plus their HTTP-level checks; run once, on SQLite.
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    },
  ],
};
