import { Injectable, Logger } from '@nestjs/common';
import { ComplianceService, ReminderHit } from '@small-places/compliance';
import { Clock } from '@small-places/platform';
import { ReminderJob, reminderKey } from './reminder-job';
import { ReminderQueue } from './reminder-queue';
import { ReminderRepository } from './reminder.repository';

export interface ScanResult {
  expired: number;
  enqueued: number;
}

/**
 * The daily scan. PostgreSQL says what is due; this turns it into one job per reminder. Safe to run twice,
 * concurrently, or after a crash: job ids collapse duplicates in Redis, and delivery records each reminder
 * under a unique key. Reminders already delivered (recorded, every email sent) are not enqueued again.
 */
@Injectable()
export class ReminderScanService {
  private readonly logger = new Logger('ReminderScan');

  constructor(
    private readonly compliance: ComplianceService,
    private readonly reminders: ReminderRepository,
    private readonly queue: ReminderQueue,
    private readonly clock: Clock,
  ) {}

  async scan(asOf: string): Promise<ScanResult> {
    const startedAt = this.clock.now();
    const expired = await this.compliance.expireLapsedItems(asOf);
    let enqueued = 0;
    for await (const hits of this.compliance.remindersOn(asOf)) {
      enqueued += await this.enqueueNew(hits.map(checklistJob));
    }
    const others = await Promise.all([
      this.reminders.unverifiedSignUps(asOf),
      this.reminders.unansweredInvitations(asOf),
      this.reminders.overdueCoachingActions(asOf),
    ]);
    enqueued += await this.enqueueNew(others.flat());
    await this.reminders.recordScan(asOf, startedAt, expired, enqueued);
    this.logger.log({ asOf, expired, enqueued, ms: Date.now() - startedAt.getTime() }, 'reminder scan done');
    return { expired, enqueued };
  }

  private async enqueueNew(jobs: ReminderJob[]): Promise<number> {
    // An item in progress can hit as DUE and as CHASE under one key; the key is what is sent once.
    const unique = [...new Map(jobs.map((job) => [reminderKey(job), job])).values()];
    const delivered = await this.reminders.delivered(unique);
    const fresh = unique.filter((job) => !delivered.has(reminderKey(job)));
    await this.queue.enqueue(fresh);
    return fresh.length;
  }
}

function checklistJob(hit: ReminderHit): ReminderJob {
  return { subject: 'CHECKLIST', itemId: hit.itemId, kind: hit.kind, on: hit.on, offsetDays: hit.offsetDays };
}
