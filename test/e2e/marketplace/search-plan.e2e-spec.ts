import { Activity } from '@small-places/compliance';
import {
  cursorOf,
  DayOfWeek,
  ListingSearchCriteria,
  ListingSearchRow,
  listingCountSql,
  listingSearchSql,
  PostcodeImporter,
  PublicListingFilter,
  publicListingPageSql,
  SearchCursor,
  SqlStatement,
} from '@small-places/marketplace';
import { createTestApp, TestApp } from '@small-places/testing';
import { OUTCODES } from './marketplace-fixture';

const LISTINGS = 20_000;
/** Both GiST indexes lead with the place, so either can answer "in this box". */
const GIST = ['listings_place_gist', 'listings_text_gist'];
const UNASSIGNED_AREA = '00000000-0000-4000-8000-000000000000';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Order By'?: string;
  'Plan Rows'?: number;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

/**
 * Every search must be an index scan on a table big enough for the planner to prefer a sequential scan if it
 * could: 20,000 published listings over the real districts, analysed.
 */
describe('search query plans', () => {
  let t: TestApp;
  // Taunton, from uk-outcodes.csv.
  const origin = { latitude: 51.01234, longitude: -3.10203 };

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
    await t.app.get(PostcodeImporter).importFile(OUTCODES);
    await t.dataSource.query(
      `INSERT INTO enterprises (area_id, name, legal_structure, postcode, district)
       SELECT $1, 'Plan enterprise ' || n, 'SOLE_TRADER', 'TA1 1AA', 'TA1' FROM generate_series(1, 200) n`,
      [UNASSIGNED_AREA],
    );
    await t.dataSource.query(
      `WITH districts AS (SELECT row_number() OVER (ORDER BY postcode) AS n, postcode, latitude, longitude
                            FROM postcode_centroids),
            enterprise AS (SELECT row_number() OVER (ORDER BY id) AS n, id FROM enterprises)
       INSERT INTO listings (enterprise_id, area_id, title, description, category, price_pence, price_unit,
                             postcode, district, latitude, longitude, travel_miles, available_days, status,
                             verified, published_at)
       SELECT e.id, $1, 'Listing ' || g || ' ' || (ARRAY['cleaning', 'care', 'lunch club', 'lifts'])[g % 4 + 1],
              'Friendly help, washed and dressed, shopping and company ' || g,
              (ARRAY['PERSONAL_CARE','HOME_HELP','COMPANIONSHIP','DAY_ACTIVITIES','MEALS','TRANSPORT',
                     'SHARED_LIVES','OTHER'])[g % 8 + 1],
              1000 + g % 2000, 'HOUR', d.postcode, d.postcode,
              d.latitude + (g % 7) * 0.001, d.longitude - (g % 5) * 0.001, 10, 1 + g % 127, 'PUBLISHED',
              g % 10 <> 0, now()
         FROM generate_series(1, $2::int) g
         JOIN districts d ON d.n = 1 + (g * 7919) % (SELECT count(*) FROM districts)
         JOIN enterprise e ON e.n = 1 + g % 200`,
      [UNASSIGNED_AREA, LISTINGS],
    );
    await t.dataSource.query('ANALYZE listings');
  }, 120_000);
  afterAll(() => t?.close());

  async function planOf(statement: SqlStatement): Promise<PlanNode[]> {
    const [row] = await t.dataSource.query(`EXPLAIN (FORMAT JSON) ${statement.text}`, statement.values);
    const plan = (row['QUERY PLAN'] as { Plan: PlanNode }[])[0].Plan;
    return nodesOf(plan);
  }

  const base: ListingSearchCriteria = { ...origin, radiusMiles: 10, verifiedOnly: true };
  it.each<[string, Partial<ListingSearchCriteria>, string[]]>([
    ['distance only', {}, GIST],
    ['a category', { category: Activity.HOME_HELP }, GIST],
    [
      'a wide radius, price and day',
      { radiusMiles: 100, maxPricePence: 1500, dayOfWeek: DayOfWeek.MONDAY },
      GIST,
    ],
    [
      'text',
      { text: 'dressing' },
      ['listings_place_gist', 'listings_text_gist', 'listings_search_gin', 'listings_title_trgm'],
    ],
    [
      'a name with a typo',
      { text: 'Lisitng 42' },
      ['listings_place_gist', 'listings_text_gist', 'listings_search_gin', 'listings_title_trgm'],
    ],
  ])('a search by %s uses an index, not a sequential scan', async (_what, extra, indexes) => {
    const criteria = { ...base, ...extra };
    for (const statement of [listingSearchSql(criteria, { limit: 21 }), listingCountSql(criteria)]) {
      const nodes = await planOf(statement);
      const onListings = nodes.filter((node) => node['Relation Name'] === 'listings' || node['Index Name']);
      expect(onListings.some((node) => node['Node Type'] === 'Seq Scan')).toBe(false);
      expect(onListings.some((node) => indexes.includes(node['Index Name'] ?? ''))).toBe(true);
    }
  });

  it('walks the GiST index nearest-first (KNN) rather than sorting every match', async () => {
    for (const extra of [{}, { category: Activity.MEALS, radiusMiles: 25 }, { radiusMiles: 2 }]) {
      const nodes = await planOf(listingSearchSql({ ...base, ...extra }, { limit: 21 }));
      const scan = nodes.find((node) => node['Index Name'] === 'listings_place_gist');
      expect(scan?.['Node Type']).toBe('Index Scan');
      expect(scan?.['Order By']).toMatch(/<->/);
    }
  });

  /** The plan PostgreSQL caches for the statement when it plans without the values, as the API's connections do. */
  async function genericPlanOf(statement: { text: string; values: unknown[] }): Promise<PlanNode[]> {
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    const literal = (value: unknown): string =>
      typeof value === 'number'
        ? String(value)
        : Array.isArray(value)
          ? `ARRAY[${value.map(literal).join(', ')}]`
          : `'${String(value).replace(/'/g, "''")}'`;
    try {
      await runner.query('SET plan_cache_mode = force_generic_plan');
      await runner.query(`PREPARE generic AS ${statement.text}`);
      const [row] = await runner.query(
        `EXPLAIN (FORMAT JSON) EXECUTE generic(${statement.values.map(literal).join(', ')})`,
      );
      await runner.query('DEALLOCATE generic');
      return nodesOf((row['QUERY PLAN'] as { Plan: PlanNode }[])[0].Plan);
    } finally {
      await runner.query('RESET plan_cache_mode');
      await runner.release();
    }
  }

  it('keeps those plans when PostgreSQL caches one generic plan for a named statement', async () => {
    // The API runs each query shape as a named prepared statement; after five runs PostgreSQL may keep a
    // generic plan, made without the values. It must be as good as the plans above.
    const cases: [Partial<ListingSearchCriteria>, string[], boolean][] = [
      [{}, ['listings_place_gist'], true],
      [
        { category: Activity.MEALS, maxPricePence: 1500, dayOfWeek: DayOfWeek.MONDAY },
        ['listings_place_gist'],
        true,
      ],
    ];
    for (const [extra, indexes, nearestFirst] of cases) {
      const nodes = await genericPlanOf(listingSearchSql({ ...base, ...extra }, { limit: 21 }));
      const onListings = nodes.filter((node) => node['Relation Name'] === 'listings' || node['Index Name']);
      expect(onListings.some((node) => node['Node Type'] === 'Seq Scan')).toBe(false);
      const scan = onListings.find((node) => indexes.includes(node['Index Name'] ?? ''));
      expect(scan).toBeDefined();
      if (nearestFirst) expect(scan?.['Order By']).toMatch(/<->/);
    }
  });

  it('finds the candidates of a text search by two nearest-first walks in the generic plan, not by reading the whole box', async () => {
    // A BitmapOr of the two text conditions read every listing in the box before sorting: 25–30 ms for a common
    // word across London against ~4 ms for the walks, which stop after RANKED_CANDIDATES matches each
    // (docs/performance.md, seventh pass).
    for (const extra of [
      { text: 'dressing' },
      { text: 'Lisitng 42', category: Activity.MEALS, maxPricePence: 1500 },
      { text: 'lunch', radiusMiles: 25, dayOfWeek: DayOfWeek.MONDAY, takingNewPeople: true },
    ]) {
      const nodes = await genericPlanOf(listingSearchSql({ ...base, ...extra }, { limit: 21 }));
      const onListings = nodes.filter((node) => node['Relation Name'] === 'listings' || node['Index Name']);
      const walks = onListings.filter((node) => node['Index Name'] === 'listings_text_gist');
      expect(walks).toHaveLength(2);
      for (const walk of walks) {
        expect(walk['Node Type']).toBe('Index Scan');
        expect(walk['Order By']).toMatch(/<->/);
      }
      expect(onListings.map((node) => node['Node Type'])).not.toContain('Bitmap Heap Scan');
      expect(onListings.map((node) => node['Node Type'])).not.toContain('Seq Scan');
    }
  });

  it('ranks exactly the nearest 200 matches within the radius, as earthdistance and a plain query find them', async () => {
    // The reference: every match within the radius by earthdistance's own functions, nearest 200 (ties
    // included), ranked. The search finds its candidates another way (two index walks); the answer must agree.
    const reference = (criteria: ListingSearchCriteria) =>
      t.dataSource.query<{ id: string; relevance: number }[]>(
        `WITH o AS (SELECT ll_to_earth($1, $2) AS place, websearch_to_tsquery('english', $4) AS words)
         SELECT ranked.id, ranked.relevance
           FROM (SELECT l.id, l.place <-> o.place AS chord,
                        round((ts_rank(l.search, o.words) + word_similarity($4, l.title))::numeric, 2)::float8
                          AS relevance
                   FROM listings l, o
                  WHERE l.status = 'PUBLISHED' AND l.verified
                    AND (l.search @@ o.words OR $4 <% l.title)
                    AND earth_distance(o.place, l.place) <= $3 * 1609.344
                    AND ($5::text IS NULL OR l.category = $5)
                  ORDER BY chord
                  FETCH FIRST 200 ROWS WITH TIES) ranked
          ORDER BY ranked.relevance DESC, ranked.chord, ranked.id`,
        [origin.latitude, origin.longitude, criteria.radiusMiles, criteria.text, criteria.category ?? null],
      );
    const cases: Partial<ListingSearchCriteria>[] = [
      { text: 'shopping', radiusMiles: 60 },
      { text: 'cleaning', radiusMiles: 100 },
      { text: 'lunch club', radiusMiles: 40, category: Activity.DAY_ACTIVITIES },
      { text: 'Lisitng 42', radiusMiles: 200 },
      { text: 'nothing like it', radiusMiles: 25 },
    ];
    for (const extra of cases) {
      const criteria = { ...base, ...extra };
      const expected = await reference(criteria);
      if (extra.text === 'shopping') expect(expected.length).toBeGreaterThanOrEqual(200);
      // Page by page, 20 at a time, as a client walks it.
      const found: { id: string; relevance: number }[] = [];
      let after: SearchCursor | null = null;
      for (;;) {
        const page = listingSearchSql(criteria, { limit: 21, after });
        const rows: ListingSearchRow[] = await t.dataSource.query(page.text, page.values);
        found.push(...rows.slice(0, 20).map((row) => ({ id: row.id, relevance: row.relevance! })));
        if (rows.length <= 20) break;
        after = cursorOf(rows[19]);
      }
      expect(found).toEqual(expected);
    }
  });

  it('chooses an open-data page from the listings alone, then joins only that page, in a generic plan too', async () => {
    // Joined before the cut, or with a LIMIT the generic plan cannot see, a feed page read every match's
    // enterprise: 220 ms a page near a city centre instead of a few (docs/openreferral.md).
    const filters: PublicListingFilter[] = [
      {},
      { categories: [Activity.MEALS, Activity.HOME_HELP] },
      { near: { ...origin, metres: 16_000 } },
      { text: 'cleaning', near: { ...origin, metres: 40_000 } },
    ];
    for (const filter of filters) {
      for (const offset of [0, 500]) {
        const nodes = await genericPlanOf(publicListingPageSql(filter, { offset, limit: 50 }));
        expect(
          nodes.some((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'listings'),
        ).toBe(false);
        // The page is cut (at most 50 rows, as the planner expects it) before the listings are joined to anything.
        const cut = nodes.find((node) => node['Node Type'] === 'Limit');
        expect(cut?.['Plan Rows']).toBeLessThanOrEqual(50);
        expect(nodesOf(cut!).some((node) => node['Relation Name'] === 'enterprises')).toBe(false);
      }
    }
  });
});
