import { Injectable } from '@nestjs/common';
import { ReminderBatch, ReminderDeliveryService, ReminderJob } from '@small-places/notifications';
import { QueueName } from '@small-places/platform';
import { Job } from 'bullmq';
import { JobOutcome, QueueProcessor } from '../queue-processor';

/**
 * Delivers a batch of reminders: each recorded once under its unique key, whatever happens to the job. A job
 * queued before reminders were batched holds one reminder.
 */
@Injectable()
export class ReminderProcessor implements QueueProcessor<ReminderBatch | ReminderJob> {
  readonly queue = QueueName.Reminders;
  readonly concurrency = 4;

  constructor(private readonly delivery: ReminderDeliveryService) {}

  async process(job: Job<ReminderBatch | ReminderJob>): Promise<JobOutcome> {
    const reminders = 'reminders' in job.data ? job.data.reminders : [job.data];
    const outcome = await this.delivery.deliver(reminders);
    return outcome.sent > 0 ? JobOutcome.Success : JobOutcome.Skipped;
  }
}
