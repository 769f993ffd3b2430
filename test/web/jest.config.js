/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- a CommonJS config file that Jest loads as it is */
/**
 * Browser journeys: the real API and the web app in this process, Debian's Chromium driven by
 * playwright-core. One file at a time: a browser, the API and the web app share two cores.
 */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  testMatch: ['<rootDir>/test/web/**/*.web-spec.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
