import { Activity } from '@small-places/compliance';
import {
  DayOfWeek,
  ListingSearchCriteria,
  listingSearchSql,
  PostcodeImporter,
} from '@small-places/marketplace';
import { MIGRATIONS } from '@small-places/migrations';
import { CONNECTION_OPTIONS, Database, dataSourceOptions } from '@small-places/platform';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { splitCsvLine } from '../../../libs/marketplace/src/postcodes/csv-line';
import { BenchEnv, BenchScenario, ConcurrentResult, Figures, round } from '../scenario';

export const LISTINGS = 100_000;
const LISTINGS_PER_ENTERPRISE = 5;
const CONCURRENCY = 16;
/**
 * Each side's measured run. SEARCH_BENCH_DURATION_MS shortens it while iterating; the figures carry it, so a
 * short run is never mistaken for the recorded 20 s one.
 */
const DURATION_MS = Number(process.env.SEARCH_BENCH_DURATION_MS ?? 20_000);
const WARM_UP_MS = 3_000;
/** The measured time of each side is cut into this many turns, API and raw SQL alternating. */
const SLICES = 4;
/** The API's resident memory is read this often while it serves; the figure is the highest reading. */
const RSS_SAMPLE_MS = 250;
const PAGE = 20;
const SEARCHES = 4_000;
/** Connections the API holds; see docs/marketplace.md for how this was chosen. */
const API_POOL_SIZE = Number(process.env.SEARCH_BENCH_POOL_SIZE ?? 8);
/** warn keeps request logging off the hot path; set SEARCH_BENCH_LOG_LEVEL=info to see what it costs. */
const API_LOG_LEVEL = process.env.SEARCH_BENCH_LOG_LEVEL ?? 'warn';
const OUTCODES = resolve(process.cwd(), '../shared/data/uk-outcodes.csv');
const UNASSIGNED_AREA = '00000000-0000-4000-8000-000000000000';

/** A results page as a client shows it (the contract's SearchListings, without totalCount). */
export const SEARCH = `query SearchListings($input: ListingSearchInput!, $first: Int, $after: String) {
  searchListings(input: $input, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { cursor distanceMiles node { id title category pricePence priceUnit verified postcodeDistrict enterprise { name } } }
  }
}`;

export interface District {
  code: string;
  city: string;
  latitude: number;
  longitude: number;
  /** How many listings it attracts relative to others: towns (many districts to a city) more. */
  weight: number;
}

export interface Search {
  input: Record<string, unknown>;
  criteria: ListingSearchCriteria;
}

/**
 * 100,000 published listings over the real districts, searched at 16 concurrent clients through HTTP
 * GraphQL and, with the same SQL, straight through `pg`.
 */
export const searchBench: BenchScenario = {
  name: 'search',
  description: `listing search over ${LISTINGS.toLocaleString('en-GB')} listings, ${CONCURRENCY} clients, GraphQL vs raw SQL`,
  async run(env: BenchEnv): Promise<Figures> {
    const database = await env.createDatabase();
    // Connections set up as the API's are, so both sides run the same cached plans (docs/performance.md).
    const pool = new Pool({ connectionString: database.url, max: CONCURRENCY, options: CONNECTION_OPTIONS });
    // An idle connection cut when the scratch database is dropped must not crash the run.
    pool.on('error', () => undefined);
    try {
      await importDistricts(database.url);
      const districts = readDistricts();
      const random = seeded(20261125);
      await seedListings(pool, districts, random);
      await pool.query('VACUUM ANALYZE listings');
      // Seeding left the table's pages dirty; written now, they are not written during either side's turn.
      await pool.query('CHECKPOINT');
      const searches = Array.from({ length: SEARCHES }, () => randomSearch(districts, random));

      const api = await env.spawnApi({
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: String(API_POOL_SIZE),
        LOG_LEVEL: API_LOG_LEVEL,
      });
      await api.waitReady();
      const viaApi = (index: number) =>
        env.gql(api.graphqlUrl, SEARCH, { input: searches[index % SEARCHES].input, first: PAGE });
      // The same named prepared statement as the API's (docs/performance.md), so the comparison stays fair.
      const viaSql = (index: number) =>
        pool.query(listingSearchSql(searches[index % SEARCHES].criteria, { limit: PAGE + 1 }));

      // The API's first seconds (JIT, empty caches, new connections) are its cold start: recorded, not goals.
      const cold = await env.runConcurrent(CONCURRENCY, { durationMs: WARM_UP_MS }, viaApi);
      await env.runConcurrent(CONCURRENCY, { durationMs: WARM_UP_MS }, viaSql);
      // Both sides warm, then measured in turns, so that whatever else the machine does meanwhile (a
      // checkpoint, another process, caches filling after a boot) falls on both alike (docs/performance.md).
      const graphql = new Side();
      const raw = new Side();
      let rssMb = 0;
      for (let slice = 0; slice < SLICES; slice++) {
        const sampler = setInterval(() => (rssMb = Math.max(rssMb, api.rssMb())), RSS_SAMPLE_MS);
        graphql.add(await env.runConcurrent(CONCURRENCY, { durationMs: DURATION_MS / SLICES }, viaApi));
        clearInterval(sampler);
        rssMb = Math.max(rssMb, api.rssMb());
        raw.add(await env.runConcurrent(CONCURRENCY, { durationMs: DURATION_MS / SLICES }, viaSql));
      }
      await api.stop();

      return {
        listings: LISTINGS,
        concurrency: CONCURRENCY,
        duration_s: round(DURATION_MS / 1000, 1),
        api_pool_size: API_POOL_SIZE,
        api_log_level: API_LOG_LEVEL,
        p50_ms: round(env.percentile(graphql.latenciesMs, 50), 1),
        p95_ms: round(env.percentile(graphql.latenciesMs, 95), 1),
        p99_ms: round(env.percentile(graphql.latenciesMs, 99), 1),
        rps: round(graphql.requestsPerSecond, 0),
        raw_sql_p95_ms: round(env.percentile(raw.latenciesMs, 95), 1),
        raw_sql_rps: round(raw.requestsPerSecond, 0),
        ratio: round(graphql.requestsPerSecond / raw.requestsPerSecond, 2),
        api_rss_mb: round(rssMb, 0),
        api_cold_p95_ms: round(env.percentile(cold.latenciesMs, 95), 1),
        api_cold_rps: round(cold.requestsPerSecond, 0),
      };
    } finally {
      await pool.end();
      await database.drop();
    }
  },
};

/** One side's turns, added up: its requests per second over the time it was measured. */
class Side {
  readonly latenciesMs: number[] = [];
  private count = 0;
  private elapsedMs = 0;

  add(result: ConcurrentResult): void {
    for (const latency of result.latenciesMs) this.latenciesMs.push(latency);
    this.count += result.count;
    this.elapsedMs += result.elapsedMs;
  }

  get requestsPerSecond(): number {
    return this.count / (this.elapsedMs / 1000);
  }
}

/** The real import, in-process: PostcodeImporter over its own DataSource. */
export async function importDistricts(url: string): Promise<void> {
  const dataSource = new DataSource(
    dataSourceOptions({ url, poolSize: 1, applicationName: 'bench-import', migrations: MIGRATIONS }),
  );
  await dataSource.initialize();
  try {
    await new PostcodeImporter(new Database(dataSource)).importFile(OUTCODES);
  } finally {
    await dataSource.destroy();
  }
}

export function readDistricts(): District[] {
  const lines = readFileSync(OUTCODES, 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
  const rows = lines.map((line) => splitCsvLine(line));
  const perCity = new Map<string, number>();
  for (const row of rows) if (row[5]) perCity.set(row[5], (perCity.get(row[5]) ?? 0) + 1);
  return rows
    .filter((row) => !row[0].startsWith('BT')) // Northern Ireland is on the Irish Grid; it has no rows here
    .map((row) => ({
      code: row[0],
      city: row[5],
      latitude: Number(row[3]),
      longitude: Number(row[4]),
      // A district of a city with 20 districts is busy; one with no town named is rural.
      weight: row[5] ? 1 + 2 * (perCity.get(row[5]) ?? 1) : 1,
    }))
    .filter((district) => Number.isFinite(district.latitude) && Number.isFinite(district.longitude));
}

// ---- Listings ------------------------------------------------------------------------------------------

const CATEGORIES: [Activity, number][] = [
  [Activity.HOME_HELP, 25],
  [Activity.COMPANIONSHIP, 20],
  [Activity.PERSONAL_CARE, 18],
  [Activity.DAY_ACTIVITIES, 10],
  [Activity.MEALS, 10],
  [Activity.TRANSPORT, 8],
  [Activity.OTHER, 7],
  [Activity.SHARED_LIVES, 2],
];
const NAMES = ['Margaret', 'Joan', 'Priya', 'Siobhan', 'Dave', 'Kwame', 'Ewan', 'Bronwen', 'Aisha', 'Tomasz'];
const WORDS: Record<Activity, string[]> = {
  [Activity.HOME_HELP]: ['cleaning', 'shopping', 'ironing', 'gardening', 'tidying'],
  [Activity.COMPANIONSHIP]: ['company', 'walks', 'chats', 'outings', 'reading'],
  [Activity.PERSONAL_CARE]: ['washing', 'dressing', 'bathing', 'medication', 'morning care'],
  [Activity.DAY_ACTIVITIES]: ['craft club', 'music group', 'allotment', 'day trips', 'cooking club'],
  [Activity.MEALS]: ['lunch club', 'hot meals', 'meal delivery', 'batch cooking', 'home baking'],
  [Activity.TRANSPORT]: ['lifts', 'hospital trips', 'shopping trips', 'wheelchair taxi', 'school runs'],
  [Activity.SHARED_LIVES]: ['shared lives', 'short breaks', 'family home', 'respite', 'live in'],
  [Activity.OTHER]: ['pet care', 'computer help', 'letters', 'paperwork', 'handyman'],
};
const SENTENCES = [
  'Help getting washed and dressed in the morning.',
  'Always time for a cup of tea and a chat.',
  'Twenty years of caring for older neighbours.',
  'DBS checked and insured; references on request.',
  'Happy to help with pets and plants too.',
  'Welsh and English spoken.',
  'Evenings and weekends by arrangement.',
  'Short notice is fine; just ring.',
];
const UNITS: [string, number, number][] = [
  ['HOUR', 1200, 3200],
  ['SESSION', 1500, 6000],
  ['DAY', 6000, 16000],
];
const COLUMNS = [
  'enterprise_id',
  'area_id',
  'title',
  'description',
  'category',
  'price_pence',
  'price_unit',
  'postcode',
  'district',
  'latitude',
  'longitude',
  'travel_miles',
  'available_days',
  'status',
  'verified',
  'published_at',
];
const BATCH = 2_000;

export async function seedListings(pool: Pool, districts: District[], random: () => number): Promise<void> {
  const enterprises = LISTINGS / LISTINGS_PER_ENTERPRISE;
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO enterprises (area_id, name, legal_structure, postcode, district)
     SELECT $1, 'Bench enterprise ' || n, 'SOLE_TRADER', 'TA1 1AA', 'TA1' FROM generate_series(1, $2::int) n
     RETURNING id`,
    [UNASSIGNED_AREA, enterprises],
  );
  const pick = weightedPicker(districts, (district) => district.weight, random);
  for (let start = 0; start < LISTINGS; start += BATCH) {
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (let i = start; i < Math.min(start + BATCH, LISTINGS); i++) {
      const row = listingRow(rows[i % enterprises].id, pick(), random);
      tuples.push(`(${row.map((_, c) => `$${values.length + c + 1}`).join(', ')})`);
      values.push(...row);
    }
    await pool.query(`INSERT INTO listings (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, values);
  }
}

function listingRow(enterpriseId: string, district: District, random: () => number): unknown[] {
  const category = weighted(CATEGORIES, random);
  const words = WORDS[category];
  const name = NAMES[Math.floor(random() * NAMES.length)];
  const word = words[Math.floor(random() * words.length)];
  const place = district.city || district.code;
  const [unit, low, high] = UNITS[random() < 0.7 ? 0 : random() < 0.6 ? 1 : 2];
  return [
    enterpriseId,
    UNASSIGNED_AREA,
    random() < 0.5 ? `${name}'s ${word}` : `${capitalise(word)} in ${place}`,
    `Friendly ${word} and ${words[Math.floor(random() * words.length)]} around ${place}. ` +
      SENTENCES[Math.floor(random() * SENTENCES.length)],
    category,
    Math.round((low + random() * (high - low)) / 50) * 50,
    unit,
    `${district.code} ${1 + Math.floor(random() * 9)}AA`,
    district.code,
    // Spread over the district, about a mile or two either way of its centre.
    district.latitude + (random() - 0.5) * 0.04,
    district.longitude + (random() - 0.5) * 0.06,
    [0, 2, 5, 10, 15][Math.floor(random() * 5)],
    1 + Math.floor(random() * 127),
    'PUBLISHED',
    random() < 0.9,
    new Date(),
  ];
}

// ---- Searches ------------------------------------------------------------------------------------------

export function randomSearch(districts: District[], random: () => number): Search {
  const pickBusy = weightedPicker(districts, (district) => district.weight, random);
  const district = random() < 0.7 ? pickBusy() : districts[Math.floor(random() * districts.length)];
  const radiusMiles = round(2 + random() * 23, 1);
  const category = random() < 0.4 ? weighted(CATEGORIES, random) : undefined;
  const text =
    random() < 0.25
      ? random() < 0.3
        ? typo(NAMES[Math.floor(random() * NAMES.length)], random)
        : WORDS[category ?? Activity.HOME_HELP][Math.floor(random() * 5)]
      : undefined;
  const maxPricePence = random() < 0.2 ? 1500 + Math.floor(random() * 25) * 100 : undefined;
  const days = Object.values(DayOfWeek);
  const dayOfWeek = random() < 0.2 ? days[Math.floor(random() * days.length)] : undefined;
  const input = { postcode: district.code, radiusMiles, category, text, maxPricePence, dayOfWeek };
  return {
    input,
    criteria: {
      latitude: district.latitude,
      longitude: district.longitude,
      radiusMiles,
      category: category ?? null,
      text: text ?? null,
      maxPricePence: maxPricePence ?? null,
      dayOfWeek: dayOfWeek ?? null,
      verifiedOnly: true,
    },
  };
}

/** A name as someone in a hurry types it: one letter dropped. */
function typo(name: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (name.length - 2));
  return name.slice(0, at) + name.slice(at + 1);
}

// ---- Small helpers -------------------------------------------------------------------------------------

/** mulberry32: the same listings and searches on every run, so runs compare. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(choices: [T, number][], random: () => number): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random() * total;
  for (const [choice, weight] of choices) {
    left -= weight;
    if (left < 0) return choice;
  }
  return choices[choices.length - 1][0];
}

/** Picks by weight in O(log n), for 100,000 picks over 2,800 districts. */
function weightedPicker<T>(items: T[], weightOf: (item: T) => number, random: () => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += weightOf(item)));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return items[low];
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
