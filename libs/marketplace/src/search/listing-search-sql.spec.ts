import { Activity } from '@small-places/compliance';
import { DayOfWeek } from '../listings/listing-vocabulary';
import { chordOf, earthPoint, metresOfChord } from './earth-geometry';
import {
  cursorOf,
  cursorValues,
  ListingSearchRow,
  listingCountSql,
  listingSearchSql,
  METRES_PER_MILE,
} from './listing-search-sql';

const taunton = { latitude: 51.01234, longitude: -3.10203, radiusMiles: 10, verifiedOnly: true };
const origin = `(${earthPoint(51.01234, -3.10203).join(', ')})`;
const radius = chordOf(10 * METRES_PER_MILE);

describe('the search SQL', () => {
  it('keeps the literals the partial indexes need, and passes every value as a parameter', () => {
    const { text, values } = listingSearchSql(
      { ...taunton, category: Activity.MEALS, maxPricePence: 2000, dayOfWeek: DayOfWeek.WEDNESDAY },
      { limit: 21 },
    );
    expect(text).toContain(`l.status = 'PUBLISHED'`);
    expect(text).toContain('ORDER BY l.place <-> $1::cube\n');
    expect(text).toContain('ROWS WITH TIES');
    expect(values).toEqual([origin, radius, 'MEALS', 2000, 4, 21]);
    expect(text).not.toMatch(/MEALS|2000/);
    // No earthdistance SQL function is left for PostgreSQL to run while planning or per row.
    expect(text).not.toMatch(/ll_to_earth|gc_to_sec|sec_to_gc|earth_box/);
  });

  it('names each query shape, the same name for the same shape whatever the values', () => {
    const one = listingSearchSql({ ...taunton, category: Activity.MEALS }, { limit: 21 });
    const other = listingSearchSql(
      { ...taunton, latitude: 53.4, radiusMiles: 3, category: Activity.TRANSPORT },
      { limit: 6 },
    );
    const byDistanceOnly = listingSearchSql(taunton, { limit: 21 });
    const withText = listingSearchSql({ ...taunton, category: Activity.MEALS, text: 'lunch' }, { limit: 21 });
    expect(one.name).toMatch(/^listing_search_[0-9a-f]{16}$/);
    expect(other.name).toBe(one.name);
    expect(new Set([one.name, byDistanceOnly.name, withText.name, listingCountSql(taunton).name]).size).toBe(
      4,
    );
  });

  it('works the geometry out as earthdistance does', () => {
    // ll_to_earth(0, 0) is (earth(), 0, 0); a quarter of the way round is a chord of earth() × √2.
    expect(earthPoint(0, 0)).toEqual([6378168, 0, 0]);
    expect(chordOf((Math.PI / 2) * 6378168)).toBeCloseTo(6378168 * Math.SQRT2, 6);
    expect(metresOfChord(chordOf(16093.44))).toBeCloseTo(16093.44, 6);
    expect(chordOf(-1)).toBe(0);
  });

  it('continues after a cursor by (distance, id), or by (relevance, distance, id) with text', () => {
    const id = '6f1c3c4e-8a59-4b47-9a35-3c5a4f6f8d21';
    const byDistance = listingSearchSql(taunton, { limit: 5, after: { kind: 'distance', chord: 12.5, id } });
    expect(byDistance.text).toContain('(l.place <-> $1::cube, l.id) > ($3::float8, $4::uuid)');
    const byText = listingSearchSql(
      { ...taunton, text: 'dressing' },
      { limit: 5, after: { kind: 'relevance', relevance: 0.4, chord: 12.5, id } },
    );
    expect(byText.text).toContain('ranked.relevance < $5::float8');
    expect(byText.values).toEqual([
      origin,
      radius,
      'dressing',
      expect.stringMatching(/^\(.*\),\(.*\)$/),
      0.4,
      12.5,
      id,
      5,
    ]);
  });

  it('counts inside the box and the exact radius', () => {
    const { text } = listingCountSql({ ...taunton, verifiedOnly: false });
    expect(text).toContain('$3::cube @> l.place');
    expect(text).toContain('l.place <-> $1::cube <= $2::float8');
    expect(text).not.toContain('l.verified');
  });

  it('makes a cursor from a row in sort-key order', () => {
    const row = { id: 'x', chord: 3, relevance: null } as unknown as ListingSearchRow;
    expect(cursorValues(cursorOf(row))).toEqual([3, 'x']);
    expect(cursorValues(cursorOf({ ...row, relevance: 0.5 }))).toEqual([0.5, 3, 'x']);
  });
});
