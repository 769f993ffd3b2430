import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
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

interface OpenAction {
  title: string;
  dueOn: string;
  owner: string;
  done: boolean;
  enterpriseId: string;
  enterpriseName: string;
  catalystId: string | null;
}

/** COACHING_ACTION, daily: an open action the day after it fell due, then weekly, to whoever owns it. */
@Injectable()
@ReminderSourcePlugIn()
export class CoachingReminders implements ReminderSource {
  readonly subject = 'COACHING_ACTION';
  readonly cadence = 'DAILY';

  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly notifications: NotificationService,
  ) {}

  async due(day: string): Promise<ReminderJob[]> {
    const rows: Array<{ id: string; on: string; offset: number }> = await this.db.manager.query(
      `SELECT id, due_on::text AS on, due_on - $1::date AS offset
       FROM coaching_actions
       WHERE done_at IS NULL AND due_on < $1::date
         AND ($1::date - due_on = 1 OR ($1::date - due_on) % 7 = 0)`,
      [day],
    );
    return remindersOf(this.subject, 'DUE', rows);
  }

  stillDue(tx: EntityManager, jobs: ReminderJob[]): Promise<DueReminders> {
    return eachStillDue(
      jobs,
      async (job) => {
        const [action]: OpenAction[] = await tx.query(
          `SELECT a.title, a.due_on::text AS "dueOn", a.owner, a.done_at IS NOT NULL AS done,
                  e.id AS "enterpriseId", e.name AS "enterpriseName", e.catalyst_id AS "catalystId"
           FROM coaching_actions a JOIN enterprises e ON e.id = a.enterprise_id WHERE a.id = $1`,
          [job.itemId],
        );
        return action && !action.done && action.dueOn === job.on ? action : null;
      },
      async (job, action) => {
        const userIds =
          action.owner === 'CATALYST'
            ? action.catalystId
              ? [action.catalystId]
              : []
            : ((
                await this.access.openAccountsHolding(tx, GrantKind.MemberOfEnterprise, [action.enterpriseId])
              ).get(action.enterpriseId) ?? []);
        await this.notifications.notify(tx, {
          email: true,
          refId: job.itemId,
          dedupeKey: reminderKey(job),
          userIds,
          kind: NotificationKind.COACHING_ACTION_OVERDUE,
          title: `Coaching action overdue: ${action.title}`,
          body:
            `${action.enterpriseName}: "${action.title}" was due on ${longDate(action.dueOn)}. ` +
            'Do it when you can and mark it done, or agree a new date at your next coaching session.',
        });
      },
    );
  }
}
