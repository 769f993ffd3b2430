import { Injectable } from '@nestjs/common';
import {
  ClosingAccount,
  PersonalData,
  PersonalDataSection,
  personalStringsFrom,
  REMOVED_TEXT,
  scrubFreeText,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';

/**
 * Invoices in an export and at account closure (docs/privacy.md). Invoices are kept (the provider's books and
 * the council's audit need them, six years like the ledger) but lose the holder's name and their own payment
 * references. Visit answers are the bookings context's (BookingPersonalData).
 */
@Injectable()
@PersonalData()
export class InvoicePersonalData implements PersonalDataSection {
  readonly name = 'invoices';

  async export(tx: EntityManager, userId: string): Promise<unknown> {
    const invoices = await tx.query(
      `SELECT id, enterprise_name, number, issued_on, due_on, total_pence, paid_on, payment_method, payment_reference
         FROM invoices WHERE holder_id = $1 OR payment_recorded_by_id = $1 ORDER BY issued_on, number`,
      [userId],
    );
    return { invoices };
  }

  async personalStrings(tx: EntityManager, userId: string): Promise<string[]> {
    return personalStringsFrom(
      tx,
      `SELECT payment_reference AS text FROM invoices WHERE payment_recorded_by_id = $1`,
      [userId],
    );
  }

  async erase(tx: EntityManager, account: ClosingAccount): Promise<void> {
    await tx.query(`UPDATE invoices SET holder_name = $2 WHERE holder_id = $1`, [
      account.userId,
      REMOVED_TEXT,
    ]);
    await tx.query(
      `UPDATE invoices SET payment_reference = NULL, payment_recorded_by_id = NULL WHERE payment_recorded_by_id = $1`,
      [account.userId],
    );
    await scrubFreeText(tx, 'credit_notes', ['reason'], account.personalStrings);
  }
}
