import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReminderJob, ReminderSubject } from './reminder-job';

/**
 * A kind of reminder owned by another context (bookings, budgets, marketplace), which already depends on
 * notifications and so cannot be called from here: it registers itself instead (see docs/reminders.md,
 * "Extension point"). Delivery records the reminder's key in the ledger in the same transaction, so `deliver`
 * (its state change and its notifications) runs once per key whatever happens to the job.
 */
export interface ReminderSource {
  readonly subject: ReminderSubject;
  /** DAILY: found by the 06:00 scan for its day. HOURLY: by the hourly scan, as of its instant. */
  readonly cadence: 'DAILY' | 'HOURLY';
  /** The reminders due on `day` (DAILY) or at `now` (HOURLY). Read only. */
  due(day: string, now: Date): Promise<ReminderJob[]>;
  /** Re-checked inside the delivery transaction, locking what `deliver` changes. False: nothing recorded. */
  stillDue(tx: EntityManager, job: ReminderJob, now: Date): Promise<boolean>;
  /** Runs once the key is recorded, in the same transaction: change state, then notify with `dedupeKey`. */
  deliver(tx: EntityManager, job: ReminderJob, dedupeKey: string, now: Date): Promise<void>;
}

/** The registered ReminderSources, by subject. Sources register in their module's onModuleInit. */
@Injectable()
export class ReminderSources {
  private readonly sources = new Map<ReminderSubject, ReminderSource>();

  register(source: ReminderSource): void {
    if (this.sources.has(source.subject)) throw new Error(`${source.subject} reminders registered twice`);
    this.sources.set(source.subject, source);
  }

  of(subject: ReminderSubject): ReminderSource | undefined {
    return this.sources.get(subject);
  }

  withCadence(cadence: ReminderSource['cadence']): ReminderSource[] {
    return [...this.sources.values()].filter((source) => source.cadence === cadence);
  }
}
