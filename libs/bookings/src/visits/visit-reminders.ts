import { Injectable } from '@nestjs/common';
import {
  DueReminders,
  eachStillDue,
  ReminderJob,
  reminderKey,
  ReminderSource,
  ReminderSourcePlugIn,
} from '@small-places/notifications';
import { EntityManager } from 'typeorm';
import { Database } from '@small-places/platform';
import { VisitConfirmationService } from './visit-confirmation.service';
import { CONFIRM_BY_DEFAULT_DAYS } from './visit-state';

/**
 * VISIT_CONFIRMATION, daily: a delivered booking nobody confirmed or disputed within 7 days of delivery (or of
 * the provider's corrected time) counts as CONFIRMED_BY_DEFAULT. Keyed (booking, day the clock started, -7)
 * in the reminder ledger, so the change and its notifications happen once however often the scan or its jobs
 * run, across worker restarts.
 */
@Injectable()
@ReminderSourcePlugIn()
export class VisitReminders implements ReminderSource {
  readonly subject = 'VISIT_CONFIRMATION';
  readonly cadence = 'DAILY';

  constructor(
    private readonly db: Database,
    private readonly visits: VisitConfirmationService,
  ) {}

  stillDue(tx: EntityManager, jobs: ReminderJob[], now: Date): Promise<DueReminders> {
    return eachStillDue(
      jobs,
      (job) => this.visits.lockAwaiting(tx, job.itemId, job.on),
      (job, booking) => this.visits.confirmByDefault(tx, booking, now, reminderKey(job)),
    );
  }

  /** Delivered bookings still awaiting an answer whose seven days are up by `day`. */
  async due(day: string): Promise<ReminderJob[]> {
    const rows: Array<{ id: string; since: string }> = await this.db.manager.query(
      `SELECT b.id, coalesce(v.awaiting_since, (b.completed_at AT TIME ZONE 'Europe/London')::date)::text AS since
       FROM bookings b LEFT JOIN visit_confirmations v ON v.booking_id = b.id
       WHERE b.status = 'COMPLETED' AND (v.state IS NULL OR v.state = 'AWAITING')
         AND coalesce(v.awaiting_since, (b.completed_at AT TIME ZONE 'Europe/London')::date) + $2::int <= $1::date
       ORDER BY b.id`,
      [day, CONFIRM_BY_DEFAULT_DAYS],
    );
    return rows.map((row) => ({
      subject: 'VISIT_CONFIRMATION' as const,
      itemId: row.id,
      kind: 'AFTER' as const,
      on: row.since,
      offsetDays: -CONFIRM_BY_DEFAULT_DAYS,
    }));
  }
}
