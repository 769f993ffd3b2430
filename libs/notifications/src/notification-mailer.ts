import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  bodyForEmail,
  Database,
  EMAIL_SUBJECT_MAX_LENGTH,
  MailMessage,
  quoteInEmail,
  QueueName,
  QueueService,
} from '@small-places/platform';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { NotificationRepository } from './notification.repository';

/** Mail-queue data for notifications' emails; the worker reads the messages themselves from the database. */
export interface NotificationMailJob {
  notificationIds: string[];
}

/** What a mail job for notifications did. */
export interface EmailOutcome {
  sent: number;
  /** Already sent, no longer wanted, or the account closed. */
  skipped: number;
}

/** How long a worker holds the right to send one notification's email (a killed worker's claim lapses). */
const CLAIM_MS = 30_000;

/**
 * Emails for notifications, one mail job per unit of work (a batch of reminders, a booking's answer), each
 * email sent at most once in all but one case: a worker that dies after the SMTP server accepted a message and
 * before `emailed_at` is written. Its job is retried and sends that one again, with the same Message-ID
 * (`<notification-<id>@small-places>`), so mail clients show one message. Emails of one job go one after the
 * other, each marked sent as soon as the server took it, so at most one per mail job in flight (mail
 * concurrency 8) can be sent twice.
 * Two jobs holding the same notification (a reminder batch retried with different neighbours) never send it
 * at the same time: each email is claimed in Redis (SET NX, 30 s) just before it is sent.
 */
@Injectable()
export class NotificationMailer {
  constructor(
    private readonly queues: QueueService,
    private readonly repository: NotificationRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Queues the emails once `tx` commits. The job id is derived from the notifications, so queueing the same
   * emails twice (a retried reminder batch, a second scan) adds nothing while the first job is kept.
   */
  queueAfterCommit(tx: EntityManager, notificationIds: string[]): void {
    if (notificationIds.length > 0) Database.afterCommit(tx, () => this.queue(notificationIds));
  }

  async queue(notificationIds: string[]): Promise<void> {
    if (notificationIds.length === 0) return;
    await this.queues
      .queue(QueueName.Mail)
      .add('notifications', { notificationIds } satisfies NotificationMailJob, {
        jobId: notificationsJobId(notificationIds),
      });
  }

  /**
   * Sends the emails of these notifications that are still owed, one after the other, marking each sent.
   * Throws (so the job is retried later) when another worker holds some of them and has not finished yet.
   */
  async send(
    notificationIds: string[],
    deliver: (message: MailMessage & { messageId: string }, id: string) => Promise<void>,
  ): Promise<EmailOutcome> {
    const owed = await this.repository.owedEmails(notificationIds);
    const heldElsewhere: string[] = [];
    let sent = 0;
    const claim = (index: number): Promise<boolean> => {
      if (index >= owed.length) return Promise.resolve(false);
      const pending = this.queues.claim(`email-${owed[index].id}`, CLAIM_MS);
      // Awaited on the next turn; a job that fails before then must not leave it unhandled.
      pending.catch(() => undefined);
      return pending;
    };
    let claimed = claim(0);
    for (const [index, email] of owed.entries()) {
      if (!(await claimed)) {
        heldElsewhere.push(email.id);
        claimed = claim(index + 1);
        continue;
      }
      await deliver(
        {
          to: email.to,
          // Titles and bodies quote what people wrote (labels, titles, notes, reasons): one line for the
          // subject, and nothing that reads as a link the product did not write.
          subject: quoteInEmail(email.subject, EMAIL_SUBJECT_MAX_LENGTH),
          text: `${bodyForEmail(email.text)}\n\nYour notifications and settings: ${this.config.webUrl}/notifications\n`,
          messageId: `<notification-${email.id}@small-places>`,
        },
        `notification-${email.id}`,
      );
      // The next claim goes out with this mark: one round trip less per email, and still never two in flight.
      claimed = claim(index + 1);
      await this.repository.markEmailed(email.id);
      sent += 1;
    }
    // Another worker is sending these (or died doing so): fail, so this job comes back once its claim lapsed.
    const stillOwed = await this.repository.owedEmails(heldElsewhere);
    if (stillOwed.length > 0) {
      throw new Error(`${stillOwed.length} emails are being sent by another worker; trying again later`);
    }
    return { sent, skipped: notificationIds.length - sent };
  }
}

/** Deterministic for a set of notifications, and free of ':' (BullMQ 6 refuses it in ids). */
export function notificationsJobId(notificationIds: string[]): string {
  if (notificationIds.length === 1) return `notification-${notificationIds[0]}`;
  const digest = createHash('sha1')
    .update([...notificationIds].sort().join(','))
    .digest('hex');
  return `notifications-${digest}`;
}
