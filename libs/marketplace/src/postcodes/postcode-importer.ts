import { Injectable } from '@nestjs/common';
import { Database } from '@small-places/platform';
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { EntityManager } from 'typeorm';
import { CsvLineError, splitCsvLine } from './csv-line';
import {
  CentroidRow,
  detectLayout,
  Layout,
  PostcodeFileLayout,
  readRow,
  RowError,
} from './postcode-file-layouts';

export type { PostcodeFileLayout } from './postcode-file-layouts';

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
