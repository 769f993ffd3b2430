import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { APP_CONFIG, AppConfig, RedisService } from '@small-places/platform';
import { IncomingMessage, ServerResponse } from 'node:http';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * A per-IP limit on the feed, counted in Redis so it holds across API replicas. Over it: 429 with
 * Retry-After (seconds until the window frees a request), as JSON like every other feed error.
 */
@Injectable()
export class FeedRateLimitMiddleware implements NestMiddleware {
  private readonly limiter: RateLimiterRedis;

  constructor(redis: RedisService, @Inject(APP_CONFIG) config: AppConfig) {
    this.limiter = new RateLimiterRedis({
      storeClient: redis.client,
      keyPrefix: `${config.queuePrefix}-limit-openreferral-ip`,
      points: config.openReferralRequestsPerMinute,
      duration: 60,
    });
  }

  /** Nest middleware sees Node's own request (with the client's address as `ip`) and response. */
  async use(
    request: IncomingMessage & { ip?: string },
    response: ServerResponse,
    next: (error?: unknown) => void,
  ): Promise<void> {
    if (request.method === 'OPTIONS') return next();
    try {
      await this.limiter.consume(request.ip ?? 'unknown', 1);
      next();
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) return next(error);
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      response.statusCode = 429;
      response.setHeader('Retry-After', String(seconds));
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      response.end(
        JSON.stringify({
          code: 'TOO_MANY_REQUESTS',
          message: `Too many requests from your address. Try again in ${seconds} seconds.`,
        }),
      );
    }
  }
}
