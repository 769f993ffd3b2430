import IORedis from 'ioredis';

/**
 * Removes every key under a queue prefix (jobs, schedulers, claims, sign-in counters) from a shared Redis.
 * Tests, fault tests and benchmarks each run under a prefix of their own on the machine's one Redis, which
 * keeps nothing on disk but lives across runs: without this, every run leaves its keys behind, and tests
 * that look through all of Redis (closing an account) slow down run after run.
 */
export async function forgetQueuePrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new IORedis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
  try {
    await redis.connect();
    const stream = redis.scanStream({ match: `${escapeGlob(prefix)}*`, count: 1000 });
    for await (const keys of stream as AsyncIterable<string[]>) {
      if (keys.length > 0) await redis.unlink(...keys);
    }
  } finally {
    redis.disconnect();
  }
}

/** A hash-tagged prefix (`{f1a2}`) holds glob characters of its own. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\{}]/g, (character) => `\\${character}`);
}
