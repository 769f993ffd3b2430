import { Injectable } from '@nestjs/common';
import { ReceiptReferences, ReceiptReferenceSource } from '@small-places/budgets';
import { EntityManager } from 'typeorm';

/**
 * A booking's PAYMENT entry on the statement shows the invoice it was billed on, and when it was paid: the
 * receipt reference an auditor looks for (docs/invoices.md, "Paid invoices and the ledger").
 */
@Injectable()
@ReceiptReferences()
export class InvoiceReceiptReferences implements ReceiptReferenceSource {
  async forBookings(tx: EntityManager, bookingIds: readonly string[]): Promise<Map<string, string>> {
    const rows: Array<{
      booking_id: string;
      number: number;
      enterprise_name: string;
      paid_on: string | null;
    }> = await tx.query(
      `SELECT l.booking_id, i.number, i.enterprise_name, i.paid_on::text
         FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
         WHERE l.booking_id = ANY($1::uuid[])`,
      [[...bookingIds]],
    );
    return new Map(
      rows.map((row) => [
        row.booking_id,
        `Invoice ${row.number} from ${row.enterprise_name}, ${row.paid_on ? `paid ${row.paid_on}` : 'not paid yet'}`,
      ]),
    );
  }
}
