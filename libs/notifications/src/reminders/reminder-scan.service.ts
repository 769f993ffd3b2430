import { Injectable, Logger } from '@nestjs/common';
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
 * The daily scan. Each context's ReminderSource says what is due (PostgreSQL, its own tables); this turns it
 * into jobs. Safe to run twice,
 * concurrently, or after a crash: job ids collapse duplicates in Redis, and delivery records each reminder
 * under a unique key. Reminders already delivered (recorded, every email sent) are not enqueued again.
 */
@Injectable()
export class ReminderScanService {
  private readonly logger = new Logger('ReminderScan');

  constructor(
    private readonly reminders: ReminderRepository,
    private readonly queue: ReminderQueue,
    private readonly clock: Clock,
    private readonly sources: ReminderSources,
  ) {}

  async scan(asOf: string): Promise<ScanResult> {
    const startedAt = this.clock.now();
    const sources = this.sources.withCadence('DAILY');
    let expired = 0;
    for (const source of sources) expired += (await source.prepare?.(asOf, startedAt)) ?? 0;
    let enqueued = 0;
    const small: ReminderJob[] = [];
    for (const source of sources) {
      const due = source.due(asOf, startedAt);
      // A source with many reminders (checklist items) pages through them; each page is queued as it comes.
      if (Symbol.asyncIterator in due)
        for await (const batch of due) enqueued += await this.enqueueNew(batch);
      else small.push(...(await due));
    }
    enqueued += await this.enqueueNew(small);
    await this.reminders.recordScan(asOf, startedAt, expired, enqueued);
    this.logger.log({ asOf, expired, enqueued, ms: Date.now() - startedAt.getTime() }, 'reminder scan done');
    return { expired, enqueued };
  }

  /**
   * The hourly scan: what cannot wait for 06:00 (booking requests unanswered for 48 hours). Safe to run twice
   * or concurrently for the same reasons as the daily scan. Returns how many reminders it enqueued.
   */
  async scanHourly(now: Date = this.clock.now()): Promise<number> {
    const due: ReminderJob[] = [];
    for (const source of this.sources.withCadence('HOURLY')) {
      const found = source.due(londonDate(now), now);
      if (Symbol.asyncIterator in found) for await (const batch of found) due.push(...batch);
      else due.push(...(await found));
    }
    const enqueued = await this.enqueueNew(due);
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
