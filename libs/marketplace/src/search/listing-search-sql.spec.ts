import { Activity } from '@small-places/compliance';
import { DayOfWeek } from '../listings/listing-vocabulary';
import {
  cursorOf,
  cursorValues,
  ListingSearchRow,
  listingCountSql,
  listingSearchSql,
  METRES_PER_MILE,
} from './listing-search-sql';

const taunton = { latitude: 51.01234, longitude: -3.10203, radiusMiles: 10, verifiedOnly: true };

describe('the search SQL', () => {
  it('keeps the literals the partial indexes need, and passes every value as a parameter', () => {
    const { text, values } = listingSearchSql(
      { ...taunton, category: Activity.MEALS, maxPricePence: 2000, dayOfWeek: DayOfWeek.WEDNESDAY },
      { limit: 21 },
    );
    expect(text).toContain(`l.status = 'PUBLISHED'`);
    expect(text).toContain('ORDER BY l.place <-> ll_to_earth($1::float8, $2::float8)\n');
    expect(text).toContain('ROWS WITH TIES');
    expect(values).toEqual([51.01234, -3.10203, 10 * METRES_PER_MILE, 'MEALS', 2000, 4, 21]);
    expect(text).not.toMatch(/MEALS|2000/);
  });

  it('continues after a cursor by (distance, id), or by (relevance, distance, id) with text', () => {
    const id = '6f1c3c4e-8a59-4b47-9a35-3c5a4f6f8d21';
    const byDistance = listingSearchSql(taunton, { limit: 5, after: { kind: 'distance', chord: 12.5, id } });
    expect(byDistance.text).toContain(
      '(l.place <-> ll_to_earth($1::float8, $2::float8), l.id) > ($4::float8, $5::uuid)',
    );
    const byText = listingSearchSql(
      { ...taunton, text: 'dressing' },
      { limit: 5, after: { kind: 'relevance', relevance: 0.4, chord: 12.5, id } },
    );
    expect(byText.text).toContain('ranked.relevance < $6::float8');
    expect(byText.values).toEqual([
      51.01234,
      -3.10203,
      10 * METRES_PER_MILE,
      'dressing',
      200,
      0.4,
      12.5,
      id,
      5,
    ]);
  });

  it('counts inside the box and the exact radius', () => {
    const { text } = listingCountSql({ ...taunton, verifiedOnly: false });
    expect(text).toContain('earth_box(ll_to_earth($1::float8, $2::float8), $3::float8) @> l.place');
    expect(text).toContain('<= gc_to_sec($3::float8)');
    expect(text).not.toContain('l.verified');
  });

  it('makes a cursor from a row in sort-key order', () => {
    const row = { id: 'x', chord: 3, relevance: null } as unknown as ListingSearchRow;
    expect(cursorValues(cursorOf(row))).toEqual([3, 'x']);
    expect(cursorValues(cursorOf({ ...row, relevance: 0.5 }))).toEqual([0.5, 3, 'x']);
  });
});
