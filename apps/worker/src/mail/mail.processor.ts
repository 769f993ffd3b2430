import { Injectable, Logger } from '@nestjs/common';
import { NotificationMailer, NotificationMailJob } from '@small-places/notifications';
import {
  MAIL_LINK_PLACEHOLDER,
  MailLinkRegistry,
  MailMessage,
  MailTransport,
  QueueName,
} from '@small-places/platform';
import { Job } from 'bullmq';
import { JobOutcome, QueueProcessor } from '../queue-processor';

/** A notification mail job queued before emails were batched: one id. */
interface SingleNotificationMailJob {
  notificationId: string;
}

type MailJob = MailMessage | NotificationMailJob | SingleNotificationMailJob;

/** What a plain mail job keeps once it is sent or has failed for good: enough for the dashboard, nobody's data. */
export interface SpentMailJob {
  spent: true;
  /** The kind of secret link it carried, or "plain". */
  kind: string;
}

/**
 * Sends plain mail, and notifications' emails (a batch per job, read from the database and sent only while
 * still owed: see NotificationMailer for the guarantee). Retried with backoff by BullMQ when the SMTP server
 * fails. Concurrency 8: with one email at a time per job, at most 8 are in flight per worker process.
 * A plain message's secret link is made only now (MailLinkRegistry), and once the message is sent its job keeps
 * no address or text (`SpentMailJob`).
 */
@Injectable()
export class MailProcessor implements QueueProcessor<MailJob | SpentMailJob> {
  readonly queue = QueueName.Mail;
  readonly concurrency = 8;
  private readonly logger = new Logger(MailProcessor.name);

  constructor(
    private readonly transport: MailTransport,
    private readonly notifications: NotificationMailer,
    private readonly links: MailLinkRegistry,
  ) {}

  async process(job: Job<MailJob | SpentMailJob>): Promise<JobOutcome> {
    const data = job.data;
    if ('spent' in data) return JobOutcome.Skipped;
    if ('notificationIds' in data || 'notificationId' in data) {
      const ids = 'notificationIds' in data ? data.notificationIds : [data.notificationId];
      const outcome = await this.notifications.send(ids, (message, id) =>
        this.transport.deliver(message, id),
      );
      return outcome.sent > 0 ? JobOutcome.Success : JobOutcome.Skipped;
    }
    let message: MailMessage = { to: data.to, subject: data.subject, text: data.text };
    if (data.link) {
      const issuer = this.links.issuer(data.link.kind);
      if (!issuer) throw new Error(`No mail link issuer for "${data.link.kind}"`);
      const url = await issuer.issue(data.link.id);
      if (!url) {
        await this.forget(job);
        return JobOutcome.Skipped;
      }
      message = { ...message, text: message.text.split(MAIL_LINK_PLACEHOLDER).join(url) };
    }
    await this.transport.deliver(message, job.id ?? String(Date.now()));
    await this.forget(job);
    return JobOutcome.Success;
  }

  /** Called by the runner when a plain mail job has failed for the last time, and after a send. */
  async forget(job: Job<MailJob | SpentMailJob>): Promise<void> {
    const data = job.data;
    if ('spent' in data || 'notificationIds' in data || 'notificationId' in data) return;
    const spent: SpentMailJob = { spent: true, kind: data.link?.kind ?? 'plain' };
    // Sent already: a Redis hiccup here must not make BullMQ retry (and send) it again.
    await job.updateData(spent).catch((error: unknown) => {
      this.logger.warn({ err: error, jobId: job.id }, 'could not forget a sent mail job');
    });
  }
}
