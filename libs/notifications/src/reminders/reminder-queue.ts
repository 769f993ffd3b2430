import { Injectable } from '@nestjs/common';
import { QueueName, QueueService } from '@small-places/platform';
import { ReminderJob, reminderKey } from './reminder-job';

/** The reminders' side of BullMQ: one job per reminder, its id the reminder key, so duplicates collapse. */
@Injectable()
export class ReminderQueue {
  constructor(private readonly queues: QueueService) {}

  async enqueue(jobs: ReminderJob[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queues.queue(QueueName.Reminders).addBulk(
      jobs.map((job) => ({
        name: job.subject.toLowerCase(),
        data: job,
        opts: { jobId: reminderKey(job) },
      })),
    );
  }
}
