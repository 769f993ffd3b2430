import { Injectable, Logger } from '@nestjs/common';
import { ComplianceService, ReminderHit } from '@small-places/compliance';
import { Clock, londonDate } from '@small-places/platform';
import { ReminderJob, reminderKey } from './reminder-job';
import { ReminderQueue } from './reminder-queue';
import { ReminderSources } from './reminder-sources';
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
    private readonly sources: ReminderSources,
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
      ...this.sources.withCadence('DAILY').map((source) => source.due(asOf, startedAt)),
    ]);
    enqueued += await this.enqueueNew(others.flat());
    await this.reminders.recordScan(asOf, startedAt, expired, enqueued);
    this.logger.log({ asOf, expired, enqueued, ms: Date.now() - startedAt.getTime() }, 'reminder scan done');
    return { expired, enqueued };
  }

  /**
   * The hourly scan: what cannot wait for 06:00 (booking requests unanswered for 48 hours). Safe to run twice
   * or concurrently for the same reasons as the daily scan. Returns how many reminders it enqueued.
   */
  async scanHourly(now: Date = this.clock.now()): Promise<number> {
    const due = await Promise.all(
      this.sources.withCadence('HOURLY').map((source) => source.due(londonDate(now), now)),
    );
    const enqueued = await this.enqueueNew(due.flat());
    if (enqueued > 0) this.logger.log({ at: now.toISOString(), enqueued }, 'hourly reminder scan done');
    return enqueued;
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
