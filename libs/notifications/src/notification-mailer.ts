import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  Database,
  MailMessage,
  QueueName,
  QueueService,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { NotificationRepository } from './notification.repository';

/** Mail-queue data for a notification's email; the worker reads the message itself from the database. */
export interface NotificationMailJob {
  notificationId: string;
}

/** What a mail job for a notification did. */
export type EmailOutcome = 'sent' | 'already-sent';

/**
 * Emails for notifications, sent at most once per notification in all but one case: a worker that dies after
 * the SMTP server accepted the message and before `emailed_at` is written. Its job is retried and sends again,
 * with the same Message-ID (`<notification-<id>@small-places>`), so mail clients show one message.
 * Two workers never send one notification at the same time: its mail job has one id, and BullMQ runs a job
 * id once at a time.
 */
@Injectable()
export class NotificationMailer {
  constructor(
    private readonly queues: QueueService,
    private readonly repository: NotificationRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Queues the emails once `tx` commits. Job ids are derived from the notification, so queueing twice (a
   * retried reminder, a second scan) adds nothing. Like MailService.sendAfterCommit, but with those ids.
   */
  queueAfterCommit(tx: EntityManager, notificationIds: string[]): void {
    if (notificationIds.length > 0) Database.afterCommit(tx, () => this.queue(notificationIds));
  }

  async queue(notificationIds: string[]): Promise<void> {
    if (notificationIds.length === 0) return;
    await this.queues.queue(QueueName.Mail).addBulk(
      notificationIds.map((notificationId) => ({
        name: 'notification',
        data: { notificationId } satisfies NotificationMailJob,
        opts: { jobId: notificationJobId(notificationId) },
      })),
    );
  }

  /** Sends one notification's email unless it was sent (or is no longer wanted). */
  async send(
    notificationId: string,
    deliver: (message: MailMessage & { messageId: string }, id: string) => Promise<void>,
  ): Promise<EmailOutcome> {
    const owed = await this.repository.owedEmail(notificationId);
    if (!owed) return 'already-sent';
    const text = `${owed.text}\n\nYour notifications and settings: ${this.config.webUrl}/notifications\n`;
    await deliver(
      {
        to: owed.to,
        subject: owed.subject,
        text,
        messageId: `<notification-${notificationId}@small-places>`,
      },
      notificationJobId(notificationId),
    );
    await this.repository.markEmailed(notificationId);
    return 'sent';
  }
}

export function notificationJobId(notificationId: string): string {
  return `notification-${notificationId}`;
}
