import { createTestApp, TestApp } from '@small-places/testing';
import {
  chordOf,
  earthPoint,
  metresOfChord,
  pointBox,
} from '../../../libs/marketplace/src/search/earth-geometry';

/**
 * Search works earthdistance's geometry out in TypeScript (libs/marketplace/src/search/earth-geometry.ts) and
 * passes it as values; here it is checked against the extension itself, on the database.
 */
describe('search geometry agrees with earthdistance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: false });
  });
  afterAll(() => t?.close());

  const places: [string, number, number][] = [
    ['Taunton', 51.01234, -3.10203],
    ['Lerwick', 60.15438, -1.14509],
    ['Penzance', 50.1186, -5.53716],
    ['Lowestoft', 52.47535, 1.74516],
    ['the equator at Greenwich', 0, 0],
  ];

  it.each(places)('puts %s where ll_to_earth does', async (_place, latitude, longitude) => {
    const [row] = await t.dataSource.query(
      `SELECT cube_ll_coord(p, 1) AS x, cube_ll_coord(p, 2) AS y, cube_ll_coord(p, 3) AS z
         FROM (SELECT ll_to_earth($1, $2) AS p) o`,
      [latitude, longitude],
    );
    const [x, y, z] = earthPoint(latitude, longitude);
    expect(x).toBeCloseTo(row.x, 6);
    expect(y).toBeCloseTo(row.y, 6);
    expect(z).toBeCloseTo(row.z, 6);
  });

  it.each([0, 1609.344, 40_233.6, 160_934.4, -5, 30_000_000])(
    'turns %d metres into the chord gc_to_sec gives, and back as sec_to_gc does',
    async (metres) => {
      const [row] = await t.dataSource.query(
        'SELECT gc_to_sec($1::float8) AS chord, sec_to_gc(gc_to_sec($1::float8)) AS back',
        [metres],
      );
      expect(chordOf(metres)).toBeCloseTo(row.chord, 6);
      expect(metresOfChord(chordOf(metres))).toBeCloseTo(row.back, 6);
    },
  );

  it('makes the box earth_box makes, and measures what <-> measures', async () => {
    const point = earthPoint(51.01234, -3.10203);
    const [low, high] = pointBox(point, chordOf(25 * 1609.344));
    const [row] = await t.dataSource.query(
      `SELECT ARRAY[cube_ll_coord(b, 1), cube_ll_coord(b, 2), cube_ll_coord(b, 3)] AS low,
              ARRAY[cube_ur_coord(b, 1), cube_ur_coord(b, 2), cube_ur_coord(b, 3)] AS high,
              ll_to_earth(51.5, -0.1) <-> $3::cube AS chord
         FROM (SELECT earth_box(ll_to_earth($1, $2), 25 * 1609.344) AS b) box`,
      [51.01234, -3.10203, `(${point.join(', ')})`],
    );
    low.forEach((axis, i) => expect(axis).toBeCloseTo(row.low[i], 6));
    high.forEach((axis, i) => expect(axis).toBeCloseTo(row.high[i], 6));
    const london = earthPoint(51.5, -0.1);
    expect(Math.hypot(...london.map((axis, i) => axis - point[i]))).toBeCloseTo(row.chord, 6);
  });
});
