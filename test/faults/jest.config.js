/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- a CommonJS config file that Jest loads as it is */
/**
 * Fault tests: real worker processes (from dist/, so `npm run build` first), a private Redis where Redis is
 * stopped, and a local SMTP sink. One file at a time: they measure recovery, and share two cores.
 */
const base = require('../../jest.config.js');

// A template of our own, so a fault run never drops the template an e2e run is cloning from.
process.env.TEST_TEMPLATE_DATABASE = process.env.FAULTS_TEMPLATE_DATABASE ?? 'sp_faults_template';

module.exports = {
  ...base,
  rootDir: '../..',
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  testTimeout: 240_000,
  maxWorkers: 1,
  // Files here run for minutes and were not measured with the main config's worker replacement (jest.config.js).
  workerIdleMemoryLimit: undefined,
};
