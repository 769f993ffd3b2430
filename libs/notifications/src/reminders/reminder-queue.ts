import { Injectable } from '@nestjs/common';
import { QueueName, QueueService } from '@small-places/platform';
import { createHash } from 'node:crypto';
import { ReminderJob, reminderKey } from './reminder-job';
import { compareKeys } from './reminder.repository';

/** Reminders per job: one transaction, one multi-row insert of keys and of notifications, one mail job. */
export const REMINDER_BATCH_SIZE = 100;

/** The data of one job on the reminders queue. */
export interface ReminderBatch {
  reminders: ReminderJob[];
}

/**
 * The reminders' side of BullMQ: reminders in key order, a batch of up to REMINDER_BATCH_SIZE per job, the
 * job id a digest of the batch's keys, so the same batch queued twice (a second scan) collapses into one job.
 * Batches that share some keys (a scan of changed data) are harmless: the unique key decides who sends.
 */
@Injectable()
export class ReminderQueue {
  constructor(private readonly queues: QueueService) {}

  async enqueue(jobs: ReminderJob[]): Promise<void> {
    if (jobs.length === 0) return;
    const sorted = [...jobs].sort((a, b) => compareKeys(reminderKey(a), reminderKey(b)));
    const batches: Array<{ name: string; data: ReminderBatch; opts: { jobId: string } }> = [];
    for (let start = 0; start < sorted.length; start += REMINDER_BATCH_SIZE) {
      const reminders = sorted.slice(start, start + REMINDER_BATCH_SIZE);
      batches.push({ name: 'batch', data: { reminders }, opts: { jobId: reminderBatchId(reminders) } });
    }
    await this.queues.queue(QueueName.Reminders).addBulk(batches);
  }
}

/** Deterministic for a set of reminders, free of ':' (BullMQ 6 refuses it in ids). */
export function reminderBatchId(reminders: ReminderJob[]): string {
  const keys = reminders.map(reminderKey).sort(compareKeys);
  return `reminders-${createHash('sha1').update(keys.join(',')).digest('hex')}`;
}
