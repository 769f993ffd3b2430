import { Injectable } from '@nestjs/common';
import { ReminderDeliveryService, ReminderJob } from '@small-places/notifications';
import { QueueName } from '@small-places/platform';
import { Job } from 'bullmq';
import { JobOutcome, QueueProcessor } from '../queue-processor';

/** Delivers one reminder: recorded once under its unique key, whatever happens to the job. */
@Injectable()
export class ReminderProcessor implements QueueProcessor<ReminderJob> {
  readonly queue = QueueName.Reminders;
  readonly concurrency = 16;

  constructor(private readonly delivery: ReminderDeliveryService) {}

  async process(job: Job<ReminderJob>): Promise<JobOutcome> {
    return (await this.delivery.deliver(job.data)) === 'sent' ? JobOutcome.Success : JobOutcome.Skipped;
  }
}
