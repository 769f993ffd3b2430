import { EntityManager } from 'typeorm';

/**
 * The next invoice or credit-note number of an enterprise. The counter row is updated inside the issuing
 * transaction, so concurrent issuers queue on its row lock and a rolled-back invoice gives its number back:
 * numbers are consecutive with no gaps, and `UNIQUE (enterprise_id, number)` refuses a repeat whatever
 * happens. Take it last in the transaction (after the bookings' locks) to hold the row lock briefly.
 */
export async function nextNumber(
  tx: EntityManager,
  enterpriseId: string,
  kind: 'INVOICE' | 'CREDIT_NOTE',
): Promise<number> {
  const column = kind === 'INVOICE' ? 'last_invoice' : 'last_credit_note';
  const [row]: Array<{ number: number }> = await tx.query(
    `INSERT INTO invoice_counters (enterprise_id, ${column}) VALUES ($1, 1)
     ON CONFLICT (enterprise_id) DO UPDATE SET ${column} = invoice_counters.${column} + 1
     RETURNING ${column} AS number`,
    [enterpriseId],
  );
  return row.number;
}
