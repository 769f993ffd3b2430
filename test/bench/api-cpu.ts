/**
 * The API's CPU per search request and its memory, A/B between ways of starting or building it, measured so
 * that it survives a loaded machine: CPU time of each process from /proc (not wall time), phases of the
 * benchmark's search mix at 16 clients alternating between the variants so that each sees the same load.
 * It runs against a database kept by `BENCH_KEEP_DATABASE=1 npm run bench -- search`:
 *
 *   node dist/test/bench/api-cpu.js <database url> <rounds> <phase seconds> <variant> ...
 *
 * A variant is `label=entry[ node-flag…]`: `base=` starts the API as `start:api` does, `semi4=
 * --max-semi-space-size=4` the same entry with other Node flags, `other=/tmp/dist/apps/api/src/main.js` another
 * build. `raw` is the benchmark's raw-SQL side (the same named statements through `pg`), for the load
 * generator's own CPU per request. docs/performance.md records what it showed.
 */
import { cpus } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { listingSearchSql } from '@small-places/marketplace';
import { CONNECTION_OPTIONS } from '@small-places/platform';
import { Pool } from 'pg';
import { ApiLaunch, productionLaunch } from '../../apps/cli/src/dev/api-launch';
import { ApiProcess, createBenchEnv, round } from './scenario';
import { randomSearch, readDistricts, SEARCH, seeded } from './scenarios/search';

const CONCURRENCY = 16;
const PAGE = 20;
const SEARCHES = 4_000;
const TICKS_PER_SECOND = 100;
const RSS_SAMPLE_MS = 250;
const CORES = cpus().length;

interface Variant {
  label: string;
  api?: ApiProcess;
  cpuMs: number;
  requests: number;
  loadGeneratorCpuMs: number;
  postgresCpuMs: number;
  idleMs: number;
  elapsedMs: number;
  rssMaxMb: number;
  rssEndMb: number[];
}

async function main(): Promise<void> {
  const [url, roundsArg, secondsArg, ...specs] = process.argv.slice(2);
  if (!url || specs.length === 0) {
    throw new Error(
      'usage: api-cpu.js <database url> <rounds> <phase seconds> <label=entry[ flags]|raw> ...',
    );
  }
  const rounds = Number(roundsArg);
  // API_CPU_REQUESTS makes each phase a number of requests instead: the heap's growth follows requests served,
  // so memory compares only after as many requests as a quiet run serves, however slow the machine is.
  const phaseLimit = process.env.API_CPU_REQUESTS
    ? { count: Number(process.env.API_CPU_REQUESTS) }
    : { durationMs: Number(secondsArg) * 1000 };
  const env = createBenchEnv('api_cpu');
  const pool = new Pool({ connectionString: url, max: CONCURRENCY, options: CONNECTION_OPTIONS });
  pool.on('error', () => undefined);
  const random = seeded(Number(process.env.API_CPU_SEED ?? Date.now() % 1e9));
  const districts = readDistricts();
  const searches = Array.from({ length: SEARCHES }, () => randomSearch(districts, random));
  try {
    const variants: Variant[] = [];
    for (const spec of specs) {
      const variant: Variant = {
        label: spec.split('=')[0],
        cpuMs: 0,
        requests: 0,
        loadGeneratorCpuMs: 0,
        postgresCpuMs: 0,
        idleMs: 0,
        elapsedMs: 0,
        rssMaxMb: 0,
        rssEndMb: [],
      };
      if (spec !== 'raw') {
        variant.api = await env.spawnApi(
          { DATABASE_URL: url, DATABASE_POOL_SIZE: '8', LOG_LEVEL: 'warn' },
          launchOf(spec),
        );
        await variant.api.waitReady(180_000);
      }
      variants.push(variant);
    }
    const taskOf = (variant: Variant) =>
      variant.api
        ? (index: number) =>
            env.gql(variant.api!.graphqlUrl, SEARCH, { input: searches[index % SEARCHES].input, first: PAGE })
        : (index: number) =>
            pool.query(listingSearchSql(searches[index % SEARCHES].criteria, { limit: PAGE + 1 }));
    // Warm every side up once (JIT, plan caches, pools) before anything is counted.
    for (const variant of variants) {
      await env.runConcurrent(CONCURRENCY, { durationMs: 3_000 }, taskOf(variant));
    }
    for (let round = 0; round < rounds; round++) {
      for (const variant of variants) {
        const pid = variant.api?.pid;
        const cpuBefore = pid ? cpuMsOf(pid) : 0;
        const ownBefore = process.cpuUsage();
        const postgresBefore = postgresCpuMs();
        const idleBefore = machineIdleMs();
        const sampler = pid
          ? setInterval(() => {
              variant.rssMaxMb = Math.max(variant.rssMaxMb, variant.api!.rssMb());
            }, RSS_SAMPLE_MS)
          : undefined;
        const result = await env.runConcurrent(CONCURRENCY, phaseLimit, taskOf(variant));
        clearInterval(sampler);
        const own = process.cpuUsage(ownBefore);
        if (pid) {
          variant.cpuMs += cpuMsOf(pid) - cpuBefore;
          variant.rssEndMb.push(round1(variant.api!.rssMb()));
        }
        variant.requests += result.count;
        variant.loadGeneratorCpuMs += (own.user + own.system) / 1000;
        variant.postgresCpuMs += postgresCpuSince(postgresBefore);
        variant.idleMs += machineIdleMs() - idleBefore;
        variant.elapsedMs += result.elapsedMs;
        console.log(
          `round ${round + 1} ${variant.label}: ${Math.round(result.requestsPerSecond)}/s` +
            (pid ? `, API rss ${round1(variant.api!.rssMb())} MB` : ''),
        );
      }
    }
    console.log(
      '\nvariant        requests  API cpu ms/req  loadgen cpu ms/req  PostgreSQL cpu ms/req  idle %  API rss max MB  rss after phases',
    );
    for (const variant of variants) {
      console.log(
        [
          variant.label.padEnd(14),
          String(variant.requests).padStart(8),
          (variant.api ? round(variant.cpuMs / variant.requests, 3).toFixed(3) : '-').padStart(15),
          round(variant.loadGeneratorCpuMs / variant.requests, 3)
            .toFixed(3)
            .padStart(19),
          round(variant.postgresCpuMs / variant.requests, 3)
            .toFixed(3)
            .padStart(22),
          round((100 * variant.idleMs) / (CORES * variant.elapsedMs), 0)
            .toFixed(0)
            .padStart(7),
          (variant.api ? round1(variant.rssMaxMb).toFixed(1) : '-').padStart(15),
          `  ${variant.rssEndMb.join(' ')}`,
        ].join(' '),
      );
    }
  } finally {
    await env.dispose();
    await pool.end();
  }
}

function launchOf(spec: string): ApiLaunch {
  const [entry, ...nodeArgs] = spec.slice(spec.indexOf('=') + 1).split(' ');
  const production = productionLaunch();
  return entry || nodeArgs.length > 0 ? { entry: entry || production.entry, nodeArgs } : production;
}

/** utime + stime of a process, from /proc/<pid>/stat (fields 14 and 15, in clock ticks). */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** CPU of each PostgreSQL process (backends and the server's own) by pid, which the searches of both sides cost. */
function postgresCpuMs(): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres')
        byPid.set(Number(entry), cpuMsOf(Number(entry)));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return byPid;
}

/** PostgreSQL's CPU between two readings; a connection closed meanwhile takes its share with it. */
function postgresCpuSince(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, cpuMs] of postgresCpuMs()) total += cpuMs - (before.get(pid) ?? 0);
  return total;
}

/** Idle time of all cores together, from /proc/stat (idle + iowait, in clock ticks). */
function machineIdleMs(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return ((fields[3] + fields[4]) * 1000) / TICKS_PER_SECOND;
}

function round1(value: number): number {
  return round(value, 1);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
