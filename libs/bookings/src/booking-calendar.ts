import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind, IdentityService } from '@small-places/identity';
import { ListingService } from '@small-places/marketplace';
import { CalendarEntry, CalendarSource, CalendarSourcePlugIn } from '@small-places/notifications';
import { Database } from '@small-places/platform';
import { Brackets } from 'typeorm';
import { Booking, BookingStatus } from './entities/booking.entity';

/**
 * Accepted bookings in a person's calendar feed, at their times: the provider side's (members of the
 * enterprise, linked to the booking request's page) and the holder side's (the person it is for and the
 * budget's delegates, linked to their booking's page). Requests not yet accepted are not in anyone's diary.
 */
@Injectable()
@CalendarSourcePlugIn()
export class BookingCalendar implements CalendarSource {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly listings: ListingService,
    private readonly identity: IdentityService,
  ) {}

  async entriesFor(userId: string, limit: number): Promise<CalendarEntry[]> {
    const tx = this.db.manager;
    const enterpriseIds = await this.access.scopesOf(tx, userId, GrantKind.MemberOfEnterprise);
    const budgetIds = await this.access.scopesOf(tx, userId, GrantKind.DelegateOfBudget);
    const bookings = await tx
      .getRepository(Booking)
      .createQueryBuilder('booking')
      .where('booking.status = :accepted', { accepted: BookingStatus.ACCEPTED })
      .andWhere(
        new Brackets((mine) => {
          mine.where('booking.enterpriseId = ANY(:enterpriseIds::uuid[])', { enterpriseIds });
          mine.orWhere('booking.holderId = :userId', { userId });
          mine.orWhere('booking.budgetId = ANY(:budgetIds::uuid[])', { budgetIds });
        }),
      )
      .orderBy('booking.startsAt', 'ASC')
      .addOrderBy('booking.id', 'ASC')
      .limit(limit)
      .getMany();
    const titles = await this.listings.titles(bookings.map((booking) => booking.listingId));
    const holderIds = bookings.flatMap((booking) => (booking.holderId ? [booking.holderId] : []));
    const names = await this.identity.displayNames([...new Set(holderIds)]);
    const providerSide = new Set(enterpriseIds);
    return bookings.map((booking) => {
      const title = titles.get(booking.listingId)?.title ?? 'Booking';
      const asProvider = providerSide.has(booking.enterpriseId) && booking.holderId !== userId;
      const holder = booking.holderId ? names.get(booking.holderId)?.displayName : undefined;
      return {
        id: `booking-${booking.id}`,
        when: { start: booking.startsAt, end: booking.endsAt },
        summary: asProvider && holder ? `${title} with ${holder}` : title,
        description: asProvider
          ? 'A booking you accepted. Messages and changes are on its page.'
          : 'Your booking. Messages and changes are on its page.',
        webPath: asProvider ? `/booking-requests/${booking.id}` : `/bookings/${booking.id}`,
      };
    });
  }
}
