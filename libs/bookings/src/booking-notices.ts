import { Injectable } from '@nestjs/common';
import { ListingService } from '@small-places/marketplace';
import { longDate, NotificationKind, NotificationService } from '@small-places/notifications';
import { notFound } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { BookingAccess } from './booking-access';
import { londonMoment } from './booking-rules';
import { Booking } from './entities/booking.entity';

/** The part of a listing its bookings' notifications show. */
export interface ListingTitle {
  title: string;
}

/** The words of the bookings' notifications to each side, in one place. */
@Injectable()
export class BookingNotices {
  constructor(
    private readonly access: BookingAccess,
    private readonly listings: ListingService,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * What the notifications of an answer need from the listing: its title, in one query (not the bookable
   * listing with its availability, which only a request needs).
   */
  async listingOf(tx: EntityManager, booking: Booking): Promise<ListingTitle> {
    const title = await this.listings.titleOf(tx, booking.listingId);
    if (title === null) throw notFound('That service');
    return { title };
  }

  describe(booking: Booking, listing: ListingTitle): string {
    const start = londonMoment(booking.startsAt);
    const end = londonMoment(booking.endsAt);
    return `${listing.title} on ${longDate(start.date)} from ${start.time} to ${end.time} (£${(booking.costPence / 100).toFixed(2)})`;
  }

  async tellHolder(
    tx: EntityManager,
    booking: Booking,
    title: string,
    body: string,
    dedupeKey?: string,
  ): Promise<void> {
    if (!booking.holderId) return;
    await this.notifications.notify(tx, {
      userIds: [booking.holderId],
      kind: NotificationKind.BOOKING_UPDATE,
      title,
      body: `${body} See your bookings in Small Places for the details.`,
      email: true,
      refId: booking.id,
      dedupeKey,
    });
  }

  async tellProvider(tx: EntityManager, booking: Booking, title: string, body: string): Promise<void> {
    await this.notifications.notify(tx, {
      userIds: await this.access.providerSide(tx, booking.enterpriseId),
      kind: NotificationKind.BOOKING_UPDATE,
      title,
      body: `${body} Open your booking requests in Small Places to answer.`,
      email: true,
      refId: booking.id,
    });
  }
}
