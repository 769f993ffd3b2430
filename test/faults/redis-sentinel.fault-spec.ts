import { cloneTestDatabase, GraphQLClient, signIn, TestDatabase, graphql } from '@small-places/testing';
import { randomBytes } from 'node:crypto';
import {
  AS_OF,
  NodeProcess,
  privateSentinelRedis,
  seedExpiringItems,
  SentinelRedis,
  sleep,
  SmtpSink,
  spawnApi,
  spawnWorker,
  startSmtpSink,
  tally,
  waitUntil,
} from './fault-harness';

const ENTERPRISES = 300; // × 10 items = 3,000 reminders due on the day
const REMINDERS = ENTERPRISES * 10;
const ADMIN = { email: 'admin@sentinel.test', password: 'sentinel-admin-password' };
const RUN_SCAN = graphql(`
  mutation RedisSentinelRunScan($asOf: Date) {
    runReminderScan(asOf: $asOf)
  }
`);

/**
 * Redis found through Sentinel (REDIS_SENTINELS), as a managed or self-run Redis with failover is: a primary,
 * a replica and a sentinel, with an API and two workers from dist/. The primary is killed while reminders are
 * being delivered; the sentinel promotes the replica, every process reconnects to it on its own, and the next
 * scan (asked of the API, through its reconnected queue connection) delivers what was lost, nothing twice.
 */
describe('Redis behind Sentinel: the primary killed mid-delivery', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let redis: SentinelRedis;
  const processes: NodeProcess[] = [];

  beforeAll(async () => {
    database = await cloneTestDatabase();
    sink = await startSmtpSink();
    redis = await privateSentinelRedis();
  });
  afterAll(async () => {
    for (const process of processes) await process.kill('SIGKILL');
    await redis?.stop();
    await sink?.close();
    await database?.drop();
  });

  it('fails over to the replica; every reminder recorded and emailed once', async () => {
    expect(await seedExpiringItems(database.url, ENTERPRISES)).toBe(REMINDERS);
    const env = {
      ...redis.env,
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `{f${randomBytes(4).toString('hex')}}`,
      SMTP_URL: sink.url,
    };
    processes.push(
      await spawnApi({
        ...env,
        BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
        BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      }),
      await spawnWorker(env),
      await spawnWorker(env),
    );
    await Promise.all(processes.map((process) => process.ready()));
    const [api, ...workers] = processes;
    const client = new GraphQLClient(api.url);
    const admin = await signIn(client, ADMIN.email, ADMIN.password);
    const scan = async () =>
      (await client.ok<{ runReminderScan: number }>(RUN_SCAN, { asOf: AS_OF }, { token: admin.accessToken }))
        .runReminderScan;

    expect(await scan()).toBe(REMINDERS);
    await waitUntil(
      'delivery to be under way',
      async () => (await tally(database.url)).reminders >= 500,
      60_000,
      10,
    );
    const oldPrimary = await redis.primaryPort();
    expect(oldPrimary).toBe(redis.firstPrimaryPort); // no failover before we kill it
    await redis.killPrimary();
    const killedAt = Date.now();
    const atKill = await tally(database.url);
    expect(atKill.reminders).toBeLessThan(REMINDERS);

    await waitUntil(
      'the sentinel to promote the replica',
      async () => (await redis.primaryPort()) !== oldPrimary,
      30_000,
      100,
    );
    const failoverSeconds = (Date.now() - killedAt) / 1000;
    // Every process finds the new primary by itself: the API's readiness and the workers' health ping Redis.
    await waitUntil(
      'every process to reach the new primary',
      async () => {
        const answers = await Promise.all(
          [`${api.url}/health/ready`, ...workers.map((worker) => `${worker.url}/health`)].map((url) =>
            fetch(url).then(
              (response) => response.status === 200,
              () => false,
            ),
          ),
        );
        return answers.every(Boolean);
      },
      30_000,
      200,
    );
    const reconnectedSeconds = (Date.now() - killedAt) / 1000;

    // Jobs that had not reached the replica are gone with the primary; the next scan rebuilds them from PostgreSQL.
    const rescanned = await scan();
    await waitUntil(
      'everything due to be delivered',
      async () => {
        const now = await tally(database.url);
        return now.reminders === REMINDERS && now.owed === 0 && sink.distinct() === REMINDERS;
      },
      120_000,
      250,
    );
    await sleep(1500); // anything still in flight would land now
    expect(await tally(database.url)).toEqual({
      reminders: REMINDERS,
      distinctReminders: REMINDERS,
      notifications: REMINDERS,
      owed: 0,
    });
    expect(sink.distinct()).toBe(REMINDERS);
    expect(sink.duplicates()).toBe(0);
    console.log(
      `primary killed at ${atKill.reminders}/${REMINDERS} recorded; replica promoted after ${failoverSeconds.toFixed(1)} s, ` +
        `every process on it after ${reconnectedSeconds.toFixed(1)} s; the next scan enqueued ${rescanned}; ` +
        `${REMINDERS} delivered once, 0 emails twice`,
    );
  });
});
