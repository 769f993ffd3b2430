import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { tooManyRequests } from '../errors/app-error';
import { RedisService } from '../queue/redis.service';

export interface AttemptLimit {
  /** A short name for the counter, e.g. `signin-account`. */
  name: string;
  points: number;
  durationSeconds: number;
}

/**
 * Counts attempts in Redis, so a limit holds across API replicas and across aliased or batched operations:
 * each attempt takes its point atomically before any work is done.
 */
@Injectable()
export class AttemptLimiter {
  private readonly limiters = new Map<string, RateLimiterRedis>();

  constructor(
    private readonly redis: RedisService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async take(limit: AttemptLimit, key: string, message?: string): Promise<void> {
    try {
      await this.limiter(limit).consume(key, 1);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooManyRequests(message);
      throw error;
    }
  }

  async giveBack(limit: AttemptLimit, key: string): Promise<void> {
    await this.limiter(limit).reward(key, 1);
  }

  async clear(limit: AttemptLimit, key: string): Promise<void> {
    await this.limiter(limit).delete(key);
  }

  private limiter(limit: AttemptLimit): RateLimiterRedis {
    let limiter = this.limiters.get(limit.name);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: this.redis.client,
        keyPrefix: `${this.config.queuePrefix}-limit-${limit.name}`,
        points: limit.points,
        duration: limit.durationSeconds,
      });
      this.limiters.set(limit.name, limiter);
    }
    return limiter;
  }
}
