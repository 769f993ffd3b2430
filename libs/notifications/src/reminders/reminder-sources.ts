import { Injectable } from '@nestjs/common';
import { PlugIns, plugInPoint } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { ReminderJob, ReminderSubject } from './reminder-job';

/** The reminders of a batch that are still due, and how to send those whose key was recorded just now. */
export interface DueReminders {
  jobs: ReminderJob[];
  /** Runs in the delivery transaction once the keys are recorded; notify with `reminderKey(job)` as dedupe key. */
  send(fresh: ReminderJob[]): Promise<void>;
}

/**
 * One kind of reminder, owned by the context whose data it is about (checklist items, sign-ups, invitations,
 * coaching actions, bookings, budgets, draft listings), with its own query and its own words. The context marks
 * its provider `@ReminderSourcePlugIn()`; the scan and the delivery find it (docs/reminders.md). Delivery
 * records the reminders' keys in the ledger in the same transaction as `send`, so each is sent once whatever
 * happens to the job.
 */
export interface ReminderSource {
  readonly subject: ReminderSubject;
  /** DAILY: found by the 06:00 scan for its day. HOURLY: by the hourly scan, as of its instant. */
  readonly cadence: 'DAILY' | 'HOURLY';
  /** Run before any source is asked what is due (compliance expires lapsed items); returns how many changed. */
  prepare?(day: string, now: Date): Promise<number>;
  /** The reminders due on `day` (DAILY) or at `now` (HOURLY), at once or in batches. Read only. */
  due(day: string, now: Date): Promise<ReminderJob[]> | AsyncIterable<ReminderJob[]>;
  /** Re-checked inside the delivery transaction, locking what `send` changes. */
  stillDue(tx: EntityManager, jobs: ReminderJob[], now: Date): Promise<DueReminders>;
}

/** Marks a context's ReminderSource provider. */
export const ReminderSourcePlugIn = plugInPoint();

/** The reminder sources this process loaded, by subject. */
@Injectable()
export class ReminderSources {
  private found?: Map<ReminderSubject, ReminderSource>;

  constructor(private readonly plugIns: PlugIns) {}

  of(subject: ReminderSubject): ReminderSource | undefined {
    return this.all().get(subject);
  }

  withCadence(cadence: ReminderSource['cadence']): ReminderSource[] {
    return [...this.all().values()].filter((source) => source.cadence === cadence);
  }

  private all(): Map<ReminderSubject, ReminderSource> {
    if (!this.found) {
      this.found = new Map();
      for (const { instance } of this.plugIns.find<ReminderSource>(ReminderSourcePlugIn)) {
        if (this.found.has(instance.subject))
          throw new Error(`${instance.subject} reminders plugged in twice`);
        this.found.set(instance.subject, instance);
      }
    }
    return this.found;
  }
}

/**
 * For sources whose reminders are checked one at a time: `find` returns what `send` needs (locked, if it
 * changes it) or nothing when the reminder is no longer due.
 */
export async function eachStillDue<T>(
  jobs: ReminderJob[],
  find: (job: ReminderJob) => Promise<T | null | undefined | false>,
  send: (job: ReminderJob, found: T) => Promise<unknown>,
): Promise<DueReminders> {
  const found = new Map<ReminderJob, T>();
  for (const job of jobs) {
    const thing = await find(job);
    if (thing) found.set(job, thing);
  }
  return {
    jobs: [...found.keys()],
    send: async (fresh) => {
      for (const job of fresh) await send(job, found.get(job)!);
    },
  };
}
