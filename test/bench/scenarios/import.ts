import { INestApplication } from '@nestjs/common';
import { EnterpriseImportRunner } from '@small-places/crm';
import { IdentityService } from '@small-places/identity';
import { countStatements } from '@small-places/platform';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { createApi } from '../../../apps/api/src/bootstrap';
import { spawnWorker } from '../../faults/fault-harness';
import { BenchEnv, BenchScenario, Figures, gql, round } from '../scenario';

/** BENCH_IMPORT_ROWS lets a loaded machine measure a smaller file; the figures say how many rows ran. */
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
/** Rows imported in-process with every SQL statement counted. */
const COUNTED_ROWS = 200;
const PASSWORD = 'bench-password-long-enough';
const TIMEOUT_MS = 40 * 60_000;

/**
 * A 10,000-row .xlsx of a caseload as people keep it (header alternatives, dates typed four ways and as Excel
 * date cells, structures and activities in words, postcodes in any spacing, yes/no in any case, 2% bad rows)
 * uploaded to the API and imported by a worker process: rows a second end to end, the worker's peak RSS, and
 * (in-process, on a smaller file) the SQL statements each row costs.
 */
export const importBench: BenchScenario = {
  name: 'import',
  description: `caseload import of a ${ROWS.toLocaleString('en-GB')}-row messy .xlsx through the worker`,
  async run(env: BenchEnv): Promise<Figures> {
    const database = await env.createDatabase();
    const queuePrefix = env.queuePrefix();
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: queuePrefix,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      DATABASE_POOL_SIZE: '10',
      JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-signing',
    });
    let app: INestApplication | undefined;
    try {
      app = await createApi();
      await app.listen(0, '127.0.0.1');
      const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
      const email = 'bench-admin@bench.test';
      await app.get(IdentityService).createAdmin(email, PASSWORD, 'Bench Admin');
      // An access token lives 15 minutes, less than a slow machine may take over 10,000 rows: a fresh one for
      // each upload.
      const signIn = async () =>
        (
          await gql<{ signIn: { accessToken: string } }>(
            `${url}/graphql`,
            `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
            { input: { email, password: PASSWORD } },
          )
        ).signIn.accessToken;
      const token = await signIn();
      const areaOf = async (name: string, district: string) =>
        (
          await gql<{ createArea: { id: string } }>(
            `${url}/graphql`,
            `mutation($input: CreateAreaInput!) { createArea(input: $input) { id } }`,
            { input: { name, postcodeDistricts: [district] } },
            token,
          )
        ).createArea.id;
      const areaId = await areaOf('Bench Taunton', 'TA1');
      const countedAreaId = await areaOf('Bench Counted', 'TA9');

      const workbook = await messyWorkbook(ROWS, 0);
      const worker = await spawnWorker({
        DATABASE_URL: database.url,
        REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
        QUEUE_PREFIX: queuePrefix,
        NODE_ENV: 'test',
        JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-signing',
      });
      let seconds: number;
      let peakRssMb: number;
      let outcome: { status: string; created: number; rejected: number; rows_done: number };
      try {
        await worker.ready();
        const started = Date.now();
        const id = await uploadFile(url, token, areaId, workbook);
        const dataSource = app.get(DataSource);
        for (;;) {
          [outcome] = await dataSource.query(
            `SELECT status, created, rejected, rows_done FROM enterprise_imports WHERE id = $1`,
            [id],
          );
          if (outcome.status === 'DONE' || outcome.status === 'FAILED') break;
          if (Date.now() - started > TIMEOUT_MS)
            throw new Error(`import still ${outcome.status} after 40 minutes`);
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        seconds = (Date.now() - started) / 1000;
        peakRssMb = peakRss(worker.pid);
      } finally {
        await worker.kill('SIGTERM');
      }
      if (outcome.status !== 'DONE') throw new Error(`the import ${outcome.status}`);

      const statementsPerRow = await countedRun(app, url, await signIn(), countedAreaId);
      return {
        rows: ROWS,
        created: outcome.created,
        rejected: outcome.rejected,
        seconds: round(seconds, 1),
        rows_per_second: round(ROWS / seconds, 0),
        peak_rss_mb: round(peakRssMb, 1),
        statements_per_row: round(statementsPerRow, 1),
        seconds_goal_met: seconds <= 60,
        rss_goal_met: peakRssMb <= 300,
      };
    } finally {
      await app?.close();
      await database.drop();
    }
  },
};

/** The worker's own import runner, in this process, on a smaller file: every statement of every row counted. */
async function countedRun(
  app: INestApplication,
  url: string,
  token: string,
  areaId: string,
): Promise<number> {
  const id = await uploadFile(url, token, areaId, await messyWorkbook(COUNTED_ROWS, 1));
  // No worker runs now (the spawned one has stopped): the same runner, from this process's container, does it.
  const runner = app.get(EnterpriseImportRunner);
  const dataSource = app.get(DataSource);
  const [{ created_by_id: userId }] = await dataSource.query(
    `SELECT created_by_id FROM enterprise_imports WHERE id = $1`,
    [id],
  );
  const statements = await countStatements(dataSource, () =>
    runner.process({ importId: id, userId, roles: ['ADMIN'] }),
  );
  return statements / COUNTED_ROWS;
}

async function uploadFile(url: string, token: string, areaId: string, workbook: Buffer): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(workbook)]), 'caseload.xlsx');
  const response = await fetch(`${url}/areas/${areaId}/enterprise-imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const body = (await response.json()) as { id?: string; message?: string };
  if (response.status !== 202 || !body.id)
    throw new Error(`upload refused: ${response.status} ${body.message}`);
  return body.id;
}

/** VmHWM: the most resident memory the process ever had. */
function peakRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

const FIRST = [
  'Sunny',
  'Village',
  'Kind',
  'Green',
  'Helping',
  'Friendly',
  'Meadow',
  'Brook',
  'Oak',
  'Willow',
];
const SECOND = [
  'Hands',
  'Care',
  'Meals',
  'Lifts',
  'Companions',
  'Help',
  'Visits',
  'Kitchen',
  'Friends',
  'Homes',
];
const STRUCTURES = ['sole trader', 'Ltd', 'CIC', 'Co-op', 'partnership', 'Self-employed', 'LIMITED'];
const ACTIVITIES = [
  'personal care',
  'Meals, companionship',
  'lunch club',
  'transport; home help',
  'befriending',
];
const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** Row `n`'s values, messy the way real spreadsheets are; every 50th row has a problem to reject. */
function messyRow(n: number, salt: number): unknown[] {
  // Unique per row: the inward code runs through 4,000 values, the district changes every 4,000 rows.
  const district = `TA${1 + Math.floor(n / 4000)}`;
  const inward = `${n % 10}${LETTERS[Math.floor(n / 10) % 20]}${LETTERS[Math.floor(n / 200) % 20]}`;
  const postcode = [
    `${district} ${inward}`,
    `${district}${inward}`.toLowerCase(),
    ` ${district}  ${inward} `,
  ][n % 3];
  const day = 1 + (n % 28);
  const month = 1 + (n % 12);
  const insurance = [
    `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2027`,
    `${day} ${['January', 'March', 'June', 'Sept'][n % 4]} 2027`,
    `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    new Date(Date.UTC(2027, month - 1, day)),
  ][n % 4];
  const bad = n % 50 === 7;
  return [
    `${FIRST[n % 10]} ${SECOND[Math.floor(n / 10) % 10]} ${salt}-${n}`,
    bad ? 'not a postcode' : postcode,
    STRUCTURES[n % STRUCTURES.length],
    ACTIVITIES[n % ACTIVITIES.length],
    `Founder ${n}`,
    n % 3 === 0 ? `founder${salt}-${n}@example.org` : '',
    new Date(Date.UTC(2025, n % 12, 1 + (n % 27))),
    ['yes', 'No', 'Y', 'n', 'TRUE'][n % 5],
    insurance,
    n % 4 === 0 ? `${1 + (n % 27)}/${1 + (n % 12)}/2025` : '',
  ];
}

async function messyWorkbook(rows: number, salt: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Our caseload');
  sheet.addRow([
    'Business name',
    'Post code',
    'Type of business',
    'Services',
    'Contact name',
    'E-mail',
    'Trading from',
    'Employs staff',
    'Insurance renewal date',
    'DBS date',
  ]);
  for (let n = 0; n < rows; n++) sheet.addRow(messyRow(n, salt));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
