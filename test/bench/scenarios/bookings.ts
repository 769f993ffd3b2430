import { INestApplication } from '@nestjs/common';
import { Activity, LegalStructure } from '@small-places/compliance';
import { AreaService, EnterpriseService } from '@small-places/crm';
import { GrantKind, IdentityService } from '@small-places/identity';
import { Database, RequestContext, Role } from '@small-places/platform';
import { createApi } from '../../../apps/api/src/bootstrap';
import { BenchEnv, BenchScenario, Figures, round } from '../scenario';

const BOOKINGS = 2_000;
const CONCURRENCY = 16;
const PASSWORD = 'bench-password-123';
const PROVIDER = 'bench-provider@example.org';
const ACCEPT = `mutation($id: ID!) { acceptBooking(id: $id) { id status } }`;

/**
 * Accepts of REQUESTED bookings on distinct slots of one listing, at 16 concurrent clients, through the real
 * HTTP GraphQL endpoint of a separate API process: each accept locks the booking, checks the grant, and passes
 * the exclusion constraint.
 */
export const bookingsBench: BenchScenario = {
  name: 'booking_accept',
  description: `${BOOKINGS} accepts on distinct slots, ${CONCURRENCY} concurrent clients`,
  async run(env: BenchEnv): Promise<Figures> {
    const database = await env.createDatabase();
    try {
      const bookingIds = await seed(database.url, env.queuePrefix());
      const api = await env.spawnApi({ DATABASE_URL: database.url });
      await api.waitReady(60_000);
      const signIn = await env.gql<{ signIn: { accessToken: string } }>(
        api.graphqlUrl,
        `mutation { signIn(input: { email: "${PROVIDER}", password: "${PASSWORD}" }) { accessToken } }`,
      );
      const token = signIn.signIn.accessToken;
      const load = await env.runConcurrent(CONCURRENCY, { count: bookingIds.length }, (index) =>
        env.gql(api.graphqlUrl, ACCEPT, { id: bookingIds[index] }, token),
      );
      await api.stop();
      return {
        bookings: load.count,
        concurrency: CONCURRENCY,
        per_second: Math.round(load.requestsPerSecond),
        p50_ms: round(env.percentile(load.latenciesMs, 50), 1),
        p95_ms: round(env.percentile(load.latenciesMs, 95), 1),
      };
    } finally {
      await database.drop();
    }
  },
};

/** One enterprise with a provider member, one listing, and REQUESTED bookings an hour apart. */
async function seed(url: string, queuePrefix: string): Promise<string[]> {
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
    const ctx = new RequestContext(new Date(), '127.0.0.1', 'bench').withUser({
      id: admin.id,
      roles: [Role.ADMIN],
    });
    const area = await app.get(AreaService).create(ctx, { name: 'Bench Area', postcodeDistricts: ['TA1'] });
    const enterprise = await app.get(EnterpriseService).create(ctx, {
      areaId: area.id,
      name: 'Bench Care',
      postcode: 'TA1 1AA',
      activities: [Activity.HOME_HELP],
      legalStructure: LegalStructure.SOLE_TRADER,
      founder: { name: 'Bench Founder', email: 'bench-founder@example.org' },
    });
    return await db.transaction(async (tx) => {
      await identity.createAccount(
        tx,
        { email: PROVIDER, password: PASSWORD, displayName: 'Bench Provider', role: Role.PROVIDER },
        [{ kind: GrantKind.MemberOfEnterprise, scopeId: enterprise.id }],
      );
      const holder = await identity.createAccount(tx, {
        email: 'bench-holder@example.org',
        password: PASSWORD,
        displayName: 'Bench Holder',
        role: Role.BUDGET_HOLDER,
      });
      const [listing] = await tx.query(
        `INSERT INTO listings (enterprise_id, area_id, title, description, category, price_pence, price_unit, postcode,
           district, latitude, longitude, travel_miles, available_days, status, verified, published_at)
         VALUES ($1, $2, 'Bench visits', 'Visits for the benchmark', 'HOME_HELP', 1800, 'HOUR', 'TA1 1AA', 'TA1',
           51.0, -3.1, 10, 127, 'PUBLISHED', true, now())
         RETURNING id`,
        [enterprise.id, area.id],
      );
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO bookings (listing_id, enterprise_id, holder_id, requested_by_id, starts_at, ends_at, status,
           cost_pence, expires_at)
         SELECT $1, $2, $3, $3, date_trunc('hour', now()) + (n || ' hours')::interval + interval '2 days',
                date_trunc('hour', now()) + (n || ' hours')::interval + interval '2 days 1 hour',
                'REQUESTED', 1800, now() + interval '48 hours'
         FROM generate_series(1, $4) AS n
         RETURNING id`,
        [listing.id, enterprise.id, holder.id, BOOKINGS],
      );
      return rows.map((row) => row.id);
    });
  } finally {
    await app?.close();
  }
}
