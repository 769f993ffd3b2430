import { Activity } from '@small-places/compliance';
import { createHash } from 'node:crypto';
import { dayBit, DayOfWeek } from '../listings/listing-vocabulary';
import { boxLiteral, chordOf, cubeLiteral, earthPoint } from './earth-geometry';

export const METRES_PER_MILE = 1609.344;

/** What a search asks for, with its origin already geocoded. */
export interface ListingSearchCriteria {
  latitude: number;
  longitude: number;
  radiusMiles: number;
  category?: Activity | null;
  /** Trimmed, non-empty; absent for a search by distance only. */
  text?: string | null;
  maxPricePence?: number | null;
  dayOfWeek?: DayOfWeek | null;
  verifiedOnly: boolean;
  /** Only listings whose provider is taking new people. */
  takingNewPeople?: boolean | null;
}

/**
 * Where a page starts: the sort key of the last row of the previous page. `chord` is the straight-line
 * distance through the earth that the GiST index orders by (it rises with the distance along the surface).
 */
export type SearchCursor =
  | { kind: 'distance'; chord: number; id: string }
  | { kind: 'relevance'; relevance: number; chord: number; id: string };

export interface SqlStatement {
  text: string;
  values: unknown[];
  /**
   * The name of a prepared statement for this text, one per query shape (which filters, which order, a
   * cursor or not): PostgreSQL parses it once per connection and, once its plan is settled, stops planning
   * it (docs/performance.md). `pg` takes it as `query({ name, text, values })`.
   */
  name: string;
}

/** One row of a search page, as PostgreSQL returns it. */
export interface ListingSearchRow {
  id: string;
  enterprise_id: string;
  title: string;
  description: string;
  category: Activity;
  price_pence: number;
  price_unit: string;
  capacity: string;
  verified: boolean;
  district: string;
  travel_miles: number;
  published_at: Date | null;
  /** Straight-line distance through the earth from the origin, in metres; `metresOfChord` turns it into miles. */
  chord: number;
  relevance: number | null;
  enterprise_name: string;
}

/** Collects positional parameters so each piece of SQL names its own value. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

// `l.place` is the stored ll_to_earth(latitude, longitude) that the partial GiST index covers; the literal
// `status = 'PUBLISHED'` must stay a literal so the planner can prove the partial indexes apply. The origin,
// the radius as a chord and the box around the circle are worked out here (earth-geometry.ts) and passed as
// values: earthdistance's ll_to_earth, earth_box and gc_to_sec are SQL functions, which PostgreSQL would
// otherwise run at every planning (a third of a distance search's planning time) or, in a cached plan, per row.

interface Shape {
  params: Params;
  /** Conditions that do not depend on where the listing is. */
  filters: string[];
  /** The listing's straight-line distance from the origin, in metres; the GiST index orders by it. */
  chord: string;
  /** The radius as a chord, so the comparison runs in C. */
  withinRadius: string;
  /** The radius as a chord parameter. */
  radiusChord: string;
  /** The cube around the circle, which the GiST index can search; a parameter added on first use. */
  inBox(): string;
  /** The text parameter, when the search has text. */
  text: string | null;
  /** The two ways a listing matches the text (its words, or its name typed with a typo); empty without text. */
  textMatches: string[];
}

function shapeOf(criteria: ListingSearchCriteria): Shape {
  const params = new Params();
  const point = earthPoint(criteria.latitude, criteria.longitude);
  const radiusChord = chordOf(criteria.radiusMiles * METRES_PER_MILE);
  const origin = params.add(cubeLiteral(point), 'cube');
  const radius = params.add(radiusChord, 'float8');
  const chord = `l.place <-> ${origin}`;
  const filters = [`l.status = 'PUBLISHED'`];
  if (criteria.verifiedOnly) filters.push('l.verified');
  if (criteria.takingNewPeople) filters.push(`l.capacity = 'TAKING_NEW_PEOPLE'`);
  if (criteria.category) filters.push(`l.category = ${params.add(criteria.category, 'text')}`);
  if (criteria.maxPricePence != null) {
    filters.push(`l.price_pence <= ${params.add(criteria.maxPricePence, 'int4')}`);
  }
  if (criteria.dayOfWeek) {
    filters.push(`l.available_days & ${params.add(dayBit(criteria.dayOfWeek), 'int2')} <> 0`);
  }
  let text: string | null = null;
  const textMatches: string[] = [];
  if (criteria.text) {
    text = params.add(criteria.text, 'text');
    // Stemmed words anywhere in title or description, or a name typed with a typo (trigrams on the title).
    textMatches.push(`l.search @@ ${tsQuery(text)}`, `${text} <% l.title`);
  }
  let box: string | null = null;
  return {
    params,
    filters,
    chord,
    withinRadius: `${chord} <= ${radius}`,
    radiusChord: radius,
    inBox: () => `${(box ??= params.add(boxLiteral(point, radiusChord), 'cube'))} @> l.place`,
    text,
    textMatches,
  };
}

/**
 * The text as a query, worked out once per statement: as a sub-select it is an InitPlan, whose value a cached
 * (generic) plan computes once, where a bare function call on a parameter would be parsed again for every row.
 */
export function tsQuery(text: string): string {
  return `(SELECT websearch_to_tsquery('english', ${text}))`;
}

const COLUMNS = `l.id, l.enterprise_id, l.title, l.description, l.category, l.price_pence, l.price_unit, l.capacity,
         l.verified, l.district, l.travel_miles, l.published_at`;

/**
 * One page of a search: nearest first, or most relevant first (then nearest) when text is given, with the
 * id as the last key so that rows at the same place keep a stable order between pages. The service and the
 * benchmark's raw-SQL side both run exactly this.
 *
 * By distance, the inner query walks the GiST index nearest-first and stops after one page of matches;
 * the radius is applied to that page outside it, because matches within the radius are a prefix of the
 * nearest ones. Checking the radius inside instead would let the planner, which cannot estimate how many
 * listings a circle holds, choose to fetch and sort every listing in the circle, and would keep a sparse
 * search walking past the radius to fill its page (docs/marketplace.md).
 */
export function listingSearchSql(
  criteria: ListingSearchCriteria,
  page: { limit: number; after?: SearchCursor | null },
): SqlStatement {
  const shape = shapeOf(criteria);
  const found = shape.text ? byRelevance(shape, page) : byDistance(shape, page);
  const order = shape.text ? 'page.relevance DESC, page.chord, page.id' : 'page.chord, page.id';
  // The enterprise's public name comes with the page (one primary-key probe a row), so a results page is one
  // statement rather than two.
  return named({
    text: `SELECT page.*, e.name AS enterprise_name
  FROM (${found.text}) page
  JOIN crm_enterprise_directory e ON e.id = page.enterprise_id
 ORDER BY ${order}`,
    values: found.values,
  });
}

const names = new Map<string, string>();

/** Names a statement after its text: the same shape always gets the same name, in any process. */
function named(statement: { text: string; values: unknown[] }): SqlStatement {
  let name = names.get(statement.text);
  if (name === undefined) {
    name = `listing_search_${createHash('sha1').update(statement.text).digest('hex').slice(0, 16)}`;
    names.set(statement.text, name);
  }
  return { ...statement, name };
}

function byDistance(
  shape: Shape,
  page: { limit: number; after?: SearchCursor | null },
): { text: string; values: unknown[] } {
  const { params, filters, chord, radiusChord } = shape;
  const where = [...filters];
  if (page.after?.kind === 'distance') {
    where.push(
      `(${chord}, l.id) > (${params.add(page.after.chord, 'float8')}, ${params.add(page.after.id, 'uuid')})`,
    );
  }
  const limit = params.add(page.limit, 'int4');
  // The index can order by the distance alone, not by (distance, id): the inner query takes the page by
  // distance with every row tied with its last, and the outer one puts ties in id order and cuts the page.
  return {
    text: `SELECT nearest.*, NULL::float8 AS relevance
  FROM (SELECT ${COLUMNS}, ${chord} AS chord
          FROM listings l
         WHERE ${where.join('\n           AND ')}
         ORDER BY ${chord}
         FETCH FIRST (${limit}) ROWS WITH TIES) nearest
 WHERE nearest.chord <= ${radiusChord}
 ORDER BY nearest.chord, nearest.id
 LIMIT ${limit}`,
    values: params.values,
  };
}

/** How many of the nearest matches a text search ranks; docs/marketplace.md says why. */
export const RANKED_CANDIDATES = 200;

const NAMES = [
  'id',
  'enterprise_id',
  'title',
  'description',
  'category',
  'price_pence',
  'price_unit',
  'capacity',
  'verified',
  'district',
  'travel_miles',
  'published_at',
];

/**
 * By relevance: the nearest RANKED_CANDIDATES matches within the radius are ranked, most relevant first, then
 * nearest. Ranking every match instead costs ~10 µs a row: 150 ms for a common word across London.
 *
 * The candidates are found by two nearest-first walks of the (place, words, title trigrams) GiST index, one
 * for each way of matching, each stopping after RANKED_CANDIDATES matches in the box around the circle; the
 * nearest RANKED_CANDIDATES of the two (ties included, a listing found by both counted once) are exactly the
 * nearest matches of either kind. Finding every match in the box and sorting them instead (a BitmapOr of the
 * two conditions) read every listing in the box: 25–30 ms for a common word across London against 7 ms
 * (docs/performance.md, seventh pass). The walks are what PostgreSQL chooses for the cached generic plan the
 * API's connections use (`plan_cache_mode = force_generic_plan`); search-plan.e2e-spec.ts holds it to that.
 */
function byRelevance(
  shape: Shape,
  page: { limit: number; after?: SearchCursor | null },
): { text: string; values: unknown[] } {
  const { params, filters, chord, radiusChord, textMatches } = shape;
  const text = shape.text!;
  const inBox = shape.inBox();
  const relevance = `round((ts_rank(c.search, ${tsQuery(text)}) + word_similarity(${text}, c.title))::numeric, 2)::float8`;
  const walks = textMatches.map(
    (match) => `(SELECT ${COLUMNS}, l.search, ${chord} AS chord
                    FROM listings l
                   WHERE ${[...filters, inBox, match].join('\n                     AND ')}
                   ORDER BY ${chord}
                   FETCH FIRST ${RANKED_CANDIDATES} ROWS WITH TIES)`,
  );
  const where: string[] = [];
  const after = page.after;
  if (after?.kind === 'relevance') {
    const rel = params.add(after.relevance, 'float8');
    const afterChord = params.add(after.chord, 'float8');
    const id = params.add(after.id, 'uuid');
    where.push(
      `(ranked.relevance < ${rel} OR (ranked.relevance = ${rel} AND (ranked.chord, ranked.id) > (${afterChord}, ${id})))`,
    );
  }
  const limit = params.add(page.limit, 'int4');
  return {
    text: `SELECT ranked.*
  FROM (SELECT ${NAMES.map((name) => `c.${name}`).join(', ')}, c.chord, ${relevance} AS relevance
          FROM (SELECT matches.*
                  FROM (SELECT DISTINCT ON (found.chord, found.id) found.*
                          FROM (${walks.join('\n                        UNION ALL ')}) found
                         WHERE found.chord <= ${radiusChord}
                         ORDER BY found.chord, found.id) matches
                 ORDER BY matches.chord
                 FETCH FIRST ${RANKED_CANDIDATES} ROWS WITH TIES) c) ranked
 ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
 ORDER BY ranked.relevance DESC, ranked.chord, ranked.id
 LIMIT ${limit}`,
    values: params.values,
  };
}

/** How many listings match, for `totalCount`; run only when a client asks for it. */
export function listingCountSql(criteria: ListingSearchCriteria): SqlStatement {
  const { params, filters, inBox, withinRadius, textMatches } = shapeOf(criteria);
  const text = textMatches.length > 0 ? [`(${textMatches.join(' OR ')})`] : [];
  const conditions = [...filters, ...text, inBox(), withinRadius];
  return named({
    text: `SELECT count(*)::int AS count FROM listings l WHERE ${conditions.join(' AND ')}`,
    values: params.values,
  });
}

/** The cursor pointing at a row: what the next page continues after. */
export function cursorOf(row: ListingSearchRow): SearchCursor {
  return row.relevance === null
    ? { kind: 'distance', chord: row.chord, id: row.id }
    : { kind: 'relevance', relevance: row.relevance, chord: row.chord, id: row.id };
}

/** A cursor as its key values, in sort order (for the platform's opaque cursor encoding). */
export function cursorValues(cursor: SearchCursor): unknown[] {
  return cursor.kind === 'distance' ? [cursor.chord, cursor.id] : [cursor.relevance, cursor.chord, cursor.id];
}

export function metresToMiles(metres: number): number {
  return metres / METRES_PER_MILE;
}

export { metresOfChord } from './earth-geometry';
