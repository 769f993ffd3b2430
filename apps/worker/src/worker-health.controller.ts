import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { ReminderRepository } from '@small-places/notifications';
import { Allow, Clock, Permission, PlatformHealthIndicators } from '@small-places/platform';
import { WorkerRunner } from './worker-runner';

/** A scan older than this means the 06:00 schedule was missed (a day and two hours of slack). */
export const SCAN_STALE_AFTER_SECONDS = 26 * 3600;

@Controller('health')
@Allow(Permission.Public)
export class WorkerHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly platform: PlatformHealthIndicators,
    private readonly indicator: HealthIndicatorService,
    private readonly runner: WorkerRunner,
    private readonly reminders: ReminderRepository,
    private readonly clock: Clock,
  ) {}

  /** The process is up; what the container health check asks (docker/compose.yml). */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Redis answering, every queue's worker running, and the daily scan not overdue. */
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.platform.redisPing(),
      () => {
        const check = this.indicator.check('workers');
        return this.runner.running ? check.up() : check.down({ message: 'workers are not running' });
      },
      async () => {
        // A fresh install has never scanned; that is not a fault, only reported.
        const check = this.indicator.check('reminderScan');
        const last = await this.reminders.lastScanFinishedAt();
        if (!last) return check.up({ lastCompletedAt: null, ageSeconds: null });
        const ageSeconds = Math.round((this.clock.now().getTime() - last.getTime()) / 1000);
        const details = { lastCompletedAt: last.toISOString(), ageSeconds };
        return ageSeconds <= SCAN_STALE_AFTER_SECONDS
          ? check.up(details)
          : check.down({ ...details, message: 'no reminder scan has completed in the last 26 hours' });
      },
    ]);
  }
}
