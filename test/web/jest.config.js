/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- a CommonJS config file that Jest loads as it is */
/**
 * Browser journeys: the real API and the web app in a Jest worker, Debian's Chromium driven by
 * playwright-core. Two workers, not one: with one, Jest runs every file in its own process, and the
 * second file's API fails to build its GraphQL schema (decorator metadata left by the first file).
 */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  testMatch: ['<rootDir>/test/web/**/*.web-spec.ts'],
  testTimeout: 120_000,
  maxWorkers: 2,
  // Files here run for minutes and were not measured with the main config's worker replacement (jest.config.js).
  workerIdleMemoryLimit: undefined,
};
