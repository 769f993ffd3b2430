import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Allow } from '../auth/allow.decorator';
import { Permission } from '../auth/permission';
import { PlatformHealthIndicators } from './health.indicators';

@Controller('health')
@Allow(Permission.Public)
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly platform: PlatformHealthIndicators,
  ) {}

  /** The process is up; says nothing about its dependencies. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Ready to serve: database answering, Redis answering, no pending migrations. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 1500 }),
      () => this.platform.redisPing(),
      () => this.platform.migrations(),
    ]);
  }
}
