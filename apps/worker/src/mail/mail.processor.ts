import { Injectable } from '@nestjs/common';
import { MailMessage, MailTransport, QueueName } from '@small-places/platform';
import { Job } from 'bullmq';
import { JobOutcome, QueueProcessor } from '../queue-processor';

/** Sends one email. Retried with backoff by BullMQ when the SMTP server fails. */
@Injectable()
export class MailProcessor implements QueueProcessor<MailMessage> {
  readonly queue = QueueName.Mail;
  readonly concurrency = 4;

  constructor(private readonly transport: MailTransport) {}

  async process(job: Job<MailMessage>): Promise<JobOutcome> {
    await this.transport.deliver(job.data, job.id ?? String(Date.now()));
    return JobOutcome.Success;
  }
}
