import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import {
  DueReminders,
  eachStillDue,
  longDate,
  NotificationKind,
  NotificationService,
  ReminderJob,
  reminderKey,
  remindersOf,
  ReminderSource,
  ReminderSourcePlugIn,
} from '@small-places/notifications';
import { Database, datesWorkingDaysBefore, londonDate } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { ChecklistItemStatus } from '../dto/compliance.enums';
import { ChecklistItem } from '../entities/checklist-item.entity';
import { itemLabel, requirementOf } from './checklist-view';
import { ChecklistRepository } from './checklist.repository';

/** An item waiting this many working days (England) for a Catalyst's check reminds its Area's Catalysts. */
export const CHECK_WAITING_WORKING_DAYS = 5;

/**
 * CHECK_WAITING, daily: a DONE item still waiting for a check on the 5th working day (weekends and England's
 * bank holidays skipped) after the London day it started waiting tells the Catalysts of its Area. Keyed
 * (item, the day it started waiting, -5): once per wait; a provider's change starts a new wait.
 */
@Injectable()
@ReminderSourcePlugIn()
export class CheckWaitingReminders implements ReminderSource {
  readonly subject = 'CHECK_WAITING';
  readonly cadence = 'DAILY';

  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly notifications: NotificationService,
    private readonly checklists: ChecklistRepository,
  ) {}

  async due(day: string): Promise<ReminderJob[]> {
    const startedOn = datesWorkingDaysBefore(day, CHECK_WAITING_WORKING_DAYS);
    if (startedOn.length === 0) return [];
    const rows: Array<{ id: string; on: string }> = await this.db.manager.query(
      `SELECT id, (awaiting_check_since AT TIME ZONE 'Europe/London')::date::text AS on
         FROM checklist_items
        WHERE awaiting_check_since IS NOT NULL AND applicable AND status = 'DONE'
          AND (awaiting_check_since AT TIME ZONE 'Europe/London')::date = ANY($1::date[])
        ORDER BY id`,
      [startedOn],
    );
    return remindersOf(this.subject, 'AFTER', rows, -CHECK_WAITING_WORKING_DAYS);
  }

  async stillDue(tx: EntityManager, jobs: ReminderJob[]): Promise<DueReminders> {
    const catalogue = await this.checklists.catalogueByCode(tx);
    return eachStillDue(
      jobs,
      (job) => this.stillWaiting(tx, job),
      async (job, item) => {
        const label = itemLabel(item, requirementOf(item, catalogue));
        await this.notifications.notify(tx, {
          userIds: await this.access.holdersOf(tx, GrantKind.CatalystOfArea, item.areaId),
          kind: NotificationKind.CHECK_WAITING,
          title: `Waiting for your check: ${label}`,
          body:
            `“${label}” has waited for a Catalyst’s check since ${longDate(job.on)}. Until it is checked, ` +
            'listings that need it are not verified and cannot be found. Open it from your “to check” list, ' +
            'look at its evidence and reference, then check it or return it with what to fix.',
          email: true,
          refId: item.id,
          dedupeKey: reminderKey(job),
        });
      },
    );
  }

  /** The item, if it still waits from the same day. */
  private async stillWaiting(tx: EntityManager, job: ReminderJob): Promise<ChecklistItem | null> {
    const item = await tx
      .getRepository(ChecklistItem)
      .findOneBy({ id: job.itemId, applicable: true, status: ChecklistItemStatus.DONE });
    return item?.awaitingCheckSince && londonDate(item.awaitingCheckSince) === job.on ? item : null;
  }
}
