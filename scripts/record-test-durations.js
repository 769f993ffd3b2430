/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- a plain CommonJS script */
/**
 * Records how long each test file took, from Jest's `--json` reports, into test/durations.json, which
 * test/duration-sequencer.js reads to start the longest files first. Files in the reports replace their old
 * times; files not in them keep theirs; files that no longer exist are dropped.
 *
 *   npx jest --json --outputFile=/tmp/jest.json && node scripts/record-test-durations.js /tmp/jest.json …
 */
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const file = path.join(root, 'test/durations.json');
const reports = process.argv.slice(2);
if (reports.length === 0) {
  console.error('usage: node scripts/record-test-durations.js <jest --json report> […]');
  process.exit(2);
}
const durations = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
for (const report of reports) {
  for (const result of JSON.parse(readFileSync(report, 'utf8')).testResults) {
    const name = path.relative(root, result.name).split(path.sep).join('/');
    durations[name] = Math.round((result.endTime - result.startTime) / 100) / 10;
  }
}
const kept = Object.entries(durations)
  .filter(([name]) => existsSync(path.join(root, name)))
  .sort(([a], [b]) => (a < b ? -1 : 1));
writeFileSync(file, `${JSON.stringify(Object.fromEntries(kept), null, 2)}\n`);
process.stderr.write(`${kept.length} files in ${path.relative(root, file)}\n`);
