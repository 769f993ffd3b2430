import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import {
  longDate,
  NotificationKind,
  NotificationService,
  DueReminders,
  eachStillDue,
  ReminderJob,
  remindersOf,
  reminderKey,
  ReminderSource,
  ReminderSourcePlugIn,
} from '@small-places/notifications';
import { Database } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Listing } from '../entities/listing.entity';
import { ListingStatus } from './listing-vocabulary';

/** A draft never published is reminded once, this many days after it was made (PRODUCT.md §3.4). */
export const DRAFT_REMINDER_DAYS = 7;

/**
 * DRAFT_LISTING, daily: a listing still in draft 7 days (London dates) after it was made reminds the
 * enterprise's members to finish and publish it. Keyed (listing, the day it was made, -7): once.
 */
@Injectable()
@ReminderSourcePlugIn()
export class DraftListingReminders implements ReminderSource {
  readonly subject = 'DRAFT_LISTING';
  readonly cadence = 'DAILY';

  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly notifications: NotificationService,
  ) {}

  due(day: string): Promise<ReminderJob[]> {
    return this.draftsMadeWeekBefore(day);
  }

  stillDue(tx: EntityManager, jobs: ReminderJob[]): Promise<DueReminders> {
    return eachStillDue(
      jobs,
      (job) => this.draft(tx, job.itemId),
      async (job, listing) => {
        await this.notifications.notify(tx, {
          userIds: await this.access.holdersOf(tx, GrantKind.MemberOfEnterprise, listing.enterpriseId),
          kind: NotificationKind.DRAFT_LISTING,
          title: `Still a draft: ${listing.title}`,
          body:
            `You started the listing “${listing.title}” on ${longDate(job.on)} but have not published it, ` +
            'so nobody can find or book it yet. Check its price, availability and description, then publish ' +
            'it from your listings page. If your checklist is not complete yet, your Catalyst can help.',
          email: true,
          refId: listing.id,
          dedupeKey: reminderKey(job),
        });
      },
    );
  }

  private draft(tx: EntityManager, id: string): Promise<Listing | null> {
    return tx.getRepository(Listing).findOne({ where: { id, status: ListingStatus.DRAFT } });
  }

  private async draftsMadeWeekBefore(day: string): Promise<ReminderJob[]> {
    const rows: Array<{ id: string; on: string }> = await this.db.manager.query(
      `SELECT id, (created_at AT TIME ZONE 'Europe/London')::date::text AS on
       FROM listings
       WHERE status = 'DRAFT'
         AND created_at >= (($1::date - $2::int)::timestamp AT TIME ZONE 'Europe/London')
         AND created_at < (($1::date - $2::int + 1)::timestamp AT TIME ZONE 'Europe/London')
       ORDER BY id`,
      [day, DRAFT_REMINDER_DAYS],
    );
    return remindersOf('DRAFT_LISTING', 'AFTER', rows, -DRAFT_REMINDER_DAYS);
  }
}
