import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Allow, Permission, PlatformHealthIndicators } from '@small-places/platform';
import { WorkerRunner } from './worker-runner';

@Controller('health')
@Allow(Permission.Public)
export class WorkerHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly platform: PlatformHealthIndicators,
    private readonly indicator: HealthIndicatorService,
    private readonly runner: WorkerRunner,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.platform.redisPing(),
      () => {
        const check = this.indicator.check('workers');
        return this.runner.running ? check.up() : check.down({ message: 'workers are not running' });
      },
    ]);
  }
}
