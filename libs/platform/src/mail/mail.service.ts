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

  /** Queues the message once `tx` commits: no email for a change that was rolled back. */
  sendAfterCommit(tx: EntityManager, message: MailMessage): void {
    Database.afterCommit(tx, () => this.send(message));
  }
}
