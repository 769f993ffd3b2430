import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RedisService } from '../queue/redis.service';
import { ACCESS_TOKEN_TTL_SECONDS } from './access-token.service';
import { AuthUser } from './request-context';

export type Revocation = 'closed' | 'ended';

/**
 * Access tokens are stateless for 15 minutes; closing an account or resetting its password must end them at
 * once, on every replica. A marker keyed by the account id (never an email) lives in Redis exactly as long as a
 * token could: "closed" refuses every token; a number (seconds since the epoch) refuses tokens issued before it.
 */
@Injectable()
export class AccessRevocations {
  constructor(
    private readonly redis: RedisService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async revokeAllOf(userId: string): Promise<void> {
    await this.redis.client.set(this.key(userId), 'closed', 'EX', ACCESS_TOKEN_TTL_SECONDS + 60);
  }

  /**
   * Ends every access token issued up to now. Returns the instant (seconds) from which new tokens count: the
   * next whole second, so a token issued in this same second before the call is refused too. Sign the session
   * that follows with `issuedAt` = this value.
   */
  async endSessionsBefore(userId: string, now = Date.now()): Promise<number> {
    const cutoff = Math.floor(now / 1000) + 1;
    const key = this.key(userId);
    // Never weaken a closure, never move a cutoff backwards.
    const current = await this.redis.client.get(key);
    if (current === 'closed') return cutoff;
    if (current === null || Number(current) < cutoff) {
      await this.redis.client.set(key, String(cutoff), 'EX', ACCESS_TOKEN_TTL_SECONDS + 60);
    }
    return cutoff;
  }

  /** Why this token no longer works, or null when it still does. One Redis GET. */
  async check(user: AuthUser): Promise<Revocation | null> {
    const marker = await this.redis.client.get(this.key(user.id));
    if (marker === null) return null;
    if (marker === 'closed' || marker === '1') return 'closed';
    return (user.issuedAt ?? 0) < Number(marker) ? 'ended' : null;
  }

  private key(userId: string): string {
    return `${this.config.queuePrefix}-revoked-${userId}`;
  }
}
