/**
 * Unit tests sit beside the code (*.spec.ts); e2e tests under test/ (*.e2e-spec.ts) boot the real app;
 * the security suite (test/security/*.security-spec.ts, also `npm run test:security`) runs here too.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

/**
 * file-type (and what it imports) ships ES modules only. Node 20.19+ requires them as they are; Jest's own
 * module system cannot, so these few packages are compiled to CommonJS for the tests, and file-type's
 * entry named directly (its package exports offer no condition Jest asks for).
 */
const ESM_ONLY = ['file-type', 'strtok3', 'token-types', '@tokenizer', 'uint8array-extras', '@borewit'];
const swcForEsmOnly = ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }];

const moduleNameMapper = {
  '^file-type$': '<rootDir>/node_modules/file-type/index.js',
  '^@small-places/app-([a-z-]+)$': '<rootDir>/apps/$1/src',
  '^@small-places/([a-z-]+)$': '<rootDir>/libs/$1/src',
  '^@small-places/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
};

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc, '/node_modules/.+\\.js$': swcForEsmOnly },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleNameMapper,
  testMatch: [
    '<rootDir>/libs/**/*.spec.ts',
    '<rootDir>/apps/**/*.spec.ts',
    '<rootDir>/test/e2e/**/*.e2e-spec.ts',
    '<rootDir>/test/security/**/*.security-spec.ts',
  ],
  globalSetup: '<rootDir>/libs/testing/src/jest-global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/jest-global-teardown.ts',
  // Longest files first, by the committed test/durations.json (a clean clone orders them the same way).
  testSequencer: '<rootDir>/test/duration-sequencer.js',
  testTimeout: 30000,
  maxWorkers: 2,
  // A worker whose heap passed 1 GB after a file is replaced by a fresh one: every e2e file loads the whole app
  // again into its own module registry, and a worker's heap grew past 2 GB, its garbage collection with it
  // (measured, quiet machine: this phase 256 -> 228 s, its CPU 386 -> 332 s). Not set for the journeys and the
  // fault tests, where it was not measured.
  workerIdleMemoryLimit: '1GB',
};
