import { Injectable } from '@nestjs/common';
import { Database, isPostcodeDistrict, normalisePostcode, postcodeDistrict } from '@small-places/platform';
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { EntityManager } from 'typeorm';
import { CsvLineError, splitCsvLine } from './csv-line';
import { gridToWgs84 } from './osgb';
import { CentroidKind } from '../entities/postcode-centroid.entity';

/**
 * DISTRICTS: a header `postcode,easting,northing,latitude,longitude,...` (../shared/data/uk-outcodes.csv).
 * ONSPD: the ONS Postcode Directory, with a header naming pcds (or pcd), lat, long, oseast1m, osnrth1m.
 * CODE_POINT: OS Code-Point Open, no header: Postcode, Positional_quality_indicator, Eastings, Northings, ...
 */
export type PostcodeFileLayout = 'DISTRICTS' | 'ONSPD' | 'CODE_POINT';

export interface PostcodeImportResult {
  file: string;
  layout: PostcodeFileLayout;
  /** Data rows read (not the header, not blank lines). */
  read: number;
  /** Rows loaded, by kind. */
  units: number;
  districts: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows with no location (ONSPD's 99.999999, Code-Point's quality 90, Irish Grid only), or repeated. */
  skipped: number;
}

export interface PostcodeImportOptions {
  /** Called with the rows read so far, every PROGRESS_EVERY rows. */
  onProgress?: (read: number) => void;
}

/** A malformed line: the message names the file and its 1-based line number. */
export class PostcodeFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file} line ${line}: ${reason}`);
  }
}

export const BATCH_SIZE = 1000;
export const PROGRESS_EVERY = 10_000;

interface CentroidRow {
  postcode: string;
  kind: CentroidKind;
  district: string;
  latitude: number;
  longitude: number;
}

/** How to read one layout's data rows; `read` returns null for a row that has no location. */
interface Layout {
  name: PostcodeFileLayout;
  hasHeader: boolean;
  columns: number;
  read(fields: string[]): CentroidRow | null;
}

/** A problem with one line, before the importer knows which line it is. */
class RowError extends Error {}

/**
 * Streams a postcode CSV into postcode_centroids, a batch of BATCH_SIZE rows per statement. An upsert that
 * writes only rows whose place changed makes a second run of the same file change nothing. The whole file
 * is one transaction, so a malformed line leaves the table as it was.
 */
@Injectable()
export class PostcodeImporter {
  constructor(private readonly db: Database) {}

  async importFile(path: string, options: PostcodeImportOptions = {}): Promise<PostcodeImportResult> {
    const file = basename(path);
    await access(path).catch(() => {
      throw new Error(`Cannot read the postcode file ${path}.`);
    });
    return this.db.transaction(async (tx) => {
      let run: ImportRun | undefined;
      for await (const { number, text } of nonBlankLines(path)) {
        try {
          const fields = splitCsvLine(text);
          if (!run) {
            run = new ImportRun(tx, file, detectLayout(fields), options);
            if (run.layout.hasHeader) continue;
          }
          await run.add(fields);
        } catch (error) {
          throw atLine(file, number, error);
        }
      }
      if (!run) throw new PostcodeFileError(file, 1, 'the file is empty');
      return run.finish();
    });
  }
}

/** One file's import under way: its layout, the batch being gathered, and the counts so far. */
class ImportRun {
  readonly result: PostcodeImportResult;
  private batch = new Map<string, CentroidRow>();

  constructor(
    private readonly tx: EntityManager,
    file: string,
    readonly layout: Layout,
    private readonly options: PostcodeImportOptions,
  ) {
    this.result = emptyResult(file, layout.name);
  }

  async add(fields: string[]): Promise<void> {
    const row = readRow(this.layout, fields);
    this.result.read++;
    if (this.result.read % PROGRESS_EVERY === 0) this.options.onProgress?.(this.result.read);
    if (!row) {
      this.result.skipped++;
      return;
    }
    // One statement cannot upsert a key twice: the later line wins and the earlier counts as skipped.
    if (this.batch.delete(row.postcode)) this.result.skipped++;
    this.batch.set(row.postcode, row);
    if (this.batch.size >= BATCH_SIZE) await this.flush();
  }

  async finish(): Promise<PostcodeImportResult> {
    await this.flush();
    return this.result;
  }

  private async flush(): Promise<void> {
    if (this.batch.size === 0) return;
    await upsert(this.tx, [...this.batch.values()], this.result);
    this.batch = new Map();
  }
}

/** "Imported 2,848 districts from uk-outcodes.csv: 2,848 new, 0 updated, 0 unchanged, 0 skipped." */
export function describeImport(result: PostcodeImportResult): string {
  const n = (count: number) => count.toLocaleString('en-GB');
  const what = [
    result.units > 0 || result.districts === 0 ? `${n(result.units)} postcodes` : '',
    result.districts > 0 ? `${n(result.districts)} districts` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return (
    `Imported ${what} from ${result.file}: ${n(result.inserted)} new, ${n(result.updated)} updated, ` +
    `${n(result.unchanged)} unchanged, ${n(result.skipped)} skipped.`
  );
}

/** The file's lines with their 1-based numbers, blank ones left out, a byte-order mark removed. */
async function* nonBlankLines(path: string): AsyncGenerator<{ number: number; text: string }> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  });
  let number = 0;
  for await (const line of lines) {
    number++;
    const text = number === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (text.trim() !== '') yield { number, text };
  }
}

/** A problem found in a line becomes an error naming the file and the line; anything else passes through. */
function atLine(file: string, line: number, error: unknown): unknown {
  if (error instanceof RowError || error instanceof CsvLineError) {
    return new PostcodeFileError(file, line, error.message);
  }
  return error;
}

function emptyResult(file: string, layout: PostcodeFileLayout): PostcodeImportResult {
  return { file, layout, read: 0, units: 0, districts: 0, inserted: 0, updated: 0, unchanged: 0, skipped: 0 };
}

function readRow(layout: Layout, fields: string[]): CentroidRow | null {
  if (fields.length !== layout.columns) {
    throw new RowError(
      `has ${fields.length} columns where the ${layout.hasHeader ? 'header' : 'first line'} has ${layout.columns}`,
    );
  }
  return layout.read(fields);
}

// ---- Layouts ------------------------------------------------------------------------------------------

const HEADER_NAMES = {
  onsPostcode: ['pcds', 'pcd', 'pcd2', 'pcd7', 'pcd8'],
  postcode: ['postcode'],
  latitude: ['lat', 'latitude'],
  longitude: ['long', 'longitude', 'lon', 'lng'],
  easting: ['oseast1m', 'east1m', 'easting', 'eastings'],
  northing: ['osnrth1m', 'north1m', 'northing', 'northings'],
};

function detectLayout(first: string[]): Layout {
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

// ---- Writing ------------------------------------------------------------------------------------------

/**
 * One statement per batch: unnest keeps it to five parameters whatever the batch size; the WHERE leaves a
 * row whose place is unchanged untouched (no new tuple, no new updated_at), and `xmax = 0` tells a fresh
 * insert from an update among the rows returned. Rows not returned were unchanged.
 */
const UPSERT = `
  INSERT INTO postcode_centroids AS c (postcode, kind, district, latitude, longitude)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[])
  ON CONFLICT (postcode) DO UPDATE
    SET kind = excluded.kind, district = excluded.district,
        latitude = excluded.latitude, longitude = excluded.longitude, updated_at = now()
    WHERE (c.latitude, c.longitude, c.kind, c.district)
      IS DISTINCT FROM (excluded.latitude, excluded.longitude, excluded.kind, excluded.district)
  RETURNING (xmax = 0) AS inserted`;

async function upsert(tx: EntityManager, rows: CentroidRow[], result: PostcodeImportResult): Promise<void> {
  const written: Array<{ inserted: boolean }> = await tx.query(UPSERT, [
    rows.map((row) => row.postcode),
    rows.map((row) => row.kind),
    rows.map((row) => row.district),
    rows.map((row) => row.latitude),
    rows.map((row) => row.longitude),
  ]);
  const inserted = written.filter((row) => row.inserted).length;
  result.inserted += inserted;
  result.updated += written.length - inserted;
  result.unchanged += rows.length - written.length;
  for (const row of rows) {
    if (row.kind === 'UNIT') result.units++;
    else result.districts++;
  }
}
