/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- a plain CommonJS check that lint runs */
/**
 * Proves the dependency rules bite: cruises test/architecture/breaches (a tree that breaks each rule once,
 * each breach marked `// breach: <rule>`) with the real .dependency-cruiser.cjs, and fails unless every
 * marked breach is reported under its rule and every rule of the config has a breach here.
 */
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { filesUnder } = require('../../scripts/files-under');

const root = path.resolve(__dirname, '..', '..');
const fixture = path.join(__dirname, 'breaches');
const config = require(path.join(root, '.dependency-cruiser.cjs'));

const expected = filesUnder(fixture).flatMap((file) => {
  const marks = [...readFileSync(file, 'utf8').matchAll(/\/\/ breach: ([a-z-]+)/g)];
  return marks.map((mark) => ({ from: path.relative(fixture, file), rule: mark[1] }));
});

let output;
try {
  output = execFileSync(
    path.join(root, 'node_modules', '.bin', 'depcruise'),
    ['apps', 'libs', '--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'],
    { cwd: fixture, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
} catch (error) {
  // depcruise exits non-zero when it finds violations, which is what this fixture is for.
  output = error.stdout;
}
const violations = JSON.parse(output).summary.violations.map((v) => ({ from: v.from, rule: v.rule.name }));

const problems = [];
for (const breach of expected) {
  if (!violations.some((v) => v.from === breach.from && v.rule === breach.rule)) {
    problems.push(`${breach.from} breaks ${breach.rule}, but the rules did not report it`);
  }
}
for (const rule of config.forbidden) {
  if (!expected.some((breach) => breach.rule === rule.name)) {
    problems.push(`rule ${rule.name} has no breach in test/architecture/breaches to prove it bites`);
  }
}

if (problems.length) {
  console.error(`The dependency rules do not catch every breach:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.warn(`The dependency rules caught all ${expected.length} deliberate breaches.`);
