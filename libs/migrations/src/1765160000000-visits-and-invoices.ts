import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Visit confirmation (bookings) and invoices (PRODUCT.md §3.10). The invariants live here: one confirmation row
 * per booking; invoice numbers unique per enterprise and handed out from a counter row that the issuing
 * transaction updates (so a rolled-back invoice gives its number back: no gaps); a booking on at most one
 * invoice; one payment per invoice.
 */
export class VisitsAndInvoices1765160000000 implements MigrationInterface {
  name = 'VisitsAndInvoices1765160000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE visit_confirmations (
        booking_id uuid PRIMARY KEY REFERENCES bookings (id) ON DELETE CASCADE,
        state text NOT NULL,
        awaiting_since date NOT NULL,
        answered_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        answered_at timestamptz,
        dispute_reason text,
        disputed_at timestamptz,
        provider_answer text,
        provider_answered_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (state IN ('AWAITING', 'CONFIRMED', 'CONFIRMED_BY_DEFAULT', 'DISPUTED', 'WITHDRAWN')),
        CHECK (state <> 'DISPUTED' OR dispute_reason IS NOT NULL),
        CHECK (provider_answer IS NULL OR provider_answer IN ('CORRECTED', 'WITHDRAWN'))
      )`);

    await db.query(`
      CREATE TABLE invoice_settings (
        enterprise_id uuid PRIMARY KEY REFERENCES enterprises (id) ON DELETE CASCADE,
        monthly_issuing boolean NOT NULL DEFAULT false,
        due_days integer NOT NULL DEFAULT 14 CHECK (due_days BETWEEN 1 AND 90),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE invoice_counters (
        enterprise_id uuid PRIMARY KEY REFERENCES enterprises (id) ON DELETE CASCADE,
        last_invoice integer NOT NULL DEFAULT 0 CHECK (last_invoice >= 0),
        last_credit_note integer NOT NULL DEFAULT 0 CHECK (last_credit_note >= 0)
      )`);
    await db.query(`
      CREATE TABLE invoices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id uuid NOT NULL REFERENCES enterprises (id) ON DELETE RESTRICT,
        number integer NOT NULL CHECK (number > 0),
        holder_id uuid REFERENCES users (id) ON DELETE SET NULL,
        budget_id uuid REFERENCES personal_budgets (id) ON DELETE RESTRICT,
        holder_name text NOT NULL,
        enterprise_name text NOT NULL,
        enterprise_postcode text NOT NULL,
        issued_on date NOT NULL,
        due_on date NOT NULL,
        total_pence integer NOT NULL CHECK (total_pence > 0),
        issued_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        paid_on date,
        payment_method text,
        payment_reference text,
        payment_recorded_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        payment_recorded_at timestamptz,
        receipt text,
        receipt_answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT invoices_number_key UNIQUE (enterprise_id, number),
        CHECK (due_on >= issued_on),
        CHECK (paid_on IS NULL OR paid_on >= issued_on),
        CHECK (receipt IS NULL OR (receipt IN ('RECEIVED', 'NOT_ARRIVED') AND paid_on IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX invoices_enterprise_idx ON invoices (enterprise_id, issued_on, id)`);
    await db.query(`CREATE INDEX invoices_holder_idx ON invoices (holder_id, issued_on, id)`);
    await db.query(`CREATE INDEX invoices_budget_idx ON invoices (budget_id, issued_on, id)`);
    await db.query(`CREATE INDEX invoices_unpaid_idx ON invoices (due_on) WHERE paid_on IS NULL`);
    await db.query(`
      CREATE TABLE invoice_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id uuid NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE RESTRICT,
        position integer NOT NULL,
        delivered_on date NOT NULL,
        time_text text NOT NULL,
        service text NOT NULL,
        quantity_text text NOT NULL,
        unit_price_pence integer NOT NULL CHECK (unit_price_pence >= 0),
        amount_pence integer NOT NULL CHECK (amount_pence >= 0),
        CONSTRAINT invoice_lines_booking_key UNIQUE (booking_id),
        UNIQUE (invoice_id, position)
      )`);
    await db.query(`
      CREATE TABLE credit_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id uuid NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        enterprise_id uuid NOT NULL REFERENCES enterprises (id) ON DELETE RESTRICT,
        number integer NOT NULL CHECK (number > 0),
        amount_pence integer NOT NULL CHECK (amount_pence > 0),
        reason text NOT NULL,
        issued_on date NOT NULL,
        issued_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT credit_notes_number_key UNIQUE (enterprise_id, number)
      )`);
    await db.query(`CREATE INDEX credit_notes_invoice_idx ON credit_notes (invoice_id)`);
    // Issued invoices are never edited: only the payment and receipt columns may change, once each.
    await db.query(`
      CREATE FUNCTION invoices_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.enterprise_id, NEW.number, NEW.holder_id, NEW.budget_id, NEW.issued_on, NEW.due_on, NEW.total_pence)
           IS DISTINCT FROM
           (OLD.enterprise_id, OLD.number, OLD.holder_id, OLD.budget_id, OLD.issued_on, OLD.due_on, OLD.total_pence)
        THEN RAISE EXCEPTION 'an issued invoice is never edited: issue a credit note';
        END IF;
        IF OLD.paid_on IS NOT NULL AND NEW.paid_on IS DISTINCT FROM OLD.paid_on THEN
          RAISE EXCEPTION 'an invoice is paid once';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(
      `CREATE TRIGGER invoices_frozen BEFORE UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION invoices_frozen()`,
    );
    await db.query(`
      CREATE FUNCTION invoice_lines_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'invoice lines are never edited: issue a credit note'; END $$`);
    await db.query(
      `CREATE TRIGGER invoice_lines_frozen BEFORE UPDATE ON invoice_lines FOR EACH ROW EXECUTE FUNCTION invoice_lines_frozen()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'credit_notes',
      'invoice_lines',
      'invoices',
      'invoice_counters',
      'invoice_settings',
      'visit_confirmations',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await db.query(`DROP FUNCTION IF EXISTS invoices_frozen()`);
    await db.query(`DROP FUNCTION IF EXISTS invoice_lines_frozen()`);
  }
}
