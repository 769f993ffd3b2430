import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EntityManager } from 'typeorm';

/**
 * Which of these bookings are already on an invoice. The invoices context (which depends on bookings, so
 * cannot be called from here) marks its provider `@InvoicedBookingsLookup()`; a visit on an invoice can no
 * longer be disputed or corrected here: the provider corrects the invoice with a credit note.
 */
export interface InvoicedBookings {
  invoiced(tx: EntityManager, bookingIds: readonly string[]): Promise<Set<string>>;
}

export const InvoicedBookingsLookup = DiscoveryService.createDecorator<void>();

@Injectable()
export class InvoicedBookingsRegistry {
  private found?: InvoicedBookings[];

  constructor(private readonly discovery: DiscoveryService) {}

  async invoiced(tx: EntityManager, bookingIds: readonly string[]): Promise<Set<string>> {
    this.found ??= this.discovery
      .getProviders({ metadataKey: InvoicedBookingsLookup.KEY })
      .map((wrapper) => wrapper.instance as InvoicedBookings | undefined)
      .filter((lookup): lookup is InvoicedBookings => lookup !== undefined)
      .filter((lookup, index, all) => all.indexOf(lookup) === index);
    const invoiced = new Set<string>();
    for (const lookup of this.found) for (const id of await lookup.invoiced(tx, bookingIds)) invoiced.add(id);
    return invoiced;
  }
}
