import { Injectable } from '@nestjs/common';
import { ListingService, PriceUnit } from '@small-places/marketplace';
import { isUuid } from '@small-places/platform';
import { EntityManager, In } from 'typeorm';
import { Booking, BookingStatus } from '../entities/booking.entity';
import { VisitConfirmationService, VisitView } from './visit-confirmation.service';
import { INVOICEABLE_STATES, VisitState } from './visit-state';

/** What an invoice line needs from a booking. */
export interface InvoiceableBooking {
  id: string;
  enterpriseId: string;
  holderId: string | null;
  budgetId: string | null;
  startsAt: Date;
  endsAt: Date;
  costPence: number;
  delivered: boolean;
  visitState: VisitState | null;
  /** The listing's title and how it is priced. */
  service: string;
  priceUnit: PriceUnit;
}

/**
 * The bookings context's read for the invoices context (libs/invoices): bookings locked for issuing, and the
 * delivered, confirmed bookings an enterprise has not invoiced yet (the worker's monthly run).
 */
@Injectable()
export class InvoiceableBookings {
  constructor(
    private readonly visits: VisitConfirmationService,
    private readonly listings: ListingService,
  ) {}

  /** Locks the bookings (in id order, so concurrent issuers never deadlock); unknown ids are left out. */
  async lock(tx: EntityManager, ids: readonly string[]): Promise<InvoiceableBooking[]> {
    const valid = [...new Set(ids.filter(isUuid))].sort();
    if (valid.length === 0) return [];
    const bookings = await tx
      .getRepository(Booking)
      .createQueryBuilder('booking')
      .setLock('pessimistic_write')
      .where('booking.id IN (:...valid)', { valid })
      .orderBy('booking.id')
      .getMany();
    return this.describe(tx, bookings);
  }

  /**
   * Delivered bookings of an enterprise whose visit is confirmed (or confirmed by default) and that are on no
   * invoice, grouped by holder and budget by the caller. Which bookings are invoiced comes from the invoices
   * context's published read `invoices_invoiced_bookings`: the monthly run must find them in one statement.
   */
  async uninvoiced(tx: EntityManager, enterpriseId: string): Promise<InvoiceableBooking[]> {
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT b.id FROM bookings b JOIN visit_confirmations v ON v.booking_id = b.id
       WHERE b.enterprise_id = $1 AND b.status = 'COMPLETED' AND v.state = ANY($2::text[])
         AND NOT EXISTS (SELECT 1 FROM invoices_invoiced_bookings l WHERE l.booking_id = b.id)
       ORDER BY b.starts_at, b.id`,
      [enterpriseId, INVOICEABLE_STATES],
    );
    if (rows.length === 0) return [];
    const bookings = await tx
      .getRepository(Booking)
      .find({ where: { id: In(rows.map((row) => row.id)) }, order: { startsAt: 'ASC', id: 'ASC' } });
    return this.describe(tx, bookings);
  }

  /** Bookings paid from a budget and delivered (started) between two London dates, with their visits. */
  async visitsOfBudget(
    tx: EntityManager,
    budgetId: string,
    from: string,
    to: string,
  ): Promise<Array<InvoiceableBooking & { visit: VisitView }>> {
    const bookings = await tx
      .getRepository(Booking)
      .createQueryBuilder('booking')
      .where('booking.budgetId = :budgetId', { budgetId })
      .andWhere('booking.status = :status', { status: BookingStatus.COMPLETED })
      .andWhere(`(booking.startsAt AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to`, { from, to })
      .orderBy('booking.startsAt')
      .addOrderBy('booking.id')
      .getMany();
    const visits = await this.visits.viewsIn(tx, bookings);
    return (await this.describe(tx, bookings)).map((booking) => ({
      ...booking,
      visit: visits.get(booking.id)!,
    }));
  }

  private async describe(tx: EntityManager, bookings: Booking[]): Promise<InvoiceableBooking[]> {
    const delivered = bookings.filter((booking) => booking.status === BookingStatus.COMPLETED);
    const visits = await this.visits.viewsIn(tx, delivered);
    const listings = new Map<string, { title: string; priceUnit: PriceUnit }>();
    for (const listingId of new Set(bookings.map((booking) => booking.listingId))) {
      const listing = await this.listings.bookable(tx, listingId, { includeUnpublished: true });
      listings.set(listingId, {
        title: listing?.title ?? 'Support',
        priceUnit: listing?.priceUnit ?? PriceUnit.SESSION,
      });
    }
    return bookings.map((booking) => ({
      id: booking.id,
      enterpriseId: booking.enterpriseId,
      holderId: booking.holderId,
      budgetId: booking.budgetId,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      costPence: booking.costPence,
      delivered: booking.status === BookingStatus.COMPLETED,
      visitState: visits.get(booking.id)?.state ?? null,
      service: listings.get(booking.listingId)!.title,
      priceUnit: listings.get(booking.listingId)!.priceUnit,
    }));
  }
}
