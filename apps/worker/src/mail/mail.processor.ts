import { Injectable } from '@nestjs/common';
import { NotificationMailer, NotificationMailJob } from '@small-places/notifications';
import { MailMessage, MailTransport, QueueName } from '@small-places/platform';
import { Job } from 'bullmq';
import { JobOutcome, QueueProcessor } from '../queue-processor';

/** A notification mail job queued before emails were batched: one id. */
interface SingleNotificationMailJob {
  notificationId: string;
}

/**
 * Sends plain mail, and notifications' emails (a batch per job, read from the database and sent only while
 * still owed: see NotificationMailer for the guarantee). Retried with backoff by BullMQ when the SMTP server
 * fails. Concurrency 8: with one email at a time per job, at most 8 are in flight per worker process.
 */
@Injectable()
export class MailProcessor implements QueueProcessor<
  MailMessage | NotificationMailJob | SingleNotificationMailJob
> {
  readonly queue = QueueName.Mail;
  readonly concurrency = 8;

  constructor(
    private readonly transport: MailTransport,
    private readonly notifications: NotificationMailer,
  ) {}

  async process(
    job: Job<MailMessage | NotificationMailJob | SingleNotificationMailJob>,
  ): Promise<JobOutcome> {
    const data = job.data;
    if ('notificationIds' in data || 'notificationId' in data) {
      const ids = 'notificationIds' in data ? data.notificationIds : [data.notificationId];
      const outcome = await this.notifications.send(ids, (message, id) =>
        this.transport.deliver(message, id),
      );
      return outcome.sent > 0 ? JobOutcome.Success : JobOutcome.Skipped;
    }
    await this.transport.deliver(data, job.id ?? String(Date.now()));
    return JobOutcome.Success;
  }
}
