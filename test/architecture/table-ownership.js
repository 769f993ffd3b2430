/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- a plain CommonJS check that lint runs */
/**
 * "No context queries another context's tables" (issue 14; docs/architecture.md, "Who owns which tables").
 *
 * A table belongs to the lib whose entity names it (`@Entity('table')`), or to the lib OWNERS_WITHOUT_ENTITY
 * gives for the few tables that have no entity. Every table a migration creates must have an owner. Code in a
 * context lib may name in SQL (after FROM, JOIN, INTO, UPDATE, TABLE) only its own tables and the published
 * reads of others: views named `<context>_<what>`, created by a migration (libs/migrations). TypeORM
 * repositories of another context's entities are refused the same way. Comments are ignored.
 *
 * `node test/architecture/table-ownership.js` checks the project; with `--root DIR` it checks another tree
 * (the deliberate breach in test/architecture/table-breaches proves the check bites: see the end).
 */
const { readdirSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');
const { filesUnder } = require('../../scripts/files-under');

/** Tables with no entity, and the context that owns each. */
const OWNERS_WITHOUT_ENTITY = {
  migrations: 'platform',
  reminders: 'notifications',
  reminder_scans: 'notifications',
  calendar_feeds: 'notifications',
  notification_mutes: 'notifications',
  invoice_counters: 'invoices',
};

/** Libs that are not contexts: the migrations create every table; testing sets up data for tests. */
const NOT_CONTEXTS = new Set(['migrations', 'testing']);

/** Reads still waiting to move behind their owner's service, each with why and until when. Keep it empty. */
const NOT_YET = {};

/** The text without // and block comments, nor SQL `--` comments (each only after a space or a line start). */
function withoutComments(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|\s)(\/\/|--)[^\n]*/g, (comment, lead) => lead + ' '.repeat(comment.length - lead.length));
}

function lineOf(text, index) {
  return text.slice(0, index).split('\n').length;
}

function check(root) {
  const libsDir = path.join(root, 'libs');
  const libs = readdirSync(libsDir).filter((name) => statSync(path.join(libsDir, name)).isDirectory());
  const contexts = libs.filter((lib) => !NOT_CONTEXTS.has(lib));
  const sources = new Map(
    libs.map((lib) => [lib, filesUnder(path.join(libsDir, lib, 'src'), { specs: false })]),
  );
  const problems = [];

  const owner = new Map(Object.entries(OWNERS_WITHOUT_ENTITY));
  const entityOwner = new Map();
  for (const lib of contexts) {
    for (const file of sources.get(lib)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(
        /@Entity\(\s*'([a-z_]+)'[^)]*\)\s*(?:@\w+\([^)]*\)\s*)*export class (\w+)/g,
      )) {
        owner.set(match[1], lib);
        entityOwner.set(match[2], lib);
      }
    }
  }

  const created = new Set();
  const views = new Set();
  for (const file of sources.get('migrations') ?? []) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/create\s+table\s+(?:if\s+not\s+exists\s+)?"?([a-z_]+)/gi)) {
      created.add(match[1].toLowerCase());
    }
    for (const match of text.matchAll(/create\s+(?:or\s+replace\s+)?view\s+"?([a-z_]+)/gi)) {
      views.add(match[1].toLowerCase());
    }
  }
  for (const table of created) {
    if (!owner.has(table)) {
      problems.push(
        `table ${table} has no owner: give it an entity in its context, or add it to OWNERS_WITHOUT_ENTITY`,
      );
    }
  }
  for (const view of views) {
    if (!contexts.some((lib) => view.startsWith(`${lib}_`))) {
      problems.push(`view ${view} is not named after the context that publishes it (<context>_<what>)`);
    }
  }

  const named = [...owner.keys()].sort((a, b) => b.length - a.length).join('|');
  const sql = new RegExp(`\\b(?:from|join|into|update|table)\\s+"?(${named})\\b(?!\\s*\\()`, 'gi');
  const entities = [...entityOwner.keys()].join('|');
  const repository = new RegExp(
    `(?:getRepository|Repository<|createQueryBuilder|InjectRepository)\\(?\\s*(${entities})\\b|` +
      `\\.(?:find\\w*|count\\w*|exists\\w*|save|insert|update|delete|upsert|increment|decrement|remove|sum|` +
      `maximum|minimum|average)\\(\\s*(${entities})\\s*[,)]`,
    'g',
  );
  for (const lib of contexts) {
    for (const file of sources.get(lib)) {
      const relative = path.relative(root, file);
      const text = withoutComments(readFileSync(file, 'utf8'));
      for (const match of text.matchAll(sql)) {
        const table = match[1].toLowerCase();
        const tableOwner = owner.get(table);
        if (tableOwner === lib || NOT_YET[relative]) continue;
        problems.push(
          `${relative}:${lineOf(text, match.index)}: ${lib} queries ${table}, which is ${tableOwner}'s. ` +
            `Call ${tableOwner}'s exported service, or read a view ${tableOwner} publishes ` +
            `(${tableOwner}_<what>, created in a migration).`,
        );
      }
      if (!entities) continue;
      for (const match of text.matchAll(repository)) {
        const entity = match[1] ?? match[2];
        const entityLib = entityOwner.get(entity);
        if (entityLib === lib || NOT_YET[relative]) continue;
        problems.push(
          `${relative}:${lineOf(text, match.index)}: ${lib} uses a repository of ${entity}, which is ` +
            `${entityLib}'s entity. Call ${entityLib}'s exported service instead.`,
        );
      }
    }
  }
  return problems;
}

const rootArg = process.argv.indexOf('--root');
const projectRoot = path.resolve(__dirname, '..', '..');
const problems = check(rootArg > 0 ? path.resolve(process.argv[rootArg + 1]) : projectRoot);
if (rootArg > 0) {
  // The breach tree: print what was found, one per line, for the proof below to compare.
  for (const problem of problems) process.stdout.write(`${problem}\n`);
  process.exit(0);
}
if (problems.length) {
  console.error(`A context reaches into another context's tables:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}

// Prove the check bites: the breach tree queries another context's table once in SQL and once through a
// repository of its entity (both must be reported), and reads its own table and a published view (neither).
const { execFileSync } = require('node:child_process');
const found = execFileSync(process.execPath, [__filename, '--root', path.join(__dirname, 'table-breaches')], {
  encoding: 'utf8',
})
  .trim()
  .split('\n');
const expected = [
  'libs/shop/src/shop.service.ts:8: shop queries accounts, which is people',
  'libs/shop/src/shop.service.ts:12: shop uses a repository of Account',
];
if (found.length !== expected.length || !expected.every((start, i) => found[i].startsWith(start))) {
  console.error(
    `The table-ownership check does not catch its deliberate breaches; it found:\n${found.join('\n')}`,
  );
  process.exit(1);
}
console.warn(
  `Every context keeps to its own tables (the check caught its ${found.length} deliberate breaches).`,
);
