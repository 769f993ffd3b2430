import { Injectable } from '@nestjs/common';
import { Clock, Database } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { NotificationMailer } from '../notification-mailer';
import { NotificationKind } from '../notification-kind';
import { NotificationRepository } from '../notification.repository';
import { Notify, NotificationService } from '../notification.service';
import { catalystOverdueMessage, checklistMessage, longDate } from './reminder-messages';
import { ReminderJob, reminderKey } from './reminder-job';
import { ReminderSources } from './reminder-sources';
import { ChecklistReminderContext, ReminderRepository } from './reminder.repository';

/** What delivering a batch of reminders did; the worker maps it onto JobOutcome. */
export interface DeliveryOutcome {
  sent: number;
  alreadyRecorded: number;
  noLongerDue: number;
}

/**
 * Sends a batch of reminders (one job of the scan) in one transaction: re-checks each, records those still
 * due under their unique keys with one INSERT … ON CONFLICT DO NOTHING, inserts their in-app notifications
 * together, and queues the emails after commit as one mail job. A reminder whose key was already recorded
 * sends nothing, except that its emails still owed are queued again (a worker died between the commit and the
 * queueing). The checklist reminders (nearly all of them) are read and worded a batch at a time; the others
 * one by one.
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

  async deliver(jobs: ReminderJob[]): Promise<DeliveryOutcome> {
    const { due, recorded } = await this.db.transaction(async (tx) => {
      const checklist = await this.reminders.checklistContexts(
        tx,
        jobs.filter((job) => job.subject === 'CHECKLIST').map((job) => job.itemId),
      );
      const stillDue: ReminderJob[] = [];
      for (const job of jobs) {
        if (await this.stillDue(tx, job, checklist.get(job.itemId) ?? null)) stillDue.push(job);
      }
      const keys = await this.reminders.record(tx, stillDue);
      const fresh = stillDue.filter((job) => keys.has(reminderKey(job)));
      await this.notifyChecklist(
        tx,
        fresh.filter((job) => job.subject === 'CHECKLIST'),
        checklist,
      );
      for (const job of fresh.filter((candidate) => candidate.subject !== 'CHECKLIST')) {
        await this.notifyOther(tx, job);
      }
      return { due: stillDue, recorded: keys };
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

  /**
   * The batch's checklist reminders: members and first-overdue look-ups for all of them, then one insert of
   * every notification. At the first overdue reminder of a mandatory item, the Catalyst is told too.
   */
  private async notifyChecklist(
    tx: EntityManager,
    jobs: ReminderJob[],
    items: Map<string, ChecklistReminderContext>,
  ): Promise<void> {
    if (jobs.length === 0) return;
    const members = await this.reminders.membersOfEach(
      tx,
      jobs.map((job) => items.get(job.itemId)!.enterpriseId),
    );
    const overdue = jobs.filter((job) => {
      const item = items.get(job.itemId)!;
      return job.offsetDays < 0 && job.kind !== 'CHASE' && item.mandatory && item.catalystId !== null;
    });
    const firstOverdue = await this.reminders.firstOverdue(tx, overdue);
    const notes: Notify[] = [];
    for (const job of jobs) {
      const item = items.get(job.itemId)!;
      const key = reminderKey(job);
      const base = { email: true, refId: job.itemId, dedupeKey: key };
      notes.push({ ...base, userIds: members.get(item.enterpriseId) ?? [], ...checklistMessage(job, item) });
      if (firstOverdue.has(key)) {
        notes.push({
          ...base,
          dedupeKey: `${key}-catalyst`,
          userIds: [item.catalystId!],
          ...catalystOverdueMessage(job, item),
        });
      }
    }
    await this.notifications.notifyAll(tx, notes);
  }

  private async notifyOther(tx: EntityManager, job: ReminderJob): Promise<void> {
    const key = reminderKey(job);
    const base = { email: true, refId: job.itemId, dedupeKey: key };
    switch (job.subject) {
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
