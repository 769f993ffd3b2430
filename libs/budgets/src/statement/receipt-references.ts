import { Injectable } from '@nestjs/common';
import { PlugIns, plugInPoint } from '@small-places/platform';
import { EntityManager } from 'typeorm';

/**
 * The receipt reference of a booking's PAYMENT entry, which the ledger (append-only, written when the booking
 * was delivered) cannot hold: the invoices context (which depends on budgets) marks its provider
 * `@ReceiptReferences()` and answers with each invoiced booking's invoice number and paid date.
 */
export interface ReceiptReferenceSource {
  forBookings(tx: EntityManager, bookingIds: readonly string[]): Promise<Map<string, string>>;
}

export const ReceiptReferences = plugInPoint();

@Injectable()
export class ReceiptReferenceRegistry {
  constructor(private readonly plugIns: PlugIns) {}

  async forBookings(tx: EntityManager, bookingIds: readonly string[]): Promise<Map<string, string>> {
    const references = new Map<string, string>();
    if (bookingIds.length === 0) return references;
    for (const { instance } of this.plugIns.find<ReceiptReferenceSource>(ReceiptReferences)) {
      for (const [bookingId, reference] of await instance.forBookings(tx, bookingIds))
        references.set(bookingId, reference);
    }
    return references;
  }
}
