/**
 * earthdistance's geometry (PostgreSQL contrib, cube-based), worked out in TypeScript so that a search passes
 * its origin, radius and box as values instead of calling earthdistance's SQL functions (ll_to_earth,
 * gc_to_sec, earth_box, sec_to_gc) in every statement. The formulas are the extension's own; the e2e test
 * `search-geometry` checks them against it.
 */

/** earthdistance's `earth()`: the radius of the earth it assumes, in metres. */
export const EARTH_RADIUS_METRES = 6378168;

export type EarthPoint = [number, number, number];

/** As PostgreSQL does it: times one constant. */
const RADIANS_PER_DEGREE = Math.PI / 180;
const radians = (degrees: number) => degrees * RADIANS_PER_DEGREE;

/** `ll_to_earth(latitude, longitude)`: the point on the sphere, as x, y, z in metres. */
export function earthPoint(latitude: number, longitude: number): EarthPoint {
  const lat = radians(latitude);
  const lon = radians(longitude);
  return [
    EARTH_RADIUS_METRES * Math.cos(lat) * Math.cos(lon),
    EARTH_RADIUS_METRES * Math.cos(lat) * Math.sin(lon),
    EARTH_RADIUS_METRES * Math.sin(lat),
  ];
}

/** `gc_to_sec(metres)`: a distance along the surface as the straight line through the earth (the chord). */
export function chordOf(metres: number): number {
  if (metres < 0) return 0;
  if (metres / EARTH_RADIUS_METRES > Math.PI) return 2 * EARTH_RADIUS_METRES;
  return 2 * EARTH_RADIUS_METRES * Math.sin(metres / (2 * EARTH_RADIUS_METRES));
}

/** `sec_to_gc(chord)`: the chord back to a distance along the surface, in metres. */
export function metresOfChord(chord: number): number {
  if (chord < 0) return 0;
  if (chord / (2 * EARTH_RADIUS_METRES) > 1) return Math.PI * EARTH_RADIUS_METRES;
  return 2 * EARTH_RADIUS_METRES * Math.asin(chord / (2 * EARTH_RADIUS_METRES));
}

/** `earth_box(point, metres)` given the chord: the cube reaching `chord` from the point along every axis. */
export function pointBox(point: EarthPoint, chord: number): [EarthPoint, EarthPoint] {
  return [point.map((axis) => axis - chord) as EarthPoint, point.map((axis) => axis + chord) as EarthPoint];
}

/** A point as a cube literal, to pass as a `::cube` value. */
export function cubeLiteral([x, y, z]: EarthPoint): string {
  return `(${x}, ${y}, ${z})`;
}

/** `earth_box(point, metres)` given the chord, as a cube literal. */
export function boxLiteral(point: EarthPoint, chord: number): string {
  const [low, high] = pointBox(point, chord);
  return `${cubeLiteral(low)},${cubeLiteral(high)}`;
}
