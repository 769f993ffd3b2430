import { Injectable } from '@nestjs/common';
import { Clock, Database, groupBy } from '@small-places/platform';
import { NotificationMailer } from '../notification-mailer';
import { NotificationRepository } from '../notification.repository';
import { ReminderJob, reminderKey } from './reminder-job';
import { DueReminders, ReminderSources } from './reminder-sources';
import { ReminderRepository } from './reminder.repository';

/** What delivering a batch of reminders did; the worker maps it onto JobOutcome. */
export interface DeliveryOutcome {
  sent: number;
  alreadyRecorded: number;
  noLongerDue: number;
}

/**
 * Sends a batch of reminders (one job of the scan) in one transaction: each source re-checks its own, those
 * still due are recorded under their unique keys with one INSERT … ON CONFLICT DO NOTHING, and each source
 * sends the ones recorded now; the emails are queued after commit as one mail job. A reminder whose key was
 * already recorded sends nothing, except that its emails still owed are queued again (a worker died between
 * the commit and the queueing).
 */
@Injectable()
export class ReminderDeliveryService {
  constructor(
    private readonly db: Database,
    private readonly reminders: ReminderRepository,
    private readonly notificationRows: NotificationRepository,
    private readonly mailer: NotificationMailer,
    private readonly sources: ReminderSources,
    private readonly clock: Clock,
  ) {}

  async deliver(jobs: ReminderJob[]): Promise<DeliveryOutcome> {
    const now = this.clock.now();
    const { due, recorded } = await this.db.transaction(async (tx) => {
      // Subjects in a fixed order, so two batches sharing keys lock them in the same order.
      const bySubject = [...groupBy(jobs, (job) => job.subject)].sort(([a], [b]) => (a < b ? -1 : 1));
      const stillDue: DueReminders[] = [];
      for (const [subject, ofSubject] of bySubject) {
        stillDue.push(await this.sourceOf(subject).stillDue(tx, ofSubject, now));
      }
      const dueJobs = stillDue.flatMap((reminders) => reminders.jobs);
      const keys = await this.reminders.record(tx, dueJobs);
      for (const reminders of stillDue) {
        const fresh = reminders.jobs.filter((job) => keys.has(reminderKey(job)));
        if (fresh.length > 0) await reminders.send(fresh);
      }
      return { due: dueJobs, recorded: keys };
    });
    const already = due.filter((job) => !recorded.has(reminderKey(job))).map(reminderKey);
    if (already.length > 0) {
      await this.mailer.queue(
        await this.notificationRows.owedIdsFor(this.db.manager, [
          ...already,
          ...already.map((key) => `${key}-catalyst`),
        ]),
      );
    }
    return {
      sent: recorded.size,
      alreadyRecorded: already.length,
      noLongerDue: jobs.length - due.length,
    };
  }

  private sourceOf(subject: string) {
    const source = this.sources.of(subject);
    // A job queued by a process that knows a subject this one does not load: fail, so it is retried and kept.
    if (!source) throw new Error(`No reminder source for ${subject} in this process`);
    return source;
  }
}
