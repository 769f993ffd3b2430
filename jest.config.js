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
  testTimeout: 30000,
  maxWorkers: 2,
};
