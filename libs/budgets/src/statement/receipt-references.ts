import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EntityManager } from 'typeorm';

/**
 * The receipt reference of a booking's PAYMENT entry, which the ledger (append-only, written when the booking
 * was delivered) cannot hold: the invoices context (which depends on budgets) marks its provider
 * `@ReceiptReferences()` and answers with each invoiced booking's invoice number and paid date.
 */
export interface ReceiptReferenceSource {
  forBookings(tx: EntityManager, bookingIds: readonly string[]): Promise<Map<string, string>>;
}

export const ReceiptReferences = DiscoveryService.createDecorator<void>();

@Injectable()
export class ReceiptReferenceRegistry {
  private found?: ReceiptReferenceSource[];

  constructor(private readonly discovery: DiscoveryService) {}

  async forBookings(tx: EntityManager, bookingIds: readonly string[]): Promise<Map<string, string>> {
    this.found ??= this.discovery
      .getProviders({ metadataKey: ReceiptReferences.KEY })
      .map((wrapper) => wrapper.instance as ReceiptReferenceSource | undefined)
      .filter((source): source is ReceiptReferenceSource => source !== undefined)
      .filter((source, index, all) => all.indexOf(source) === index);
    const references = new Map<string, string>();
    if (bookingIds.length === 0) return references;
    for (const source of this.found) {
      for (const [bookingId, reference] of await source.forBookings(tx, bookingIds))
        references.set(bookingId, reference);
    }
    return references;
  }
}
