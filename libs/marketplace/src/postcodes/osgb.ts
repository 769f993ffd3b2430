/**
 * British National Grid (OSGB36) eastings and northings to WGS84 latitude and longitude, for postcode files
 * that give only a grid reference (OS Code-Point Open). The formulas are Ordnance Survey's own, from
 * "A guide to coordinate systems in Great Britain" (transverse Mercator inverse, Annexe C; the seven
 * parameter Helmert transformation, section 6.6). Helmert is good to a few metres, far finer than a
 * postcode centroid needs, and keeps us free of OSTN15's 15 MB grid file.
 */

export interface LatLon {
  latitude: number;
  longitude: number;
}

interface Ellipsoid {
  a: number;
  b: number;
}

const AIRY_1830: Ellipsoid = { a: 6377563.396, b: 6356256.909 };
const WGS84: Ellipsoid = { a: 6378137, b: 6356752.314245 };

/** The National Grid's projection: true origin 49°N 2°W, false origin 400 km west and 100 km north of it. */
const GRID = {
  scale: 0.9996012717,
  lat0: toRadians(49),
  lon0: toRadians(-2),
  east0: 400000,
  north0: -100000,
};

/** OSGB36 to WGS84 (the inverse of OS's published WGS84 → OSGB36 parameters): metres, ppm, arc-seconds. */
const OSGB36_TO_WGS84 = {
  tx: 446.448,
  ty: -125.157,
  tz: 542.06,
  s: -20.4894,
  rx: 0.1502,
  ry: 0.247,
  rz: 0.8421,
};

/** A grid reference in metres to WGS84 degrees. */
export function gridToWgs84(easting: number, northing: number): LatLon {
  const osgb36 = gridToOsgb36(easting, northing);
  return osgb36ToWgs84(osgb36);
}

/** A grid reference to latitude and longitude on the OSGB36 datum (Airy 1830), in degrees. */
export function gridToOsgb36(easting: number, northing: number): LatLon {
  const { a, b } = AIRY_1830;
  const { scale: f0, lon0, east0 } = GRID;
  const e2 = 1 - (b * b) / (a * a);

  const lat = footpointLatitude(northing);
  const sinLat = Math.sin(lat);
  const cosLat = Math.cos(lat);
  const tanLat = Math.tan(lat);
  const nu = (a * f0) / Math.sqrt(1 - e2 * sinLat * sinLat);
  const rho = (a * f0 * (1 - e2)) / Math.pow(1 - e2 * sinLat * sinLat, 1.5);
  const eta2 = nu / rho - 1;
  const t2 = tanLat * tanLat;
  const t4 = t2 * t2;
  const t6 = t4 * t2;
  const secLat = 1 / cosLat;

  const vii = tanLat / (2 * rho * nu);
  const viii = (tanLat / (24 * rho * nu ** 3)) * (5 + 3 * t2 + eta2 - 9 * t2 * eta2);
  const ix = (tanLat / (720 * rho * nu ** 5)) * (61 + 90 * t2 + 45 * t4);
  const x = secLat / nu;
  const xi = (secLat / (6 * nu ** 3)) * (nu / rho + 2 * t2);
  const xii = (secLat / (120 * nu ** 5)) * (5 + 28 * t2 + 24 * t4);
  const xiia = (secLat / (5040 * nu ** 7)) * (61 + 662 * t2 + 1320 * t4 + 720 * t6);

  const dE = easting - east0;
  const latitude = lat - vii * dE ** 2 + viii * dE ** 4 - ix * dE ** 6;
  const longitude = lon0 + x * dE - xi * dE ** 3 + xii * dE ** 5 - xiia * dE ** 7;
  return { latitude: toDegrees(latitude), longitude: toDegrees(longitude) };
}

/**
 * The latitude at which the central meridian's arc length equals the northing (OS's φ′), found by the
 * guide's iteration until the remaining error is under 0.01 mm.
 */
function footpointLatitude(northing: number): number {
  const { a } = AIRY_1830;
  const { scale: f0, lat0, north0 } = GRID;
  let lat = lat0;
  let arc = 0;
  do {
    lat = (northing - north0 - arc) / (a * f0) + lat;
    arc = meridionalArc(lat);
  } while (Math.abs(northing - north0 - arc) >= 0.00001);
  return lat;
}

/** M in the guide: the distance along the central meridian from the true origin's latitude to `lat`. */
function meridionalArc(lat: number): number {
  const { a, b } = AIRY_1830;
  const { scale: f0, lat0 } = GRID;
  const n = (a - b) / (a + b);
  const n2 = n * n;
  const n3 = n2 * n;
  const dLat = lat - lat0;
  const sLat = lat + lat0;
  return (
    b *
    f0 *
    ((1 + n + (5 / 4) * n2 + (5 / 4) * n3) * dLat -
      (3 * n + 3 * n2 + (21 / 8) * n3) * Math.sin(dLat) * Math.cos(sLat) +
      ((15 / 8) * n2 + (15 / 8) * n3) * Math.sin(2 * dLat) * Math.cos(2 * sLat) -
      (35 / 24) * n3 * Math.sin(3 * dLat) * Math.cos(3 * sLat))
  );
}

/** Moves a point from the OSGB36 datum to WGS84 through earth-centred cartesian coordinates. */
export function osgb36ToWgs84(point: LatLon): LatLon {
  const [x, y, z] = toCartesian(point, AIRY_1830);
  const [x2, y2, z2] = helmert([x, y, z], OSGB36_TO_WGS84);
  return fromCartesian([x2, y2, z2], WGS84);
}

type Vector = [number, number, number];

function toCartesian({ latitude, longitude }: LatLon, { a, b }: Ellipsoid): Vector {
  const lat = toRadians(latitude);
  const lon = toRadians(longitude);
  const e2 = 1 - (b * b) / (a * a);
  const nu = a / Math.sqrt(1 - e2 * Math.sin(lat) ** 2);
  return [
    nu * Math.cos(lat) * Math.cos(lon),
    nu * Math.cos(lat) * Math.sin(lon),
    (1 - e2) * nu * Math.sin(lat),
  ];
}

function helmert([x, y, z]: Vector, p: typeof OSGB36_TO_WGS84): Vector {
  const s = p.s / 1e6;
  const rx = toRadians(p.rx / 3600);
  const ry = toRadians(p.ry / 3600);
  const rz = toRadians(p.rz / 3600);
  return [
    p.tx + (1 + s) * x - rz * y + ry * z,
    p.ty + rz * x + (1 + s) * y - rx * z,
    p.tz - ry * x + rx * y + (1 + s) * z,
  ];
}

/** Latitude by iteration (the guide's B.2), height discarded: a centroid lies on the surface. */
function fromCartesian([x, y, z]: Vector, { a, b }: Ellipsoid): LatLon {
  const e2 = 1 - (b * b) / (a * a);
  const p = Math.hypot(x, y);
  let lat = Math.atan2(z, p * (1 - e2));
  for (let i = 0; i < 10; i++) {
    const nu = a / Math.sqrt(1 - e2 * Math.sin(lat) ** 2);
    const next = Math.atan2(z + e2 * nu * Math.sin(lat), p);
    if (Math.abs(next - lat) < 1e-12) {
      lat = next;
      break;
    }
    lat = next;
  }
  return { latitude: toDegrees(lat), longitude: toDegrees(Math.atan2(y, x)) };
}

function toRadians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

function toDegrees(radians: number): number {
  return (radians * 180) / Math.PI;
}
