import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Database } from '../database/database';
import { QueueName } from '../queue/queue-names';
import { QueueService } from '../queue/queue.service';
import { MailMessage } from './mail-message';

/** Mail leaves through the worker, so a slow SMTP server never slows a request. */
@Injectable()
export class MailService {
  constructor(private readonly queues: QueueService) {}

  async send(message: MailMessage): Promise<void> {
    await this.queues.add(QueueName.Mail, 'send', message);
  }

  /**
   * Removes queued, finished and failed mail jobs whose content mentions any of the strings (a closed
   * account's email, name, messages): BullMQ keeps finished jobs for a day and failed ones for a month. A job
   * being sent at this instant is locked and left alone; it is removed on completion by its age limit.
   */
  async forgetMailMentioning(strings: readonly string[]): Promise<number> {
    const needles = strings.filter((text) => text.length > 0).map((text) => text.toLowerCase());
    if (needles.length === 0) return 0;
    const queue = this.queues.queue(QueueName.Mail);
    const jobs = await queue.getJobs(['completed', 'failed', 'waiting', 'delayed', 'prioritized', 'wait']);
    let removed = 0;
    for (const job of jobs) {
      const content = JSON.stringify([job?.data, job?.returnvalue, job?.failedReason]).toLowerCase();
      if (job && needles.some((needle) => content.includes(needle))) {
        await job.remove().then(
          () => (removed += 1),
          () => undefined,
        );
      }
    }
    return removed;
  }

  /** Queues the message once `tx` commits: no email for a change that was rolled back. */
  sendAfterCommit(tx: EntityManager, message: MailMessage): void {
    Database.afterCommit(tx, () => this.send(message));
  }
}
