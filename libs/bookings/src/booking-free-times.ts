import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import { ListingService, ListingStatus } from '@small-places/marketplace';
import { badInput, Database, forbidden, notFound, RequestContext, Role } from '@small-places/platform';
import { freeTimes, MAX_FREE_TIME_WEEKS, TimeSpan } from './booking-rules';
import { Booking, BookingStatus } from './entities/booking.entity';

/** A published listing's free times for the next weeks, to pick a booking from (docs/bookings.md). */
@Injectable()
export class BookingFreeTimes {
  constructor(
    private readonly db: Database,
    private readonly listings: ListingService,
    private readonly access: AccessService,
  ) {}

  /**
   * Holders and delegates, to book from a published listing, and the listing's own enterprise members (drafts
   * too). Nobody else: the gaps between accepted bookings say when people are visited; the weekly availability
   * itself is public on the listing's page.
   */
  async of(ctx: RequestContext, listingId: string, weeks: number): Promise<TimeSpan[]> {
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_FREE_TIME_WEEKS) {
      const message = `Ask for 1 to ${MAX_FREE_TIME_WEEKS} weeks.`;
      throw badInput(message, { weeks: [message] });
    }
    const tx = this.db.manager;
    const listing = await this.listings.bookable(tx, listingId, { includeUnpublished: true });
    if (!listing) throw notFound('That service');
    const member = await this.access.hasGrant(
      tx,
      ctx.signedIn.id,
      GrantKind.MemberOfEnterprise,
      listing.enterpriseId,
    );
    if (!member) {
      if (!ctx.hasRole(Role.BUDGET_HOLDER) && !ctx.hasRole(Role.DELEGATE)) {
        throw forbidden('Free times are shown to budget holders and their delegates, to book from.');
      }
      if (listing.status !== ListingStatus.PUBLISHED) throw notFound('That service');
    }
    const until = new Date(ctx.now.getTime() + (weeks * 7 + 1) * 86_400_000);
    const taken = await tx
      .getRepository(Booking)
      .createQueryBuilder('booking')
      .select(['booking.startsAt', 'booking.endsAt'])
      .where('booking.listingId = :listingId', { listingId: listing.id })
      .andWhere('booking.status IN (:...held)', { held: [BookingStatus.ACCEPTED, BookingStatus.COMPLETED] })
      .andWhere('booking.endsAt > :now AND booking.startsAt < :until', { now: ctx.now, until })
      .getMany();
    return freeTimes(listing.slots, taken, ctx.now, weeks);
  }
}
