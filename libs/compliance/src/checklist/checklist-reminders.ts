import { Injectable } from '@nestjs/common';
import { AccessService, EnterpriseDirectories, GrantKind } from '@small-places/identity';
import {
  DueReminders,
  NotificationService,
  Notify,
  ReminderJob,
  reminderKey,
  ReminderRepository,
  ReminderSource,
  ReminderSourcePlugIn,
} from '@small-places/notifications';
import { EntityManager } from 'typeorm';
import { ComplianceService } from '../compliance.service';
import {
  catalystOverdueMessage,
  checklistMessage,
  ChecklistReminderContext,
} from './checklist-reminder-messages';
import { ChecklistRepository } from './checklist.repository';

/**
 * CHECKLIST, daily (docs/reminders.md): due dates, expiring evidence and applications to chase, to the
 * enterprise's members; at the first overdue reminder of a mandatory item, to its Catalyst too. Before the
 * scan, evidence that ran out is marked EXPIRED (which hides listings that need it). Read and worded a batch
 * at a time: nearly every reminder is one of these.
 */
@Injectable()
@ReminderSourcePlugIn()
export class ChecklistReminders implements ReminderSource {
  readonly subject = 'CHECKLIST';
  readonly cadence = 'DAILY';

  constructor(
    private readonly compliance: ComplianceService,
    private readonly checklists: ChecklistRepository,
    private readonly enterprises: EnterpriseDirectories,
    private readonly access: AccessService,
    private readonly ledger: ReminderRepository,
    private readonly notifications: NotificationService,
  ) {}

  prepare(day: string, now: Date): Promise<number> {
    return this.compliance.expireLapsedItems(day, now);
  }

  async *due(day: string): AsyncGenerator<ReminderJob[]> {
    for await (const hits of this.compliance.remindersOn(day)) {
      yield hits.map((hit) => ({
        subject: this.subject,
        itemId: hit.itemId,
        kind: hit.kind,
        on: hit.on,
        offsetDays: hit.offsetDays,
      }));
    }
  }

  /** The scan ran a while ago: an item done since needs no reminder. */
  async stillDue(tx: EntityManager, jobs: ReminderJob[]): Promise<DueReminders> {
    const items = await this.contexts(tx, jobs);
    return {
      jobs: jobs.filter((job) => {
        const item = items.get(job.itemId);
        if (!item?.applicable) return false;
        const open = item.status === 'TODO' || item.status === 'IN_PROGRESS';
        if (job.kind === 'DUE') return open && item.dueOn === job.on;
        if (job.kind === 'EXPIRY') return !open && item.status !== 'WAIVED' && item.expiresOn === job.on;
        return item.status === 'IN_PROGRESS' && item.inProgressSince === job.on;
      }),
      send: (fresh) => this.send(tx, fresh, items),
    };
  }

  /** Members and first-overdue look-ups for the whole batch, then one insert of every notification. */
  private async send(
    tx: EntityManager,
    jobs: ReminderJob[],
    items: Map<string, ChecklistReminderContext>,
  ): Promise<void> {
    const members = await this.access.openAccountsHolding(
      tx,
      GrantKind.MemberOfEnterprise,
      jobs.map((job) => items.get(job.itemId)!.enterpriseId),
    );
    const overdue = jobs.filter((job) => {
      const item = items.get(job.itemId)!;
      return job.offsetDays < 0 && job.kind !== 'CHASE' && item.mandatory && item.catalystId !== null;
    });
    const firstOverdue = await this.ledger.firstOverdue(tx, overdue);
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

  /** The batch's items with their requirement (compliance's tables) and enterprise (the CRM's directory). */
  private async contexts(
    tx: EntityManager,
    jobs: ReminderJob[],
  ): Promise<Map<string, ChecklistReminderContext>> {
    const items = await this.checklists.reminderContexts(
      tx,
      jobs.map((job) => job.itemId),
    );
    const enterprises = await this.enterprises.directory.summaries(
      tx,
      [...items.values()].map((item) => item.enterpriseId),
    );
    const contexts = new Map<string, ChecklistReminderContext>();
    for (const [id, item] of items) {
      const enterprise = enterprises.get(item.enterpriseId);
      if (!enterprise) continue;
      contexts.set(id, { ...item, enterpriseName: enterprise.name, catalystId: enterprise.catalystId });
    }
    return contexts;
  }
}
