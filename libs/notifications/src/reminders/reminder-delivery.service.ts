import { Injectable } from '@nestjs/common';
import { Clock, Database } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { NotificationMailer } from '../notification-mailer';
import { NotificationKind } from '../notification-kind';
import { NotificationRepository } from '../notification.repository';
import { NotificationService } from '../notification.service';
import { catalystOverdueMessage, checklistMessage, longDate } from './reminder-messages';
import { ReminderJob, reminderKey } from './reminder-job';
import { ReminderSources } from './reminder-sources';
import { ChecklistReminderContext, ReminderRepository } from './reminder.repository';

/** What delivering a reminder did; the worker maps it onto JobOutcome. */
export type DeliveryOutcome = 'sent' | 'already-recorded' | 'no-longer-due';

/**
 * Sends one reminder: records it under its unique key in the same transaction as its in-app notifications,
 * then queues the emails after commit. A job that finds its key recorded sends nothing, except that it
 * re-queues emails still owed (the worker died between the commit and the queueing).
 */
@Injectable()
export class ReminderDeliveryService {
  constructor(
    private readonly db: Database,
    private readonly reminders: ReminderRepository,
    private readonly notifications: NotificationService,
    private readonly notificationRows: NotificationRepository,
    private readonly mailer: NotificationMailer,
    private readonly sources: ReminderSources,
    private readonly clock: Clock,
  ) {}

  async deliver(job: ReminderJob): Promise<DeliveryOutcome> {
    const outcome = await this.db.transaction(async (tx) => {
      const item = job.subject === 'CHECKLIST' ? await this.reminders.checklistContext(tx, job.itemId) : null;
      if (!(await this.stillDue(tx, job, item))) return 'no-longer-due' as const;
      if (!(await this.reminders.record(tx, job))) return 'already-recorded' as const;
      await this.notify(tx, job, item);
      return 'sent' as const;
    });
    if (outcome === 'already-recorded') {
      const key = reminderKey(job);
      await this.mailer.queue(
        await this.notificationRows.owedIdsFor(this.db.manager, [key, `${key}-catalyst`]),
      );
    }
    return outcome;
  }

  /** The scan ran a while ago: an item done since, or an invitation accepted, needs no reminder. */
  private async stillDue(
    tx: EntityManager,
    job: ReminderJob,
    item: ChecklistReminderContext | null,
  ): Promise<boolean> {
    switch (job.subject) {
      case 'CHECKLIST': {
        if (!item?.applicable) return false;
        const open = item.status === 'TODO' || item.status === 'IN_PROGRESS';
        if (job.kind === 'DUE') return open && item.dueOn === job.on;
        if (job.kind === 'EXPIRY') return !open && item.status !== 'WAIVED' && item.expiresOn === job.on;
        return item.status === 'IN_PROGRESS' && item.inProgressSince === job.on;
      }
      case 'SIGN_UP': {
        const user = await this.reminders.signUp(tx, job.itemId);
        return Boolean(user && !user.verified && !user.closed);
      }
      case 'INVITATION':
        return Boolean((await this.reminders.invitation(tx, job.itemId))?.open);
      case 'COACHING_ACTION': {
        const action = await this.reminders.coachingAction(tx, job.itemId);
        return Boolean(action && !action.done && action.dueOn === job.on);
      }
      default:
        return this.sourceOf(job).stillDue(tx, job, this.clock.now());
    }
  }

  private async notify(tx: EntityManager, job: ReminderJob, checklistItem: ChecklistReminderContext | null) {
    const key = reminderKey(job);
    const base = { email: true, refId: job.itemId, dedupeKey: key };
    switch (job.subject) {
      case 'CHECKLIST': {
        const item = checklistItem!;
        const members = await this.reminders.membersOf(tx, item.enterpriseId);
        await this.notifications.notify(tx, { ...base, userIds: members, ...checklistMessage(job, item) });
        const overdue = job.offsetDays < 0 && job.kind !== 'CHASE';
        if (overdue && item.mandatory && item.catalystId && (await this.reminders.isFirstOverdue(tx, job))) {
          await this.notifications.notify(tx, {
            ...base,
            dedupeKey: `${key}-catalyst`,
            userIds: [item.catalystId],
            ...catalystOverdueMessage(job, item),
          });
        }
        return;
      }
      case 'SIGN_UP':
        await this.notifications.notify(tx, {
          ...base,
          userIds: [job.itemId],
          kind: NotificationKind.EMAIL_NOT_VERIFIED,
          title: 'Please confirm your email address',
          body:
            `You joined Small Places on ${longDate(job.on)} but have not confirmed your email address yet. ` +
            'Sign in and choose "send the confirmation email again", then open the link in it. ' +
            'Until then we cannot send you anything important.',
        });
        return;
      case 'INVITATION': {
        const invitation = (await this.reminders.invitation(tx, job.itemId))!;
        const when =
          job.kind === 'BEFORE'
            ? `It expires tomorrow, ${longDate(job.on)}.`
            : `You sent it on ${longDate(job.on)}, 3 days ago.`;
        await this.notifications.notify(tx, {
          ...base,
          userIds: invitation.invitedById ? [invitation.invitedById] : [],
          kind: NotificationKind.INVITATION_UNANSWERED,
          title: `${invitation.email} has not accepted your invitation`,
          body: `${invitation.email} has not accepted your invitation yet. ${when} Check the address is right, or send a new invitation.`,
        });
        return;
      }
      case 'COACHING_ACTION': {
        const action = (await this.reminders.coachingAction(tx, job.itemId))!;
        const userIds =
          action.owner === 'CATALYST'
            ? action.catalystId
              ? [action.catalystId]
              : []
            : await this.reminders.membersOf(tx, action.enterpriseId);
        await this.notifications.notify(tx, {
          ...base,
          userIds,
          kind: NotificationKind.COACHING_ACTION_OVERDUE,
          title: `Coaching action overdue: ${action.title}`,
          body:
            `${action.enterpriseName}: "${action.title}" was due on ${longDate(action.dueOn)}. ` +
            'Do it when you can and mark it done, or agree a new date at your next coaching session.',
        });
        return;
      }
      default:
        await this.sourceOf(job).deliver(tx, job, key, this.clock.now());
    }
  }

  private sourceOf(job: ReminderJob) {
    const source = this.sources.of(job.subject);
    // A job queued by a process that knows a subject this one does not load: fail, so it is retried and kept.
    if (!source) throw new Error(`No reminder source for ${job.subject} in this process`);
    return source;
  }
}
