import { cloneTestDatabase, forgetQueuePrefix, TestDatabase } from '@small-places/testing';
import {
  privateRedis,
  queuePrefix,
  requestScan,
  seedExpiringItems,
  SmtpSink,
  spawnWorker,
  startSmtpSink,
  sleep,
  tally,
  waitUntil,
  WorkerProcess,
} from './fault-harness';

const ENTERPRISES = 500; // × 10 items = 5,000 reminders due on the day
const REMINDERS = ENTERPRISES * 10;

const SHARED_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Recovery of a killed worker waits out BullMQ's 30 s job lock and the 30 s email lease. */
const RECOVERY_MS = 150_000;

/**
 * Real worker processes against a database and a queue prefix of this file's own. What is proven:
 * every reminder is recorded exactly once (unique key in PostgreSQL); every notification is emailed, and
 * each Message-ID reaches the SMTP server once, except for messages a killed worker had handed to the server
 * but not yet marked sent (at most one per mail job in flight); see docs/reminders.md.
 */
describe('reminders under faults', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  const workers: WorkerProcess[] = [];

  const start = async (env: Record<string, string>) => {
    const worker = await spawnWorker({ DATABASE_URL: database.url, SMTP_URL: sink.url, ...env });
    workers.push(worker);
    await worker.ready();
    return worker;
  };
  const allDelivered = async () => {
    const now = await tally(database.url);
    return now.reminders === REMINDERS && now.owed === 0 && sink.distinct() === REMINDERS;
  };
  const expectExactlyOnce = async (maxDuplicateEmails: number) => {
    await sleep(1500); // anything still in flight would land now
    const final = await tally(database.url);
    expect(final).toEqual({
      reminders: REMINDERS,
      distinctReminders: REMINDERS,
      notifications: REMINDERS,
      owed: 0,
    });
    expect(sink.distinct()).toBe(REMINDERS);
    expect(sink.duplicates()).toBeLessThanOrEqual(maxDuplicateEmails);
    return sink.duplicates();
  };

  beforeEach(async () => {
    database = await cloneTestDatabase();
    sink = await startSmtpSink();
    expect(await seedExpiringItems(database.url, ENTERPRISES)).toBe(REMINDERS);
  });
  afterEach(async () => {
    for (const worker of workers.splice(0)) await worker.kill('SIGKILL');
    await sink.close();
    await database.drop();
    for (const prefix of sharedPrefixes.splice(0)) await forgetQueuePrefix(SHARED_REDIS_URL, prefix);
  });

  /** The machine's Redis, under a prefix of this test's own that is removed afterwards. */
  const sharedPrefixes: string[] = [];
  function onSharedRedis(): { REDIS_URL: string; QUEUE_PREFIX: string } {
    const prefix = queuePrefix();
    sharedPrefixes.push(prefix);
    return { REDIS_URL: SHARED_REDIS_URL, QUEUE_PREFIX: prefix };
  }

  it('kill -9 in the middle of delivering 5,000 reminders, start again: each recorded once, emailed once', async () => {
    const env = onSharedRedis();
    const redisUrl = env.REDIS_URL;
    const first = await start(env);
    await requestScan(redisUrl, env.QUEUE_PREFIX);
    await waitUntil(
      'delivery to be under way',
      async () => (await tally(database.url)).reminders >= 1000,
      60_000,
      10,
    );
    await first.kill('SIGKILL');
    const atKill = await tally(database.url);
    expect(atKill.reminders).toBeLessThan(REMINDERS);

    await start(env);
    await waitUntil('every reminder delivered after the restart', allDelivered, RECOVERY_MS, 250);
    const duplicates = await expectExactlyOnce(8);
    console.log(
      `kill -9 at ${atKill.reminders}/${REMINDERS} recorded: after restart ${REMINDERS} recorded once, ` +
        `${sink.distinct()} distinct emails, ${duplicates} re-sent with the same Message-ID`,
    );
  });

  it('Redis killed during the scan and started again: the next scan delivers everything due, nothing twice', async () => {
    const redis = await privateRedis();
    await redis.start();
    try {
      const env = { REDIS_URL: redis.url, QUEUE_PREFIX: queuePrefix() };
      await start(env);
      await requestScan(redis.url, env.QUEUE_PREFIX);
      await waitUntil(
        'the scan to be under way',
        async () => (await tally(database.url)).reminders >= 200,
        60_000,
        5,
      );
      await redis.kill(); // every queued reminder and email job is lost with it
      const atKill = await tally(database.url);
      await sleep(2000);
      await redis.start();
      // The next scan (here asked for at once instead of waiting for 06:00) rebuilds what is due from PostgreSQL.
      await sleep(1000);
      await requestScan(redis.url, env.QUEUE_PREFIX);
      await waitUntil('everything due to be delivered', allDelivered, RECOVERY_MS, 250);
      const duplicates = await expectExactlyOnce(0);
      console.log(
        `Redis killed at ${atKill.reminders}/${REMINDERS} recorded; next scan delivered the rest, ${duplicates} duplicates`,
      );
    } finally {
      await redis.kill();
      await redis.forget();
    }
  });

  it('two workers and two scans at once: nothing twice', async () => {
    const env = onSharedRedis();
    const redisUrl = env.REDIS_URL;
    await Promise.all([start(env), start(env)]);
    await Promise.all([requestScan(redisUrl, env.QUEUE_PREFIX), requestScan(redisUrl, env.QUEUE_PREFIX)]);
    await waitUntil('everything due to be delivered', allDelivered, RECOVERY_MS, 250);
    expect(await expectExactlyOnce(0)).toBe(0);
  });
});
