/* eslint-disable no-undef -- a CommonJS config file that dependency-cruiser loads as it is */
/**
 * The layers the build enforces (`npm run lint` runs `depcruise`; docs/architecture.md explains each rule).
 * apps → context libs → platform; libs/migrations sits beside the apps' composition roots; libs/testing
 * may start the apps, by name. A context uses another only through that context's index.ts.
 */
module.exports = {
  forbidden: [
    {
      name: 'platform-imports-no-context',
      comment: 'libs/platform is the floor every context stands on: it imports no other lib and no app.',
      severity: 'error',
      from: { path: '^libs/platform/' },
      to: { path: '^(libs/(?!platform/)|apps/)' },
    },
    {
      name: 'migrations-import-no-context',
      comment:
        "A migration's data never changes after it ships, so a migration copies what it needs (the frozen " +
        'catalogue v1) rather than importing a context; only the spec that checks the copy may look.',
      severity: 'error',
      from: { path: '^libs/migrations/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^(libs/(?!migrations/)|apps/)' },
    },
    {
      name: 'no-context-reaches-into-another-contexts-internals',
      comment:
        "A context (or an app) uses another context only through that context's index.ts, which exports " +
        'only what others may use.',
      severity: 'error',
      // test-database.ts has its own, narrower rule below.
      from: { path: '^(libs|apps)/([^/]+)/', pathNot: '^libs/testing/src/test-database\\.ts$' },
      to: {
        path: '^libs/([^/]+)/',
        // Pure rule files (booking-rules.ts) are public too: the website asks the API's own rule.
        pathNot: ['^libs/$2/', '^libs/[^/]+/src/index\\.ts$', '^libs/[^/]+/src/[a-z-]+-rules\\.ts$'],
      },
    },
    {
      name: 'the-test-global-set-up-reaches-only-the-database-options',
      comment:
        "The one exception to the rule above: test-database.ts runs in Jest's global set-up, outside the " +
        'module mapper, so it imports by relative path the two files it needs to migrate the template: ' +
        "platform's DataSource options and the migrations list. Nothing else.",
      severity: 'error',
      from: { path: '^libs/testing/src/test-database\\.ts$' },
      to: {
        path: '^(libs|apps)/',
        pathNot: [
          '^libs/testing/',
          '^libs/platform/src/database/data-source-options\\.ts$',
          '^libs/migrations/src/index\\.ts$',
        ],
      },
    },
    {
      name: 'worker-loads-no-resolver',
      comment:
        'The worker loads core modules only: no GraphQL resolver, no HTTP controller, no API module. ' +
        'Imports through a context index are checked at run time by apps/worker/src/worker-loads-no-resolver.spec.ts, ' +
        'which walks the Nest modules the worker really loads.',
      severity: 'error',
      from: { path: '^apps/worker/' },
      to: { path: ['\\.resolver\\.ts$', '^libs/.+\\.controller\\.ts$', '^apps/(api|web)/'] },
    },
    {
      name: 'testing-imports-no-app-by-relative-path',
      comment:
        'libs/testing starts the apps through their names (@small-places/app-api, @small-places/app-worker), ' +
        'never by a relative path into apps/.',
      severity: 'error',
      from: { path: '^libs/testing/' },
      to: { path: '^apps/', dependencyTypesNot: ['aliased-tsconfig-paths'] },
    },
    {
      name: 'testing-starts-an-app-only-through-its-index',
      comment: "An app's index.ts says what tests may start of it.",
      severity: 'error',
      from: { path: '^libs/testing/' },
      to: { path: '^apps/[^/]+/src/(?!index\\.ts$)' },
    },
    {
      name: 'no-lib-imports-an-app',
      comment: 'Apps compose libs, never the other way round (libs/testing, which starts them, excepted).',
      severity: 'error',
      from: { path: '^libs/', pathNot: '^libs/testing/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-app-imports-another-app',
      comment: 'Each app is its own process; what two share lives in a lib.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'production-code-imports-no-testing',
      comment: 'libs/testing is for tests; no app or context depends on it.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: ['^libs/testing/', '\\.spec\\.ts$'] },
      to: { path: '^libs/testing/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycle between files (a cycle between contexts is a layer that does not hold).',
      severity: 'error',
      from: { path: '^(apps|libs)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^node_modules/', '^test/depcruise-fixture/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
