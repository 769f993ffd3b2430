import { Injectable, OnModuleInit } from '@nestjs/common';
import { ReminderJob, ReminderSources } from '@small-places/notifications';
import { Database } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { BookingService } from './booking.service';

/**
 * The bookings' reminders, through the reminder ledger (docs/reminders.md):
 * - BOOKING_REQUEST, hourly: a request unanswered when its 48 hours are up expires, and both sides are told.
 *   Keyed (booking, London date of expiry, 0), so the expiry and its notifications happen once.
 * - BOOKING_TOMORROW, daily: the day before an accepted booking, both sides are reminded. Keyed
 *   (booking, its London date, 1).
 */
@Injectable()
export class BookingReminders implements OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly sources: ReminderSources,
    private readonly bookings: BookingService,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      subject: 'BOOKING_REQUEST',
      cadence: 'HOURLY',
      due: (_day, now) => this.expiring(now),
      stillDue: async (tx, job, now) => Boolean(await this.bookings.lockExpiring(tx, job.itemId, now)),
      deliver: async (tx, job, dedupeKey, now) => {
        const booking = (await this.bookings.lockExpiring(tx, job.itemId, now))!;
        await this.bookings.expire(tx, booking, now, dedupeKey);
      },
    });
    this.sources.register({
      subject: 'BOOKING_TOMORROW',
      cadence: 'DAILY',
      due: (day) => this.tomorrow(day),
      stillDue: async (tx, job) => Boolean(await this.bookings.acceptedOn(tx, job.itemId, job.on)),
      deliver: async (tx: EntityManager, job, dedupeKey) => {
        const booking = (await this.bookings.acceptedOn(tx, job.itemId, job.on))!;
        await this.bookings.remindTomorrow(tx, booking, dedupeKey);
      },
    });
  }

  /** Requests whose 48 hours are up. */
  private async expiring(now: Date): Promise<ReminderJob[]> {
    const rows: Array<{ id: string; on: string }> = await this.db.manager.query(
      `SELECT id, (expires_at AT TIME ZONE 'Europe/London')::date::text AS on
       FROM bookings WHERE status = 'REQUESTED' AND expires_at <= $1 ORDER BY id`,
      [now],
    );
    return rows.map((row) => ({
      subject: 'BOOKING_REQUEST' as const,
      itemId: row.id,
      kind: 'AFTER' as const,
      on: row.on,
      offsetDays: 0,
    }));
  }

  /** Accepted bookings starting the day after `day` (Europe/London). */
  private async tomorrow(day: string): Promise<ReminderJob[]> {
    const rows: Array<{ id: string; on: string }> = await this.db.manager.query(
      `SELECT id, (starts_at AT TIME ZONE 'Europe/London')::date::text AS on
       FROM bookings
       WHERE status = 'ACCEPTED'
         AND starts_at >= (($1::date + 1)::timestamp AT TIME ZONE 'Europe/London')
         AND starts_at < (($1::date + 2)::timestamp AT TIME ZONE 'Europe/London')
       ORDER BY id`,
      [day],
    );
    return rows.map((row) => ({
      subject: 'BOOKING_TOMORROW' as const,
      itemId: row.id,
      kind: 'BEFORE' as const,
      on: row.on,
      offsetDays: 1,
    }));
  }
}
