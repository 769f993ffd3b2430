import { isPostcodeDistrict, normalisePostcode, postcodeDistrict } from '@small-places/platform';
import { CentroidKind } from '../entities/postcode-centroid.entity';
import { gridToWgs84 } from './osgb';

/**
 * DISTRICTS: a header `postcode,easting,northing,latitude,longitude,...` (../shared/data/uk-outcodes.csv).
 * ONSPD: the ONS Postcode Directory, with a header naming pcds (or pcd), lat, long, oseast1m, osnrth1m.
 * CODE_POINT: OS Code-Point Open, no header: Postcode, Positional_quality_indicator, Eastings, Northings, ...
 */
export type PostcodeFileLayout = 'DISTRICTS' | 'ONSPD' | 'CODE_POINT';

export interface CentroidRow {
  postcode: string;
  kind: CentroidKind;
  district: string;
  latitude: number;
  longitude: number;
}

/** How to read one layout's data rows; `read` returns null for a row that has no location. */
export interface Layout {
  name: PostcodeFileLayout;
  hasHeader: boolean;
  columns: number;
  read(fields: string[]): CentroidRow | null;
}

/** A problem with one line, before the importer knows which line it is. */
export class RowError extends Error {}

/** One data row by its layout: null when it has no location; a RowError when its column count is wrong. */
export function readRow(layout: Layout, fields: string[]): CentroidRow | null {
  if (fields.length !== layout.columns) {
    throw new RowError(
      `has ${fields.length} columns where the ${layout.hasHeader ? 'header' : 'first line'} has ${layout.columns}`,
    );
  }
  return layout.read(fields);
}

const HEADER_NAMES = {
  onsPostcode: ['pcds', 'pcd', 'pcd2', 'pcd7', 'pcd8'],
  postcode: ['postcode'],
  latitude: ['lat', 'latitude'],
  longitude: ['long', 'longitude', 'lon', 'lng'],
  easting: ['oseast1m', 'east1m', 'easting', 'eastings'],
  northing: ['osnrth1m', 'north1m', 'northing', 'northings'],
};

/** The layout the file's first line shows: a header the importer knows, or a Code-Point Open row. */
export function detectLayout(first: string[]): Layout {
  if (normalisePostcode(first[0])) return codePointLayout(first.length);
  const header = first.map((name) => name.trim().toLowerCase());
  const find = (names: string[]) => {
    const index = header.findIndex((name) => names.includes(name));
    return index === -1 ? undefined : index;
  };
  const ons = find(HEADER_NAMES.onsPostcode);
  const postcode = ons ?? find(HEADER_NAMES.postcode);
  const columns: CoordinateColumns = {
    latitude: find(HEADER_NAMES.latitude),
    longitude: find(HEADER_NAMES.longitude),
    easting: find(HEADER_NAMES.easting),
    northing: find(HEADER_NAMES.northing),
  };
  const hasLatLon = columns.latitude !== undefined && columns.longitude !== undefined;
  const hasGrid = columns.easting !== undefined && columns.northing !== undefined;
  if (postcode === undefined || !(hasLatLon || hasGrid)) {
    throw new RowError(
      'the first line is neither a header the importer knows (ONS Postcode Directory: pcds, lat, long, ' +
        'oseast1m, osnrth1m; districts: postcode, easting, northing, latitude, longitude) nor a Code-Point ' +
        'Open row (a postcode, then quality, eastings and northings)',
    );
  }
  return {
    name: ons !== undefined ? 'ONSPD' : 'DISTRICTS',
    hasHeader: true,
    columns: header.length,
    read: (fields) => readHeaderRow(fields, postcode, columns),
  };
}

interface CoordinateColumns {
  latitude?: number;
  longitude?: number;
  easting?: number;
  northing?: number;
}

/** ONSPD marks a postcode with no grid reference by latitude 99.999999 (and longitude 0). */
const ONSPD_NO_LOCATION = 99.999999;

function readHeaderRow(
  fields: string[],
  postcodeColumn: number,
  columns: CoordinateColumns,
): CentroidRow | null {
  const place = classify(fields[postcodeColumn]);
  const cell = (index?: number) => (index === undefined ? '' : fields[index].trim());
  const latitude = cell(columns.latitude);
  const longitude = cell(columns.longitude);
  if (latitude !== '' && longitude !== '') {
    const lat = parseNumber('latitude', latitude);
    const lon = parseNumber('longitude', longitude);
    if (lat === ONSPD_NO_LOCATION) return null;
    if (Math.abs(lat) > 90) throw new RowError(`latitude "${latitude}" is out of range`);
    if (Math.abs(lon) > 180) throw new RowError(`longitude "${longitude}" is out of range`);
    return { ...place, latitude: lat, longitude: lon };
  }
  const easting = cell(columns.easting);
  const northing = cell(columns.northing);
  if (easting !== '' && northing !== '') return fromGrid(place, easting, northing);
  return null;
}

/** Code-Point Open's quality indicator 90 means the postcode has no coordinates. */
const CODE_POINT_NO_LOCATION = '90';

function codePointLayout(columns: number): Layout {
  if (columns < 4) throw new RowError(`has ${columns} columns; Code-Point Open has at least 4`);
  return {
    name: 'CODE_POINT',
    hasHeader: false,
    columns,
    read: (fields) => {
      const place = classify(fields[0]);
      if (fields[1].trim() === CODE_POINT_NO_LOCATION) return null;
      return fromGrid(place, fields[2].trim(), fields[3].trim());
    },
  };
}

type Place = Pick<CentroidRow, 'postcode' | 'kind' | 'district'>;

/** A full postcode is a UNIT, an outward code on its own a DISTRICT; anything else is a malformed line. */
function classify(value: string): Place {
  const unit = normalisePostcode(value);
  if (unit) return { postcode: unit, kind: 'UNIT', district: postcodeDistrict(unit)! };
  const district = value.trim().toUpperCase();
  if (district && isPostcodeDistrict(district)) return { postcode: district, kind: 'DISTRICT', district };
  throw new RowError(`"${value}" is not a postcode or postcode district`);
}

/**
 * A National Grid reference to WGS84. Northern Ireland's (BT) references are on the Irish Grid, which this
 * conversion does not cover, and 0,0 is how the files say "no location": both are skipped.
 */
function fromGrid(place: Place, easting: string, northing: string): CentroidRow | null {
  const east = parseNumber('easting', easting);
  const north = parseNumber('northing', northing);
  if ((east === 0 && north === 0) || place.district.startsWith('BT')) return null;
  if (east < 0 || east > 800_000 || north < -100_000 || north > 1_300_000) {
    throw new RowError(`easting ${easting}, northing ${northing} is not on the National Grid`);
  }
  const { latitude, longitude } = gridToWgs84(east, north);
  return { ...place, latitude: roundTo6(latitude), longitude: roundTo6(longitude) };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function parseNumber(name: string, text: string): number {
  if (!NUMBER.test(text)) throw new RowError(`${name} "${text}" is not a number`);
  return Number(text);
}

/** Six decimal places of a degree are about 10 cm: finer than any centroid, and tidy to store. */
function roundTo6(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}
