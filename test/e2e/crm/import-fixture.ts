import ExcelJS from 'exceljs';
import { TestApp, graphql } from '@small-places/testing';

export const IMPORT = graphql(`
  query EnterpriseImport($id: ID!) {
    enterpriseImport(id: $id) {
      id
      status
      dryRun
      rowsTotal
      rowsDone
      created
      updated
      unchanged
      rejected
      possibleDuplicates
      failure
      errors(first: 50) {
        row
        column
        message
      }
      duplicates {
        row
        name
        postcode
        created
        candidates {
          enterpriseId
          name
          similarity
        }
      }
      columns {
        header
        field
        sample
      }
    }
  }
`);

export const RUN_IMPORT = graphql(`
  mutation RunEnterpriseImport($input: RunEnterpriseImportInput!) {
    runEnterpriseImport(input: $input) {
      id
      status
      dryRun
    }
  }
`);

export const MATCH_COLUMNS = graphql(`
  mutation MatchEnterpriseImportColumns($input: MatchEnterpriseImportColumnsInput!) {
    matchEnterpriseImportColumns(input: $input) {
      id
      status
    }
  }
`);

export interface ImportReport {
  id: string;
  status: string;
  dryRun: boolean;
  rowsTotal: number;
  rowsDone: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  possibleDuplicates: number;
  failure: string | null;
  errors: { row: number; column: string; message: string }[];
  duplicates: {
    row: number;
    name: string;
    postcode: string;
    created: boolean;
    candidates: { enterpriseId: string; name: string; similarity: number }[];
  }[];
  columns: { header: string; field: string | null; sample: string }[];
}

/** RFC 4180 CSV from rows of cells, as a spreadsheet program saves it. */
export function csvOf(rows: string[][]): Buffer {
  const field = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return Buffer.from(rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n');
}

/** An .xlsx workbook with the given sheets, written by exceljs as Excel would save it. */
export async function xlsxOf(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function upload(
  t: TestApp,
  token: string | undefined,
  areaId: string,
  file: { name: string; bytes: Buffer } | null,
  fields: Record<string, string> = {},
): Promise<{ status: number; body: { id?: string; code?: string; message?: string } }> {
  const form = new FormData();
  if (file) form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const response = await fetch(`${t.url}/areas/${areaId}/enterprise-imports`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return { status: response.status, body: (await response.json()) as { id?: string } };
}

/** Polls the import until the worker has finished it. */
export async function finished(
  t: TestApp,
  token: string,
  id: string,
  timeoutMs = 60_000,
): Promise<ImportReport> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { enterpriseImport } = await t.client.ok<{ enterpriseImport: ImportReport }>(
      IMPORT,
      { id },
      { token },
    );
    if (enterpriseImport.status === 'DONE' || enterpriseImport.status === 'FAILED') return enterpriseImport;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${enterpriseImport.status}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Uploads, expects 202, and waits for the outcome. */
export async function importFile(
  t: TestApp,
  token: string,
  areaId: string,
  file: { name: string; bytes: Buffer },
  fields: Record<string, string> = {},
): Promise<ImportReport> {
  const response = await upload(t, token, areaId, file, fields);
  if (response.status !== 202 || !response.body.id)
    throw new Error(`upload refused: ${response.status} ${JSON.stringify(response.body)}`);
  return finished(t, token, response.body.id);
}

export async function download(
  t: TestApp,
  token: string,
  path: string,
): Promise<{ status: number; bytes: Buffer; type: string | null }> {
  const response = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: response.status,
    bytes: Buffer.from(await response.arrayBuffer()),
    type: response.headers.get('content-type'),
  };
}
