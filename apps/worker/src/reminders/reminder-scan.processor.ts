import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ReminderScanService } from '@small-places/notifications';
import { APP_CONFIG, AppConfig, Clock, londonDate, QueueName, QueueService } from '@small-places/platform';
import { Job } from 'bullmq';
import { JobOutcome, QueueProcessor } from '../queue-processor';

export const DAILY_SCAN_SCHEDULER = 'daily-reminder-scan';
export const DAILY_SCAN_PATTERN = '0 6 * * *';
export const DAILY_SCAN_TZ = 'Europe/London';
/** What cannot wait for 06:00: booking requests whose 48 hours are up expire within the hour. */
export const HOURLY_SCAN_SCHEDULER = 'hourly-reminder-scan';
export const HOURLY_SCAN_PATTERN = '0 * * * *';
export const HOURLY_SCAN_JOB = 'hourly-scan';
/** Re-upserted this often, so a Redis that lost its data has the schedule back within the hour. */
const RESCHEDULE_EVERY_MS = 3600_000;

/**
 * The daily scan, and the hourly one (ReminderScanService.scanHourly). Every worker upserts the same job schedulers at start-up and hourly (idempotent: one schedule
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
    await this.queues.queue(QueueName.ReminderScan).upsertJobScheduler(
      HOURLY_SCAN_SCHEDULER,
      { pattern: HOURLY_SCAN_PATTERN, tz: DAILY_SCAN_TZ },
      {
        name: HOURLY_SCAN_JOB,
        data: {},
        opts: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
      },
    );
    this.logger.debug(
      { prefix: this.config.queuePrefix },
      'reminder scans scheduled: daily at 06:00 Europe/London, and hourly',
    );
  }

  async process(job: Job<{ asOf?: string }>): Promise<JobOutcome> {
    if (job.name === HOURLY_SCAN_JOB) {
      await this.scans.scanHourly(this.clock.now());
      return JobOutcome.Success;
    }
    await this.scans.scan(job.data.asOf ?? londonDate(this.clock.now()));
    return JobOutcome.Success;
  }
}
