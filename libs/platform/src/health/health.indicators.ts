import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RedisService } from '../queue/redis.service';

@Injectable()
export class PlatformHealthIndicators {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly redis: RedisService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async redisPing(key = 'redis') {
    const check = this.indicator.check(key);
    try {
      const answer = await withTimeout(this.redis.client.ping(), 1000);
      return answer === 'PONG' ? check.up() : check.down({ message: `unexpected answer ${answer}` });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  async migrations(key = 'migrations') {
    const check = this.indicator.check(key);
    try {
      const pending = await this.dataSource.showMigrations();
      return pending ? check.down({ message: 'migrations are pending' }) : check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref(),
    ),
  ]);
}
