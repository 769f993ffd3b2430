import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ReminderScanService } from '@small-places/notifications';
import { APP_CONFIG, AppConfig, Clock, londonDate, QueueName, QueueService } from '@small-places/platform';
import { Job } from 'bullmq';
import { JobOutcome, QueueProcessor } from '../queue-processor';

export const DAILY_SCAN_SCHEDULER = 'daily-reminder-scan';
export const DAILY_SCAN_PATTERN = '0 6 * * *';
export const DAILY_SCAN_TZ = 'Europe/London';
/** Re-upserted this often, so a Redis that lost its data has the schedule back within the hour. */
const RESCHEDULE_EVERY_MS = 3600_000;

/**
 * The daily scan. Every worker upserts the same job scheduler at start-up and hourly (idempotent: one schedule
 * in Redis whatever the number of workers), so a Redis that lost its data gets the schedule back.
 */
@Injectable()
export class ReminderScanProcessor
  implements QueueProcessor<{ asOf?: string }>, OnApplicationBootstrap, OnApplicationShutdown
{
  readonly queue = QueueName.ReminderScan;
  readonly concurrency = 1;
  private readonly logger = new Logger('ReminderScan');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly scans: ReminderScanService,
    private readonly queues: QueueService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule();
    this.timer = setInterval(() => {
      this.schedule().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'could not reschedule the scan'),
      );
    }, RESCHEDULE_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async schedule(): Promise<void> {
    await this.queues.queue(QueueName.ReminderScan).upsertJobScheduler(
      DAILY_SCAN_SCHEDULER,
      { pattern: DAILY_SCAN_PATTERN, tz: DAILY_SCAN_TZ },
      {
        name: 'daily-scan',
        data: {},
        opts: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
      },
    );
    this.logger.debug(
      { prefix: this.config.queuePrefix },
      'daily reminder scan scheduled at 06:00 Europe/London',
    );
  }

  async process(job: Job<{ asOf?: string }>): Promise<JobOutcome> {
    await this.scans.scan(job.data.asOf ?? londonDate(this.clock.now()));
    return JobOutcome.Success;
  }
}
