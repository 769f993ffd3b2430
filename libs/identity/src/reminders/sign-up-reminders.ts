import { Injectable } from '@nestjs/common';
import {
  DueReminders,
  eachStillDue,
  longDate,
  NotificationKind,
  NotificationService,
  ReminderJob,
  remindersOf,
  reminderKey,
  ReminderSource,
  ReminderSourcePlugIn,
} from '@small-places/notifications';
import { Database } from '@small-places/platform';
import { EntityManager } from 'typeorm';

/** SIGN_UP, daily: an email address not confirmed 2 and 7 days (London dates) after signing up. */
@Injectable()
@ReminderSourcePlugIn()
export class SignUpReminders implements ReminderSource {
  readonly subject = 'SIGN_UP';
  readonly cadence = 'DAILY';

  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationService,
  ) {}

  async due(day: string): Promise<ReminderJob[]> {
    const rows: Array<{ id: string; on: string; offset: number }> = await this.db.manager.query(
      `SELECT id, (created_at AT TIME ZONE 'Europe/London')::date::text AS on,
              (created_at AT TIME ZONE 'Europe/London')::date - $1::date AS offset
       FROM users
       WHERE email_verified_at IS NULL AND closed_at IS NULL
         AND $1::date - (created_at AT TIME ZONE 'Europe/London')::date IN (2, 7)`,
      [day],
    );
    return remindersOf(this.subject, 'AFTER', rows);
  }

  stillDue(tx: EntityManager, jobs: ReminderJob[]): Promise<DueReminders> {
    return eachStillDue(
      jobs,
      async (job) => {
        const [user]: Array<{ verified: boolean; closed: boolean }> = await tx.query(
          `SELECT email_verified_at IS NOT NULL AS verified, closed_at IS NOT NULL AS closed
           FROM users WHERE id = $1`,
          [job.itemId],
        );
        return user && !user.verified && !user.closed;
      },
      (job) =>
        this.notifications.notify(tx, {
          email: true,
          refId: job.itemId,
          dedupeKey: reminderKey(job),
          userIds: [job.itemId],
          kind: NotificationKind.EMAIL_NOT_VERIFIED,
          title: 'Please confirm your email address',
          body:
            `You joined Small Places on ${longDate(job.on)} but have not confirmed your email address yet. ` +
            'Sign in and choose "send the confirmation email again", then open the link in it. ' +
            'Until then we cannot send you anything important.',
        }),
    );
  }
}
