import { SIGN_IN_PER_ACCOUNT } from '@small-places/identity';
import { QueueName } from '@small-places/platform';
import {
  cloneTestDatabase,
  forgetQueuePrefix,
  GraphQLClient,
  Session,
  SIGN_IN,
  signIn,
  signUp,
  TEST_PASSWORD,
  TestDatabase,
  uniqueEmail,
  graphql,
} from '@small-places/testing';
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { Client } from 'pg';
import {
  AS_OF,
  NodeProcess,
  seedExpiringItems,
  SmtpSink,
  sleep,
  spawnApi,
  spawnWorker,
  startSmtpSink,
  tally,
  waitUntil,
} from './fault-harness';

const ENTERPRISES = 150; // × 10 items = 1,500 reminders due on the day
const REMINDERS = ENTERPRISES * 10;
const ADMIN = { email: 'admin@scale.test', password: 'scale-out-admin-password' };

const ME = graphql(`
  query ScaleOutMe {
    me {
      id
      email
    }
  }
`);
const REFRESH = graphql(`
  mutation ScaleOutRefresh($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      user {
        id
      }
    }
  }
`);
const RUN_SCAN = graphql(`
  mutation ScaleOutRunScan($asOf: Date) {
    runReminderScan(asOf: $asOf)
  }
`);

/**
 * Two API processes and two workers from dist/, as production runs them, on one PostgreSQL database and one
 * Redis, with a hash-tagged queue prefix of this file's own (`{…}`, as Redis Cluster needs). Whatever one
 * process knows, the others must know too: sessions, throttling counters and queued jobs live in PostgreSQL
 * and Redis, never in a process.
 */
describe('scale-out: two APIs and two workers on one PostgreSQL and one Redis', () => {
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const queuePrefix = `{f${randomBytes(4).toString('hex')}}`;
  let database: TestDatabase;
  let sink: SmtpSink;
  let apis: NodeProcess[] = [];
  let workers: NodeProcess[] = [];
  let a: GraphQLClient;
  let b: GraphQLClient;

  beforeAll(async () => {
    database = await cloneTestDatabase();
    sink = await startSmtpSink();
    expect(await seedExpiringItems(database.url, ENTERPRISES)).toBe(REMINDERS);
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: queuePrefix,
      SMTP_URL: sink.url,
    };
    // Both APIs are given the bootstrap Admin and start at once, as replicas do: both must come up, one Admin.
    const apiEnv = { ...env, BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password };
    apis = await Promise.all([spawnApi(apiEnv), spawnApi(apiEnv)]);
    workers = await Promise.all([spawnWorker(env), spawnWorker(env)]);
    await Promise.all([...apis, ...workers].map((process) => process.ready()));
    [a, b] = apis.map((api) => new GraphQLClient(api.url));
  });

  afterAll(async () => {
    for (const process of [...apis, ...workers]) await process.kill('SIGKILL');
    await sink?.close();
    await database?.drop();
    await forgetQueuePrefix(redisUrl, queuePrefix);
  });

  it('replicas starting together with the same bootstrap Admin make exactly one', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ email: string }>(
        `SELECT u.email FROM users u JOIN grants g ON g.user_id = u.id AND g.kind = 'ADMIN'
         WHERE 'ADMIN' = ANY(u.roles)`,
      );
      expect(rows).toEqual([{ email: ADMIN.email }]);
    } finally {
      await client.end();
    }
  });

  it('every process answers the health checks the container image and docker/compose.yml ask', async () => {
    // API: the image's HEALTHCHECK and the proxy's depends_on; worker: compose's own healthcheck.
    for (const process of [...apis, ...workers]) {
      const response = await fetch(`${process.url}/health/live`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok' });
    }
  });

  it('a reminder scan asked of both APIs at once, two workers: every reminder and every email exactly once', async () => {
    const admin = await signIn(b, ADMIN.email, ADMIN.password);
    const started = Date.now();
    const enqueued = await Promise.all(
      [a, b].map(
        async (api) =>
          (await api.ok<{ runReminderScan: number }>(RUN_SCAN, { asOf: AS_OF }, { token: admin.accessToken }))
            .runReminderScan,
      ),
    );
    expect(enqueued[0] + enqueued[1]).toBeGreaterThanOrEqual(REMINDERS);

    await waitUntil(
      'every reminder to be delivered',
      async () => {
        const now = await tally(database.url);
        return now.reminders === REMINDERS && now.owed === 0 && sink.distinct() === REMINDERS;
      },
      90_000,
      250,
    );
    const seconds = (Date.now() - started) / 1000;
    await sleep(1500); // anything still in flight would land now
    expect(await tally(database.url)).toEqual({
      reminders: REMINDERS,
      distinctReminders: REMINDERS,
      notifications: REMINDERS,
      owed: 0,
    });
    expect(sink.messages).toHaveLength(REMINDERS);
    expect(sink.duplicates()).toBe(0);

    // Both workers took a share: the test proves nothing about two workers if one sat idle.
    const byWorker = await processedBy(QueueName.Reminders);
    expect(byWorker.size).toBe(2);
    console.log(
      `scan on both APIs (enqueued ${enqueued.join(' + ')}), ${REMINDERS} reminders delivered once in ` +
        `${seconds.toFixed(1)} s by two workers (${[...byWorker.values()].join(' / ')} jobs each)`,
    );
  });

  it('a session begun on API A works on API B, refreshes across them, and reuse is caught on either', async () => {
    const first = await signUp(a, { email: uniqueEmail('roaming') });
    expect(await me(b, first)).toBe(first.user.id);

    const second = await refresh(b, first.refreshToken);
    expect(await me(a, second)).toBe(first.user.id);

    // The spent token replayed on A: refused, and the family (including `second`) is revoked for B too.
    expect(await a.errorCode(REFRESH, { refreshToken: first.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await b.errorCode(REFRESH, { refreshToken: second.refreshToken })).toBe('UNAUTHENTICATED');

    // One refresh token sent to both APIs at the same moment: one wins, the other is taken for reuse.
    const third = await signIn(b, first.user.email);
    const race = await Promise.all(
      [a, b].map((api) =>
        api.request<{ refreshSession: Session }>(REFRESH, { refreshToken: third.refreshToken }),
      ),
    );
    const winners = race.filter((result) => result.data?.refreshSession);
    const losers = race.filter((result) => result.errors?.[0].extensions?.code === 'UNAUTHENTICATED');
    expect([winners.length, losers.length]).toEqual([1, 1]);
    const winner = winners[0].data!.refreshSession;
    for (const api of [a, b])
      expect(await api.errorCode(REFRESH, { refreshToken: winner.refreshToken })).toBe('UNAUTHENTICATED');
  });

  it(`failed sign-ins spread over both APIs count against one limit of ${SIGN_IN_PER_ACCOUNT.points}`, async () => {
    const email = uniqueEmail('guessed');
    await signUp(a, { email });
    const attempts = SIGN_IN_PER_ACCOUNT.points + 10;
    const codes: (string | undefined)[] = [];
    const perApi = [0, 0];
    for (let sent = 0; sent < attempts; sent += 10) {
      const wave = Array.from({ length: Math.min(10, attempts - sent) }, (_, i) => {
        perApi[i % 2] += 1;
        return [a, b][i % 2].request(SIGN_IN, { input: { email, password: `wrong-guess-${sent + i}` } });
      });
      for (const result of await Promise.all(wave))
        codes.push(result.errors?.[0].extensions?.code as string | undefined);
    }
    expect(perApi).toEqual([attempts / 2, attempts / 2]);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(SIGN_IN_PER_ACCOUNT.points);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(10);

    // Now both refuse, even the right password.
    for (const api of [a, b]) {
      const blocked = await api.request(SIGN_IN, { input: { email, password: TEST_PASSWORD } });
      expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
      expect(blocked.data).toBeNull();
    }
  }, 120_000);

  async function me(api: GraphQLClient, session: { accessToken: string }): Promise<string> {
    return (await api.ok<{ me: { id: string } }>(ME, {}, { token: session.accessToken })).me.id;
  }

  async function refresh(api: GraphQLClient, refreshToken: string): Promise<Session> {
    return (await api.ok<{ refreshSession: Session }>(REFRESH, { refreshToken })).refreshSession;
  }

  /** How many completed jobs of a queue each worker (by its BullMQ name) ran. */
  async function processedBy(queueName: QueueName): Promise<Map<string, number>> {
    const connection = new IORedis(redisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue(queueName, { connection, prefix: queuePrefix });
    try {
      const counts = new Map<string, number>();
      for (const job of await queue.getJobs(['completed'], 0, -1)) {
        const worker = job.processedBy ?? '(unnamed)';
        counts.set(worker, (counts.get(worker) ?? 0) + 1);
      }
      return counts;
    } finally {
      await queue.close();
      connection.disconnect();
    }
  }
});
