import { Injectable } from '@nestjs/common';
import { NotificationMailer, NotificationMailJob } from '@small-places/notifications';
import { MailMessage, MailTransport, QueueName } from '@small-places/platform';
import { Job } from 'bullmq';
import { JobOutcome, QueueProcessor } from '../queue-processor';

/**
 * Sends one email. Retried with backoff by BullMQ when the SMTP server fails. A notification's email is read
 * from the database and sent only while it is still owed (see NotificationMailer for the guarantee).
 */
@Injectable()
export class MailProcessor implements QueueProcessor<MailMessage | NotificationMailJob> {
  readonly queue = QueueName.Mail;
  readonly concurrency = 8;

  constructor(
    private readonly transport: MailTransport,
    private readonly notifications: NotificationMailer,
  ) {}

  async process(job: Job<MailMessage | NotificationMailJob>): Promise<JobOutcome> {
    if ('notificationId' in job.data) {
      const outcome = await this.notifications.send(job.data.notificationId, (message, id) =>
        this.transport.deliver(message, id),
      );
      return outcome === 'sent' ? JobOutcome.Success : JobOutcome.Skipped;
    }
    await this.transport.deliver(job.data, job.id ?? String(Date.now()));
    return JobOutcome.Success;
  }
}
