/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- a CommonJS module that Jest loads as it is */
/**
 * Starts the longest test files first, by the seconds recorded in test/durations.json (committed, so a clean
 * clone in CI orders them the same way; refresh it with scripts/record-test-durations.js after a run with
 * `--json`). With two workers each taking the next file as it frees up, the longest file starting last left one
 * worker running it alone for minutes while the other idled. Files not in the record (new ones) go first, in
 * Jest's own order: better to learn a new file's time early than to wait on it at the end.
 */
const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');
const recorded = require('./durations.json');

const root = path.resolve(__dirname, '..');

const secondsOf = (test) => recorded[path.relative(root, test.path).split(path.sep).join('/')];

class DurationSequencer extends Sequencer {
  async sort(tests) {
    const known = tests.filter((test) => secondsOf(test) !== undefined);
    const unknown = tests.filter((test) => secondsOf(test) === undefined);
    // Jest's own order for the unknown ones (its cache's durations, else the largest file first).
    const first = unknown.length > 0 ? await super.sort(unknown) : [];
    return [...first, ...known.sort((a, b) => secondsOf(b) - secondsOf(a) || (a.path < b.path ? -1 : 1))];
  }
}

module.exports = DurationSequencer;
