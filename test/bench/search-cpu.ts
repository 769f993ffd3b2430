/**
 * PostgreSQL's CPU per search, measured in a way that survives a loaded machine: the server backend's own
 * time on a CPU from /proc/<pid>/schedstat (so this must run on the database's host), not wall time. It runs the
 * benchmark's search mix against a database kept by `BENCH_KEEP_DATABASE=1 npm run bench -- search`, one
 * search at a time on one connection, and alternates between the variants given so that each sees the same
 * load. A variant is a compiled listing-search-sql module, run as plain statements or as named prepared
 * statements (`:named`), or named on a connection that always uses the cached generic plan (`:generic`):
 *
 *   node dist/test/bench/search-cpu.js <database url> [searches] <module>[:named|:generic] ...
 *
 * docs/performance.md records what it showed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { readDistricts, randomSearch, seeded } from './scenarios/search';

interface SqlModule {
  listingSearchSql(
    criteria: unknown,
    page: { limit: number },
  ): { text: string; values: unknown[]; name?: string };
}

interface Variant {
  label: string;
  module: SqlModule;
  named: boolean;
  client: Client;
  pid: number;
  cpuNanos: { distance: number; text: number };
  wallMs: { distance: number; text: number };
  counts: { distance: number; text: number };
}

const PAGE = 20;

async function main(): Promise<void> {
  const [url, countArg, ...specs] = process.argv.slice(2);
  if (!url || specs.length === 0)
    throw new Error('usage: search-cpu <database url> <searches> <module>[:named] ...');
  const count = Number(countArg);
  const variants: Variant[] = [];
  for (const spec of specs) {
    const [path, mode] = spec.split(':');
    const client = new Client({ connectionString: url, application_name: 'search-cpu' });
    await client.connect();
    // `generic`: named, on a connection set up as the API's pool is (one cached plan per statement).
    if (mode === 'generic') await client.query(`SET plan_cache_mode = force_generic_plan`);
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    variants.push({
      label: spec,
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      module: require(resolve(path)) as SqlModule,
      named: mode === 'named' || mode === 'generic',
      client,
      pid: rows[0].pid,
      cpuNanos: { distance: 0, text: 0 },
      wallMs: { distance: 0, text: 0 },
      counts: { distance: 0, text: 0 },
    });
  }
  const districts = readDistricts();
  const random = seeded(7);
  const searches = Array.from({ length: count }, () => randomSearch(districts, random).criteria);
  // Warm: every backend has the catalogue cached and every named statement prepared.
  for (const variant of variants) for (const criteria of searches.slice(0, 50)) await run(variant, criteria);
  for (const criteria of searches) {
    for (const variant of variants) {
      const kind = criteria.text ? 'text' : 'distance';
      const before = cpuNanos(variant.pid);
      const started = performance.now();
      await run(variant, criteria);
      variant.wallMs[kind] += performance.now() - started;
      variant.cpuNanos[kind] += cpuNanos(variant.pid) - before;
      variant.counts[kind]++;
    }
  }
  console.log(
    'variant | searches | PostgreSQL CPU ms/search: all, distance, text | wall ms/search: all, distance, text',
  );
  for (const v of variants) {
    const ms = (nanos: number, n: number) => (nanos / 1e6 / Math.max(n, 1)).toFixed(2);
    const n = v.counts.distance + v.counts.text;
    console.log(
      [
        v.label,
        n,
        ms(v.cpuNanos.distance + v.cpuNanos.text, n),
        ms(v.cpuNanos.distance, v.counts.distance),
        ms(v.cpuNanos.text, v.counts.text),
        ((v.wallMs.distance + v.wallMs.text) / n).toFixed(2),
        (v.wallMs.distance / Math.max(v.counts.distance, 1)).toFixed(2),
        (v.wallMs.text / Math.max(v.counts.text, 1)).toFixed(2),
      ].join(' | '),
    );
    await v.client.end();
  }
}

async function run(variant: Variant, criteria: unknown): Promise<void> {
  const statement = variant.module.listingSearchSql(criteria, { limit: PAGE + 1 });
  if (variant.named && statement.name) await variant.client.query(statement);
  else await variant.client.query(statement.text, statement.values);
}

/** Nanoseconds a process has run on a CPU (/proc/<pid>/schedstat, first field): exact, unlike clock ticks. */
function cpuNanos(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
