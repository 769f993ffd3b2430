import { Injectable } from '@nestjs/common';
import { InvoicedBookings, InvoicedBookingsLookup } from '@small-places/bookings';
import { EntityManager } from 'typeorm';

/** Tells bookings which visits are already invoiced (so they can no longer be disputed there). */
@Injectable()
@InvoicedBookingsLookup()
export class InvoicedBookingsProvider implements InvoicedBookings {
  async invoiced(tx: EntityManager, bookingIds: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ booking_id: string }> = await tx.query(
      `SELECT booking_id FROM invoice_lines WHERE booking_id = ANY($1::uuid[])`,
      [[...bookingIds]],
    );
    return new Set(rows.map((row) => row.booking_id));
  }
}
