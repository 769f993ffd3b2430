import Redis, { RedisOptions } from 'ioredis';

/**
 * A Redis connection for one purpose. BullMQ workers need `maxRetriesPerRequest: null` so blocking
 * commands wait out a Redis restart instead of failing.
 */
export function createRedis(url: string, purpose: 'commands' | 'bullmq', name: string): Redis {
  const options: RedisOptions = {
    connectionName: `small-places-${name}`,
    lazyConnect: false,
    enableOfflineQueue: true,
    maxRetriesPerRequest: purpose === 'bullmq' ? null : 3,
    retryStrategy: (times) => Math.min(times * 200, 5000),
  };
  return new Redis(url, options);
}
