import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * REVERSAL, the ledger entry that takes back a booking's PAYMENT when the provider withdraws the visit the holder
 * disputed (docs/budgets.md, docs/invoices.md): money in, once per booking, in the payment's period. The
 * ledger stays append-only; the payment is never edited.
 */
export class LedgerReversals1796617888471 implements MigrationInterface {
  name = 'LedgerReversals1796617888471';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE ledger_entries
        DROP CONSTRAINT ledger_entries_kind_check,
        DROP CONSTRAINT ledger_entries_sign_check,
        DROP CONSTRAINT ledger_entries_booking_check`);
    await db.query(`
      ALTER TABLE ledger_entries
        ADD CONSTRAINT ledger_entries_kind_check CHECK (kind IN
          ('COUNCIL_PAYMENT', 'CONTRIBUTION', 'COMMITMENT', 'RELEASE', 'PAYMENT', 'REVERSAL', 'EXPENSE')),
        ADD CONSTRAINT ledger_entries_sign_check CHECK (
          (kind IN ('COUNCIL_PAYMENT', 'CONTRIBUTION', 'RELEASE', 'REVERSAL') AND amount_pence > 0)
          OR (kind IN ('COMMITMENT', 'PAYMENT', 'EXPENSE') AND amount_pence < 0)
        ),
        ADD CONSTRAINT ledger_entries_booking_check CHECK (
          (kind IN ('COMMITMENT', 'RELEASE', 'PAYMENT', 'REVERSAL')) = (booking_id IS NOT NULL)
        )`);
    // A booking's payment is reversed at most once.
    await db.query(
      `CREATE UNIQUE INDEX ledger_entries_reversal_key ON ledger_entries (booking_id) WHERE kind = 'REVERSAL'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ledger_entries_reversal_key`);
    await db.query(`
      ALTER TABLE ledger_entries
        DROP CONSTRAINT ledger_entries_kind_check,
        DROP CONSTRAINT ledger_entries_sign_check,
        DROP CONSTRAINT ledger_entries_booking_check`);
    await db.query(`
      ALTER TABLE ledger_entries
        ADD CONSTRAINT ledger_entries_kind_check CHECK (kind IN
          ('COUNCIL_PAYMENT', 'CONTRIBUTION', 'COMMITMENT', 'RELEASE', 'PAYMENT', 'EXPENSE')),
        ADD CONSTRAINT ledger_entries_sign_check CHECK (
          (kind IN ('COUNCIL_PAYMENT', 'CONTRIBUTION', 'RELEASE') AND amount_pence > 0)
          OR (kind IN ('COMMITMENT', 'PAYMENT', 'EXPENSE') AND amount_pence < 0)
        ),
        ADD CONSTRAINT ledger_entries_booking_check CHECK (
          (kind IN ('COMMITMENT', 'RELEASE', 'PAYMENT')) = (booking_id IS NOT NULL)
        )`);
  }
}
