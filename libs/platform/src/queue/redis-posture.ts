import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RedisService } from './redis.service';

export interface RedisPostureVerdict {
  verdict: 'ok' | 'warn' | 'refuse';
  message?: string;
}

/**
 * BullMQ keeps jobs as ordinary keys: a Redis that evicts under memory pressure silently drops queued mail and
 * reminders. Production refuses any policy but `noeviction`; elsewhere it is a warning. A Redis that hides
 * CONFIG (some managed services do) cannot be checked: a warning, and docs/operations.md says to check it.
 */
export function judgeEvictionPolicy(policy: string | null, isProduction: boolean): RedisPostureVerdict {
  if (policy === 'noeviction') return { verdict: 'ok' };
  if (policy === null) {
    return {
      verdict: 'warn',
      message:
        'Could not read Redis maxmemory-policy (CONFIG is disabled?); make sure it is noeviction, or queued jobs can be evicted',
    };
  }
  const message = `Redis maxmemory-policy is ${policy}; it must be noeviction, or queued jobs can be evicted`;
  return { verdict: isProduction ? 'refuse' : 'warn', message };
}

/** Checked when the worker starts: the process that depends on every queued job being kept. */
@Injectable()
export class RedisPostureCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger(RedisPostureCheck.name);

  constructor(
    private readonly redis: RedisService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { verdict, message } = judgeEvictionPolicy(await this.readPolicy(), this.config.isProduction);
    if (verdict === 'refuse') throw new Error(message);
    if (verdict === 'warn') this.logger.warn(message);
  }

  private async readPolicy(): Promise<string | null> {
    try {
      const reply = (await this.redis.client.config('GET', 'maxmemory-policy')) as string[];
      return reply[1] ?? null;
    } catch {
      return null;
    }
  }
}
