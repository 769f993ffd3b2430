import { AppError, badInput } from '@small-places/platform';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

export type SpreadsheetKind = 'CSV' | 'XLSX';

export interface SpreadsheetRow {
  /** The row number a spreadsheet program shows (the header is usually row 1). */
  number: number;
  cells: string[];
}

export interface Spreadsheet {
  kind: SpreadsheetKind;
  headers: string[];
  rows: SpreadsheetRow[];
}

const startsWith = (bytes: Buffer, ...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

/**
 * What the file is, by its first bytes, never by its name: an .xlsx is a zip; a CSV is text without NUL
 * bytes. A PDF, an image, an old .xls or anything binary is refused with what to do instead.
 */
export function sniffSpreadsheet(bytes: Buffer): SpreadsheetKind {
  if (bytes.length === 0)
    throw badInput('The file is empty. Choose the spreadsheet with your enterprises in it.');
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'XLSX';
  const refuse = (what: string) =>
    badInput(`That file is ${what}, not a spreadsheet. Upload a CSV file or an Excel workbook (.xlsx).`);
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) throw refuse('a PDF');
  if (
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    startsWith(bytes, 0x47, 0x49, 0x46)
  )
    throw refuse('an image');
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0))
    throw badInput(
      'That is an old Excel file (.xls). In Excel choose Save As, Excel Workbook (.xlsx), then upload that.',
    );
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0) || !isUtf8OrLatin(head)) throw refuse('not text');
  return 'CSV';
}

function isUtf8OrLatin(bytes: Buffer): boolean {
  // Control characters other than tab and line ends mean a binary file; accented Latin-1 is allowed.
  for (const byte of bytes) if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) return false;
  return true;
}

/**
 * Reads the first sheet (or the named one) of a workbook, or a CSV, as a stream: rows are collected as
 * strings, the header row is the first row with anything in it, empty rows are skipped. Formulas are never
 * evaluated: their cached result is the value. Refuses an empty sheet, headers alone and more than
 * MAX_IMPORT_ROWS rows.
 */
export async function readSpreadsheet(bytes: Buffer, sheetName?: string): Promise<Spreadsheet> {
  const kind = sniffSpreadsheet(bytes);
  const rows: SpreadsheetRow[] = [];
  const collect = (number: number, cells: string[]) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    if (rows.length > MAX_IMPORT_ROWS) {
      throw badInput(
        `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows. Split it into smaller files and upload each.`,
      );
    }
    rows.push({ number, cells });
  };
  if (kind === 'CSV') await readCsv(bytes, collect);
  else await readXlsx(bytes, sheetName, collect);
  const [header, ...data] = rows;
  if (!header)
    throw badInput('The file has nothing in it. Put the headers in the first row and one enterprise a row.');
  if (data.length === 0)
    throw badInput('The file has headers but no rows. Add one enterprise a row under the headers.');
  const headers = header.cells.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  return { kind, headers, rows: data };
}

async function readCsv(bytes: Buffer, collect: (number: number, cells: string[]) => void): Promise<void> {
  // Excel on Windows saves "CSV" in Windows-1252 unless told UTF-8: read such a file as Latin-1.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = bytes.toString('latin1');
  }
  const parser = Readable.from([text]).pipe(
    parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }),
  );
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      collect(record.info.lines, record.record);
    }
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('CSV_')) {
      throw badInput(
        `The CSV file could not be read (${(error as Error).message}). Save it again from your spreadsheet program as CSV.`,
      );
    }
    throw error;
  }
}

async function readXlsx(
  bytes: Buffer,
  sheetName: string | undefined,
  collect: (number: number, cells: string[]) => void,
): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
  });
  let found = false;
  const names: string[] = [];
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name?: string }).name ?? '';
      names.push(name);
      if (found || (sheetName && name.trim().toLowerCase() !== sheetName.trim().toLowerCase())) {
        for await (const _row of worksheet) void _row; // drain the sheets we skip
        continue;
      }
      found = true;
      for await (const row of worksheet) {
        const values = (row.values as unknown[]).slice(1);
        collect(row.number, Array.from(values, cellText));
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw badInput(
      'The workbook could not be read. Open it in Excel, choose Save As, Excel Workbook (.xlsx), and upload that.',
    );
  }
  if (!found) {
    throw badInput(
      sheetName
        ? `The workbook has no sheet called “${sheetName}”. Its sheets are: ${names.join(', ')}.`
        : 'The workbook has no sheets.',
    );
  }
}

/** A cell as text: dates as YYYY-MM-DD, formulas as their cached result (never evaluated), rich text joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if (typeof value === 'object') {
    const cell = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
    if ('formula' in cell || 'sharedFormula' in cell) return cellText(cell.result);
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if ('text' in cell) return cellText(cell.text);
    if (cell.error) return '';
  }
  return '';
}
