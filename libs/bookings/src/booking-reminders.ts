import { Injectable } from '@nestjs/common';
import {
  DueReminders,
  eachStillDue,
  NotificationKind,
  NotificationService,
  ReminderJob,
  remindersOf,
  reminderKey,
  ReminderSource,
  ReminderSourcePlugIn,
} from '@small-places/notifications';
import { Database, DomainEvents } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { BookingAccess } from './booking-access';
import { BookingExpired } from './booking-events';
import { BookingNotices } from './booking-notices';
import { londonMoment } from './booking-rules';
import { Booking, BookingStatus } from './entities/booking.entity';

/**
 * The bookings' reminders, through the reminder ledger (docs/reminders.md):
 * - BOOKING_REQUEST, hourly: a request unanswered when its 48 hours are up expires, and both sides are told.
 *   Keyed (booking, London date of expiry, 0), so the expiry and its notifications happen once.
 * - BOOKING_TOMORROW, daily: the day before an accepted booking, both sides are reminded. Keyed
 *   (booking, its London date, 1).
 */
@Injectable()
export class BookingReminders {
  constructor(
    private readonly db: Database,
    private readonly access: BookingAccess,
    private readonly notices: BookingNotices,
    private readonly notifications: NotificationService,
    private readonly events: DomainEvents,
  ) {}

  /** Requests whose 48 hours are up. */
  async expiring(now: Date): Promise<ReminderJob[]> {
    const rows: Array<{ id: string; on: string }> = await this.db.manager.query(
      `SELECT id, (expires_at AT TIME ZONE 'Europe/London')::date::text AS on
       FROM bookings WHERE status = 'REQUESTED' AND expires_at <= $1 ORDER BY id`,
      [now],
    );
    return remindersOf('BOOKING_REQUEST', 'AFTER', rows, 0);
  }

  /** Accepted bookings starting the day after `day` (Europe/London). */
  async tomorrow(day: string): Promise<ReminderJob[]> {
    const rows: Array<{ id: string; on: string }> = await this.db.manager.query(
      `SELECT id, (starts_at AT TIME ZONE 'Europe/London')::date::text AS on
       FROM bookings
       WHERE status = 'ACCEPTED'
         AND starts_at >= (($1::date + 1)::timestamp AT TIME ZONE 'Europe/London')
         AND starts_at < (($1::date + 2)::timestamp AT TIME ZONE 'Europe/London')
       ORDER BY id`,
      [day],
    );
    return remindersOf('BOOKING_TOMORROW', 'BEFORE', rows, 1);
  }

  /** Locks a request that has waited past its 48 hours; null when it was answered or withdrawn meanwhile. */
  async lockExpiring(tx: EntityManager, id: string, now: Date): Promise<Booking | null> {
    const booking = await tx
      .getRepository(Booking)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return booking?.status === BookingStatus.REQUESTED && booking.expiresAt <= now ? booking : null;
  }

  /** A request nobody answered within 48 hours expires; both sides are told (once, under `dedupeKey`). */
  async expire(tx: EntityManager, booking: Booking, now: Date, dedupeKey: string): Promise<void> {
    booking.status = BookingStatus.EXPIRED;
    await tx.getRepository(Booking).save(booking);
    const listing = await this.notices.listingOf(tx, booking);
    await this.events.publish(
      tx,
      new BookingExpired(
        { enterpriseId: booking.enterpriseId, occurredAt: now, actorId: null, refId: booking.id },
        `Booking request expired unanswered: ${listing.title} on ${londonMoment(booking.startsAt).date}`,
      ),
    );
    const what = this.notices.describe(booking, listing);
    await this.notices.tellHolder(
      tx,
      booking,
      'Booking request expired',
      `Your request for ${what} was not answered within 48 hours, so it has expired. You can ask again or look for another service.`,
      dedupeKey,
    );
    await this.notifications.notify(tx, {
      userIds: await this.access.providerSide(tx, booking.enterpriseId),
      kind: NotificationKind.BOOKING_UPDATE,
      title: 'Booking request expired',
      body: `The request for ${what} waited 48 hours without an answer, so it has expired and the time is free again.`,
      email: true,
      refId: booking.id,
      dedupeKey,
    });
  }

  /** An accepted booking starting on `day` (Europe/London); null when it was cancelled or moved. */
  async acceptedOn(tx: EntityManager, id: string, day: string): Promise<Booking | null> {
    const booking = await tx.getRepository(Booking).findOne({ where: { id } });
    return booking?.status === BookingStatus.ACCEPTED && londonMoment(booking.startsAt).date === day
      ? booking
      : null;
  }

  /** The day before: the person booked for (and their delegates) and the provider's people. */
  async remindTomorrow(tx: EntityManager, booking: Booking, dedupeKey: string): Promise<void> {
    const listing = await this.notices.listingOf(tx, booking);
    const start = londonMoment(booking.startsAt);
    const end = londonMoment(booking.endsAt);
    const when = `tomorrow, ${start.date}, from ${start.time} to ${end.time}`;
    const holderSide = await this.access.holderSide(tx, booking);
    const base = { kind: NotificationKind.BOOKING_REMINDER, email: true, refId: booking.id, dedupeKey };
    await this.notifications.notify(tx, {
      ...base,
      userIds: holderSide,
      title: `Tomorrow: ${listing.title}`,
      body: `${listing.title} is booked for ${when}. If you cannot make it, cancel the booking in Small Places as soon as you can and say why.`,
    });
    await this.notifications.notify(tx, {
      ...base,
      userIds: await this.access.providerSide(tx, booking.enterpriseId),
      title: `Tomorrow: ${listing.title}`,
      body: `You are booked to provide ${listing.title} ${when}${booking.note ? `. Their note: ${booking.note}` : ''}. If you cannot make it, cancel the booking in Small Places now and say why, so they can find someone else.`,
    });
  }
}

/** BOOKING_REQUEST, hourly: a request unanswered when its 48 hours are up expires, and both sides are told. */
@Injectable()
@ReminderSourcePlugIn()
export class BookingRequestExpiry implements ReminderSource {
  readonly subject = 'BOOKING_REQUEST';
  readonly cadence = 'HOURLY';

  constructor(private readonly bookings: BookingReminders) {}

  due(_day: string, now: Date): Promise<ReminderJob[]> {
    return this.bookings.expiring(now);
  }

  stillDue(tx: EntityManager, jobs: ReminderJob[], now: Date): Promise<DueReminders> {
    return eachStillDue(
      jobs,
      (job) => this.bookings.lockExpiring(tx, job.itemId, now),
      (job, booking) => this.bookings.expire(tx, booking, now, reminderKey(job)),
    );
  }
}

/** BOOKING_TOMORROW, daily: the day before an accepted booking, both sides are reminded. */
@Injectable()
@ReminderSourcePlugIn()
export class BookingTomorrowReminders implements ReminderSource {
  readonly subject = 'BOOKING_TOMORROW';
  readonly cadence = 'DAILY';

  constructor(private readonly bookings: BookingReminders) {}

  due(day: string): Promise<ReminderJob[]> {
    return this.bookings.tomorrow(day);
  }

  stillDue(tx: EntityManager, jobs: ReminderJob[]): Promise<DueReminders> {
    return eachStillDue(
      jobs,
      (job) => this.bookings.acceptedOn(tx, job.itemId, job.on),
      (job, booking) => this.bookings.remindTomorrow(tx, booking, reminderKey(job)),
    );
  }
}
