import { INestApplication } from '@nestjs/common';
import { BudgetOverview } from '@small-places/budgets';
import { Activity, LegalStructure } from '@small-places/compliance';
import { AreaService, EnterpriseService } from '@small-places/crm';
import { GrantKind, IdentityService } from '@small-places/identity';
import { InvoiceIssuer, MonthlyInvoicing } from '@small-places/invoices';
import { InvoiceableBookings } from '@small-places/bookings';
import { addDays, Database, londonDate, RequestContext, Role } from '@small-places/platform';
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createApi } from '../../../apps/api/src/bootstrap';
import { BenchEnv, BenchScenario, Figures, round } from '../scenario';

const HOLDERS = 1_000;
const VISITS_PER_HOLDER = 2;
const WEEKS = 52;
const PDF_REQUESTS = 200;
const PDF_CONCURRENCY = 4;
const PASSWORD = 'bench-password-123';
const PROVIDER = 'bench-provider@example.org';
const HOLDER = 'bench-holder@example.org';

/**
 * Issue 16's figures. The monthly run: one enterprise invoicing 1,000 holders (two confirmed visits each) in
 * its one transaction, in process (what the worker's INVOICE_MONTHLY job does): invoices a second. Then,
 * through a separate API process over HTTP: the invoice PDF's p95 at 4 concurrent clients, and the audit pack
 * of a budget with a year of weekly visits on 52 invoices, time to first byte and in all, with the API's
 * resident memory sampled every 20 ms throughout (peak).
 */
export const invoicesBench: BenchScenario = {
  name: 'invoices',
  description: `monthly run for ${HOLDERS} holders; invoice PDF p95; audit pack of ${WEEKS} invoices`,
  async run(env: BenchEnv): Promise<Figures> {
    const database = await env.createDatabase();
    try {
      const seeded = await seed(database.url, env.queuePrefix());
      const api = await env.spawnApi({ DATABASE_URL: database.url });
      await api.waitReady(60_000);
      let peakRss = api.rssMb();
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, api.rssMb())), 20);
      try {
        const token = (
          await env.gql<{ signIn: { accessToken: string } }>(
            api.graphqlUrl,
            `mutation { signIn(input: { email: "${HOLDER}", password: "${PASSWORD}" }) { accessToken } }`,
          )
        ).signIn.accessToken;
        const pdfs = await env.runConcurrent(PDF_CONCURRENCY, { count: PDF_REQUESTS }, (index) =>
          download(
            `${api.url}/invoices/${seeded.holderInvoiceIds[index % seeded.holderInvoiceIds.length]}.pdf`,
            token,
          ),
        );
        const from = addDays(londonDate(new Date()), -505);
        const pack = await download(
          `${api.url}/budgets/${seeded.budgetId}/audit-pack.zip?from=${from}&to=${londonDate(new Date())}`,
          token,
        );
        return {
          holders: HOLDERS,
          invoices_issued: seeded.monthly.invoices,
          invoices_per_second: Math.round(seeded.monthly.invoices / (seeded.monthly.ms / 1000)),
          pdf_requests: PDF_REQUESTS,
          pdf_p95_ms: round(env.percentile(pdfs.latenciesMs, 95), 1),
          audit_pack_invoices: WEEKS,
          audit_pack_first_byte_seconds: round(pack.firstByteMs / 1000, 3),
          audit_pack_seconds: round(pack.totalMs / 1000, 3),
          audit_pack_bytes: pack.bytes,
          peak_rss_mb: Math.round(peakRss),
        };
      } finally {
        clearInterval(sampler);
        await api.stop();
      }
    } finally {
      await database.drop();
    }
  },
};

/** GET with a bearer token; resolves with the time to the first body byte and to the end. */
function download(
  url: string,
  token: string,
): Promise<{ firstByteMs: number; totalMs: number; bytes: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { authorization: `Bearer ${token}` } }, (response) => {
      let firstByteMs = -1;
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        if (firstByteMs < 0) firstByteMs = performance.now() - started;
        bytes += chunk.length;
      });
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`${url} answered ${response.statusCode}`));
        else resolve({ firstByteMs, totalMs: performance.now() - started, bytes });
      });
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

interface Seeded {
  monthly: { invoices: number; ms: number };
  budgetId: string;
  holderInvoiceIds: string[];
}

async function seed(url: string, queuePrefix: string): Promise<Seeded> {
  Object.assign(process.env, {
    DATABASE_URL: url,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
  });
  let app: INestApplication | undefined;
  try {
    app = await createApi();
    const db = app.get(Database);
    const identity = app.get(IdentityService);
    const admin = await identity.createAdmin('bench-admin@example.org', PASSWORD, 'Bench Admin');
    const adminCtx = new RequestContext(new Date(), '127.0.0.1', 'bench').withUser({
      id: admin.id,
      roles: [Role.ADMIN],
    });
    const area = await app
      .get(AreaService)
      .create(adminCtx, { name: 'Bench Area', postcodeDistricts: ['TA1'] });
    const enterprise = await app.get(EnterpriseService).create(adminCtx, {
      areaId: area.id,
      name: 'Bench Care',
      postcode: 'TA1 1AA',
      activities: [Activity.HOME_HELP],
      legalStructure: LegalStructure.SOLE_TRADER,
      founder: { name: 'Bench Founder', email: 'bench-founder@example.org' },
    });
    const holder = await db.transaction(async (tx) => {
      await identity.createAccount(
        tx,
        { email: PROVIDER, password: PASSWORD, displayName: 'Bench Provider', role: Role.PROVIDER },
        [{ kind: GrantKind.MemberOfEnterprise, scopeId: enterprise.id }],
      );
      return identity.createAccount(tx, {
        email: HOLDER,
        password: PASSWORD,
        displayName: 'Bench Holder',
        role: Role.BUDGET_HOLDER,
      });
    });
    const holderCtx = new RequestContext(new Date(), '127.0.0.1', 'bench').withUser({
      id: holder.id,
      roles: [Role.BUDGET_HOLDER],
    });
    const budget = await app.get(BudgetOverview).setUp(holderCtx, {
      label: 'Bench budget',
      paymentPence: 100_000,
      periodDays: 28,
      startsOn: addDays(londonDate(new Date()), -510),
    });
    const [listing] = await db.manager.query(
      `INSERT INTO listings (enterprise_id, area_id, title, description, category, price_pence, price_unit, postcode,
         district, latitude, longitude, travel_miles, available_days, status, verified, published_at)
       VALUES ($1, $2, 'Bench visits', 'Visits for the benchmark', 'HOME_HELP', 1800, 'HOUR', 'TA1 1AA', 'TA1',
         51.0, -3.1, 10, 127, 'PUBLISHED', true, now())
       RETURNING id`,
      [enterprise.id, area.id],
    );
    // A year of weekly visits for the audit pack's holder, each confirmed and on an invoice of its own.
    const weekly = await delivered(db, listing.id, enterprise.id, [holder.id], WEEKS, budget.id, 7 * 24);
    const issuer = app.get(InvoiceIssuer);
    const reader = app.get(InvoiceableBookings);
    const holderInvoiceIds: string[] = [];
    for (const bookingId of weekly) {
      holderInvoiceIds.push(
        await db.transaction(
          async (tx) =>
            (await issuer.issueIn(tx, RequestContext.system(), await reader.lock(tx, [bookingId]), null)).id,
        ),
      );
    }
    // 1,000 more holders (accounts without passwords), two confirmed visits each, for the monthly run.
    const holders: Array<{ id: string }> = await db.manager.query(
      `INSERT INTO users (email, display_name, roles, email_verified_at)
       SELECT 'bench-holder-' || n || '@example.org', 'Holder ' || n, '{BUDGET_HOLDER}', now()
       FROM generate_series(1, $1) AS n RETURNING id`,
      [HOLDERS],
    );
    await delivered(
      db,
      listing.id,
      enterprise.id,
      holders.map((row) => row.id),
      VISITS_PER_HOLDER,
      null,
      1,
    );
    const started = performance.now();
    const invoices = await db.transaction((tx) =>
      app!.get(MonthlyInvoicing).issueFor(tx, enterprise.id, new Date()),
    );
    return { monthly: { invoices, ms: performance.now() - started }, budgetId: budget.id, holderInvoiceIds };
  } finally {
    await app?.close();
  }
}

let hourOffset = 0;

/** Completed, confirmed bookings in the past, `count` per holder, `stepHours` apart, on distinct hours. */
async function delivered(
  db: Database,
  listingId: string,
  enterpriseId: string,
  holderIds: string[],
  count: number,
  budgetId: string | null,
  stepHours: number,
): Promise<string[]> {
  const start = hourOffset;
  hourOffset += holderIds.length * count * stepHours + 24;
  const rows: Array<{ id: string }> = await db.manager.query(
    `WITH made AS (
       INSERT INTO bookings (listing_id, enterprise_id, holder_id, requested_by_id, budget_id, starts_at, ends_at,
         status, cost_pence, expires_at, completed_at, responded_at)
       SELECT $1, $2, h.id, h.id, $5, t.at, t.at + interval '1 hour', 'COMPLETED', 1800, t.at, t.at + interval '1 hour',
              t.at - interval '1 day'
       FROM unnest($3::uuid[]) WITH ORDINALITY AS h(id, i)
       CROSS JOIN generate_series(0, $4 - 1) AS k
       CROSS JOIN LATERAL (SELECT date_trunc('hour', now()) - interval '500 days'
                                  + ((($7 + ((h.i - 1) * $4 + k) * $6)) || ' hours')::interval AS at) t
       RETURNING id, completed_at)
     INSERT INTO visit_confirmations (booking_id, state, awaiting_since, answered_at)
     SELECT id, 'CONFIRMED', (completed_at AT TIME ZONE 'Europe/London')::date, completed_at FROM made
     RETURNING booking_id AS id`,
    [listingId, enterpriseId, holderIds, count, budgetId, stepHours, start],
  );
  return rows.map((row) => row.id);
}
