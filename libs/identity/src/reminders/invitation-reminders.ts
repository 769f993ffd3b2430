import { Injectable } from '@nestjs/common';
import {
  DueReminders,
  eachStillDue,
  longDate,
  NotificationKind,
  NotificationService,
  ReminderJob,
  reminderKey,
  ReminderSource,
  ReminderSourcePlugIn,
} from '@small-places/notifications';
import { Database } from '@small-places/platform';
import { EntityManager } from 'typeorm';

interface OpenInvitation {
  email: string;
  invitedById: string | null;
  open: boolean;
}

/** INVITATION, daily: the person who invited is told when it is unanswered 3 days on, and the day before it expires. */
@Injectable()
@ReminderSourcePlugIn()
export class InvitationReminders implements ReminderSource {
  readonly subject = 'INVITATION';
  readonly cadence = 'DAILY';

  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationService,
  ) {}

  async due(day: string): Promise<ReminderJob[]> {
    const rows: Array<{ id: string; sent: string; expires: string; since: number; until: number }> =
      await this.db.manager.query(
        `SELECT id, (created_at AT TIME ZONE 'Europe/London')::date::text AS sent,
                (expires_at AT TIME ZONE 'Europe/London')::date::text AS expires,
                $1::date - (created_at AT TIME ZONE 'Europe/London')::date AS since,
                (expires_at AT TIME ZONE 'Europe/London')::date - $1::date AS until
         FROM invitations
         WHERE accepted_at IS NULL AND revoked_at IS NULL AND invited_by_id IS NOT NULL
           AND (expires_at AT TIME ZONE 'Europe/London')::date >= $1::date
           AND ($1::date - (created_at AT TIME ZONE 'Europe/London')::date = 3
                OR (expires_at AT TIME ZONE 'Europe/London')::date - $1::date = 1)`,
        [day],
      );
    return rows.flatMap((row) => {
      const jobs: ReminderJob[] = [];
      if (row.since === 3)
        jobs.push({ subject: this.subject, itemId: row.id, kind: 'AFTER', on: row.sent, offsetDays: -3 });
      if (row.until === 1)
        jobs.push({ subject: this.subject, itemId: row.id, kind: 'BEFORE', on: row.expires, offsetDays: 1 });
      return jobs;
    });
  }

  stillDue(tx: EntityManager, jobs: ReminderJob[]): Promise<DueReminders> {
    return eachStillDue(
      jobs,
      async (job) => {
        const [invitation]: OpenInvitation[] = await tx.query(
          `SELECT email, invited_by_id AS "invitedById",
                  (accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()) AS open
           FROM invitations WHERE id = $1`,
          [job.itemId],
        );
        return invitation?.open ? invitation : null;
      },
      (job, invitation) => {
        const when =
          job.kind === 'BEFORE'
            ? `It expires tomorrow, ${longDate(job.on)}.`
            : `You sent it on ${longDate(job.on)}, 3 days ago.`;
        return this.notifications.notify(tx, {
          email: true,
          refId: job.itemId,
          dedupeKey: reminderKey(job),
          userIds: invitation.invitedById ? [invitation.invitedById] : [],
          kind: NotificationKind.INVITATION_UNANSWERED,
          title: `${invitation.email} has not accepted your invitation`,
          body: `${invitation.email} has not accepted your invitation yet. ${when} Check the address is right, or send a new invitation.`,
        });
      },
    );
  }
}
