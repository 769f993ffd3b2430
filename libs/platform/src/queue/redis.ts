import Redis, { RedisOptions } from 'ioredis';
import { AppConfig } from '../config/app-config';

/**
 * A Redis connection for one purpose. BullMQ workers need `maxRetriesPerRequest: null` so blocking
 * commands wait out a Redis restart instead of failing. With Sentinel, ioredis asks the sentinels for the
 * primary on every (re)connect, so a failover is a reconnect; REDIS_URL then gives credentials, db and TLS.
 */
export function createRedis(
  config: Pick<AppConfig, 'redisUrl' | 'redisSentinel'>,
  purpose: 'commands' | 'bullmq',
  name: string,
): Redis {
  const options: RedisOptions = {
    connectionName: `small-places-${name}`,
    lazyConnect: false,
    enableOfflineQueue: true,
    maxRetriesPerRequest: purpose === 'bullmq' ? null : 3,
    retryStrategy: (times) => Math.min(times * 200, 5000),
    ...(config.redisSentinel
      ? { sentinels: config.redisSentinel.sentinels, name: config.redisSentinel.master }
      : {}),
  };
  return new Redis(config.redisUrl, options);
}
