import { PublicListingFilter, publicListingCountSql, publicListingPageSql } from '@small-places/marketplace';
import { Pool } from 'pg';
import { BenchEnv, BenchScenario, Figures, round } from '../scenario';
import { District, importDistricts, LISTINGS, readDistricts, seeded, seedListings } from './search';

const CONCURRENCY = 16;
const PER_PAGE = 50;
const PROXIMITY_METRES = 16_000;
/** OPENREFERRAL_BENCH_DURATION_MS shortens each measured run while iterating; the figures carry it. */
const DURATION_MS = Number(process.env.OPENREFERRAL_BENCH_DURATION_MS ?? 10_000);
const WARM_UP_MS = 2_000;
/** Pages a harvester asks for: the first hundred (5,000 services). */
const PAGES = 100;
/** Distinct URLs the ETag clients poll; each is fetched once, untimed, before the measured run. */
const POLLED_URLS = 100;

interface Request {
  path: string;
  filter: PublicListingFilter;
  page: number;
}

/**
 * The Open Referral UK feed over the search benchmark's 100,000 listings at 16 clients: /services pages and
 * /service_at_locations around district centroids, each through HTTP and as the same SQL straight through
 * `pg`; then the share of 304s when clients send back the ETag they were given.
 */
export const openReferralBench: BenchScenario = {
  name: 'open_referral',
  description: `Open Referral UK feed over ${LISTINGS.toLocaleString('en-GB')} listings, ${CONCURRENCY} clients, HTTP vs raw SQL, 304 share`,
  async run(env: BenchEnv): Promise<Figures> {
    const database = await env.createDatabase();
    const pool = new Pool({ connectionString: database.url, max: CONCURRENCY });
    pool.on('error', () => undefined);
    try {
      await importDistricts(database.url);
      const districts = readDistricts();
      const random = seeded(20261207);
      await seedListings(pool, districts, random);
      await pool.query('VACUUM ANALYZE listings');
      await pool.query('ANALYZE enterprises');

      const services: Request[] = Array.from({ length: PAGES }, (_, index) => ({
        path: `/openreferral/services?per_page=${PER_PAGE}&page=${index + 1}`,
        filter: {},
        page: index + 1,
      }));
      const near: Request[] = Array.from({ length: 400 }, () => nearRequest(pickDistrict(districts, random)));

      const api = await env.spawnApi({
        DATABASE_URL: database.url,
        // Each feed request sends its page and its count at once: twice the search's 8 connections, as the
        // raw-SQL side's pool has.
        DATABASE_POOL_SIZE: String(CONCURRENCY),
        LOG_LEVEL: 'warn',
        OPENREFERRAL_REQUESTS_PER_MINUTE: '1000000',
      });
      // The machine is shared: give the API longer than the default to boot.
      await api.waitReady(120_000);
      const http = (requests: Request[]) => async (index: number) => {
        const response = await fetch(`${api.url}${requests[index % requests.length].path}`);
        if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
        await response.arrayBuffer();
      };
      const sql = (requests: Request[]) => (index: number) => {
        const { filter, page } = requests[index % requests.length];
        const rows = publicListingPageSql(filter, { offset: (page - 1) * PER_PAGE, limit: PER_PAGE });
        const count = publicListingCountSql(filter);
        return Promise.all([pool.query(rows.text, rows.values), pool.query(count.text, count.values)]);
      };
      const measure = async (task: (index: number) => Promise<unknown>) => {
        await env.runConcurrent(CONCURRENCY, { durationMs: WARM_UP_MS }, task);
        return env.runConcurrent(CONCURRENCY, { durationMs: DURATION_MS }, task);
      };

      const servicesHttp = await measure(http(services));
      const servicesSql = await measure(sql(services));
      const nearHttp = await measure(http(near));
      const nearSql = await measure(sql(near));

      // Clients that keep each URL's ETag and send it back: a harvester polling for changes.
      const polled = [...services, ...near].slice(0, POLLED_URLS);
      const etags = new Map<string, string>();
      let notModified = 0;
      let answered = 0;
      const poll = async (index: number) => {
        const { path } = polled[index % polled.length];
        const etag = etags.get(path);
        const response = await fetch(`${api.url}${path}`, { headers: etag ? { 'If-None-Match': etag } : {} });
        await response.arrayBuffer();
        answered += 1;
        if (response.status === 304) notModified += 1;
        else etags.set(path, response.headers.get('etag') ?? '');
      };
      // Every client has fetched each URL once before (a harvester's previous visit), so it holds an ETag.
      await env.runConcurrent(CONCURRENCY, { count: polled.length }, poll);
      notModified = 0;
      answered = 0;
      const polling = await env.runConcurrent(CONCURRENCY, { durationMs: DURATION_MS }, poll);
      const rssMb = api.rssMb();
      await api.stop();

      return {
        listings: LISTINGS,
        concurrency: CONCURRENCY,
        duration_s: round(DURATION_MS / 1000, 1),
        per_second: round(servicesHttp.requestsPerSecond, 0),
        p95_ms: round(env.percentile(servicesHttp.latenciesMs, 95), 1),
        raw_sql_per_second: round(servicesSql.requestsPerSecond, 0),
        raw_sql_p95_ms: round(env.percentile(servicesSql.latenciesMs, 95), 1),
        ratio: round(servicesHttp.requestsPerSecond / servicesSql.requestsPerSecond, 2),
        service_at_locations_per_second: round(nearHttp.requestsPerSecond, 0),
        service_at_locations_p95_ms: round(env.percentile(nearHttp.latenciesMs, 95), 1),
        service_at_locations_raw_sql_per_second: round(nearSql.requestsPerSecond, 0),
        service_at_locations_ratio: round(nearHttp.requestsPerSecond / nearSql.requestsPerSecond, 2),
        not_modified_share: round(notModified / Math.max(1, answered), 3),
        etag_polling_per_second: round(polling.requestsPerSecond, 0),
        api_rss_mb: round(rssMb, 0),
      };
    } finally {
      await pool.end();
      await database.drop();
    }
  },
};

function pickDistrict(districts: District[], random: () => number): District {
  return districts[Math.floor(random() * districts.length)];
}

/** Around a district's centroid, as the API geocodes a district postcode. */
function nearRequest(district: District): Request {
  return {
    path: `/openreferral/service_at_locations?postcode=${district.code}&proximity=${PROXIMITY_METRES}&per_page=${PER_PAGE}`,
    filter: {
      near: { latitude: district.latitude, longitude: district.longitude, metres: PROXIMITY_METRES },
    },
    page: 1,
  };
}
