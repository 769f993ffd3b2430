import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RedisService } from '../queue/redis.service';
import { ACCESS_TOKEN_TTL_SECONDS } from './access-token.service';

/**
 * Access tokens are stateless for 15 minutes; closing an account must end them at once, on every replica.
 * A marker keyed by the account id (never an email) lives in Redis exactly as long as a token could.
 */
@Injectable()
export class AccessRevocations {
  constructor(
    private readonly redis: RedisService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async revokeAllOf(userId: string): Promise<void> {
    await this.redis.client.set(this.key(userId), '1', 'EX', ACCESS_TOKEN_TTL_SECONDS + 60);
  }

  async isRevoked(userId: string): Promise<boolean> {
    return (await this.redis.client.exists(this.key(userId))) === 1;
  }

  private key(userId: string): string {
    return `${this.config.queuePrefix}-revoked-${userId}`;
  }
}
