/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- a plain CommonJS tool */
/**
 * Makes the tests' GraphQL documents typed (issue 14): every document written as a plain string in test/ or
 * libs/testing is wrapped in `graphql(...)` from libs/testing's generated module and given an operation name
 * unique across the tests (the codegen's client preset skips anonymous operations). Run it, then
 * `npm run codegen`. Idempotent: a document already inside graphql(...) is left alone.
 *
 *   node scripts/type-test-documents.js            rewrite the files
 *   node scripts/type-test-documents.js --check    exit 1 if any plain document is left (new tests)
 *
 * Documents built with `${...}` pieces (the fuzzer's, a few loops over fields) stay plain strings: the client
 * takes those too, untyped.
 */
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { filesUnder } = require('./files-under');

const root = path.resolve(__dirname, '..');
const SKIP_DIRS = new Set(['generated', 'node_modules', 'architecture', 'bench']);

const pascal = (text) =>
  text
    .replace(/\.(e2e-spec|web-spec|fault-spec|spec)$/, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');

/** A literal that is a whole GraphQL operation: starts with query/mutation/subscription or `{`, no `${`. */
const LITERAL =
  /(graphql\(\s*)?(`)(\s*(?:query|mutation|subscription)\b(?:[^`$\\]|\$(?!\{))*|\s*\{(?:[^`$\\]|\$(?!\{))*\})`/g;
const OPERATION = /^(\s*)(query|mutation|subscription)?\s*([A-Za-z_][A-Za-z0-9_]*)?\s*(\(|\{)/;

function looksLikeGraphQL(body) {
  const text = body.trim();
  if (/^(query|mutation|subscription)\b/.test(text)) return /\{[\s\S]*\}\s*$/.test(text);
  // A shorthand query: `{ field ... }` with a selection of names, not a JSON or object literal.
  return /^\{\s*[A-Za-z_][A-Za-z0-9_]*\s*(\(|\{)/.test(text) && !/"\s*:/.test(text);
}

const files = [
  ...filesUnder(path.join(root, 'test'), { skip: SKIP_DIRS }),
  ...filesUnder(path.join(root, 'libs', 'testing', 'src'), { skip: SKIP_DIRS }),
];
const usedNames = new Map();
// Names already given (a re-run) are kept and reserved first.
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/graphql\(\s*`\s*(?:query|mutation|subscription)\s+([A-Za-z_]\w*)/g)) {
    usedNames.set(match[1], file);
  }
}

const checkOnly = process.argv.includes('--check');
const left = [];
for (const file of files) {
  const original = readFileSync(file, 'utf8');
  const base = pascal(path.basename(file, '.ts'));
  let changed = false;
  const text = original.replace(LITERAL, (whole, wrapped, _tick, body, offset) => {
    if (wrapped || !looksLikeGraphQL(body)) return whole;
    if (checkOnly) {
      left.push(`${path.relative(root, file)}:${original.slice(0, offset).split('\n').length}`);
      return whole;
    }
    const before = original.slice(Math.max(0, offset - 200), offset);
    const constant = /(?:const|let)\s+([A-Za-z_]\w*)\s*(?::[^=]+)?=\s*$/.exec(before)?.[1];
    const match = OPERATION.exec(body);
    const kind = match[2] ?? 'query';
    const firstField = /\{\s*([A-Za-z_]\w*)/.exec(body)?.[1] ?? 'Operation';
    let name = match[3];
    if (!name || usedNames.has(name)) {
      const stem = `${base}${pascal(constant ? constant.toLowerCase() : firstField)}`;
      name = stem;
      for (let n = 2; usedNames.has(name); n += 1) name = `${stem}${n}`;
    }
    usedNames.set(name, file);
    const rest = body.slice(match[0].length - match[4].length);
    changed = true;
    return `graphql(\`${match[1]}${kind} ${name}${rest.startsWith('(') ? '' : ' '}${rest}\`)`;
  });
  if (!changed) continue;
  const inTesting = file.startsWith(path.join(root, 'libs', 'testing'));
  const from = inTesting
    ? `./${path.relative(path.dirname(file), path.join(root, 'libs/testing/src/generated')).replace(/\\/g, '/')}`
    : '@small-places/testing';
  let out = text;
  const existing = new RegExp(`import \\{([^}]*)\\} from '${from.replace(/[./]/g, '\\$&')}';`);
  const found = existing.exec(out);
  if (found && !/\bgraphql\b/.test(found[1])) {
    out = out.replace(
      existing,
      (all, names) => `import {${names.replace(/[\s,]*$/, '')}, graphql } from '${from}';`,
    );
  } else if (!found) {
    out = `import { graphql } from '${from}';\n${out}`;
  }
  writeFileSync(file, out);
}

if (checkOnly && left.length) {
  console.error(
    `GraphQL documents written as plain strings (wrap them in graphql(...) and name them):\n${left.join('\n')}`,
  );
  process.exit(1);
}
