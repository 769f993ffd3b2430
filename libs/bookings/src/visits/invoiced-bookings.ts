import { Injectable } from '@nestjs/common';
import { PlugIns, plugInPoint } from '@small-places/platform';
import { EntityManager } from 'typeorm';

/**
 * Which of these bookings are already on an invoice. The invoices context (which depends on bookings, so
 * cannot be called from here) marks its provider `@InvoicedBookingsLookup()`; a visit on an invoice can no
 * longer be disputed or corrected here: the provider corrects the invoice with a credit note.
 */
export interface InvoicedBookings {
  invoiced(tx: EntityManager, bookingIds: readonly string[]): Promise<Set<string>>;
}

export const InvoicedBookingsLookup = plugInPoint();

@Injectable()
export class InvoicedBookingsRegistry {
  constructor(private readonly plugIns: PlugIns) {}

  async invoiced(tx: EntityManager, bookingIds: readonly string[]): Promise<Set<string>> {
    const invoiced = new Set<string>();
    for (const { instance } of this.plugIns.find<InvoicedBookings>(InvoicedBookingsLookup))
      for (const id of await instance.invoiced(tx, bookingIds)) invoiced.add(id);
    return invoiced;
  }
}
