import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal budgets (docs/budgets.md): budgets, their periods, and the append-only ledger that every balance
 * is derived from. The database holds the ledger's invariants: signs match kinds, a booking is committed
 * once and closed (released or paid) once, each period is credited once, and no row is ever changed or
 * deleted, except for the anonymisation hook that account closure will use.
 */
export class Budgets1764600000000 implements MigrationInterface {
  name = 'Budgets1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE personal_budgets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        holder_id uuid NOT NULL REFERENCES users (id),
        label text NOT NULL,
        payment_pence integer NOT NULL CHECK (payment_pence > 0),
        period_days integer NOT NULL DEFAULT 28 CHECK (period_days BETWEEN 7 AND 92),
        starts_on date NOT NULL,
        contribution_pence integer NOT NULL DEFAULT 0 CHECK (contribution_pence >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX personal_budgets_holder_idx ON personal_budgets (holder_id)`);

    await db.query(`
      CREATE TABLE budget_periods (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        budget_id uuid NOT NULL REFERENCES personal_budgets (id),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        allocation_pence integer NOT NULL CHECK (allocation_pence > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on),
        UNIQUE (budget_id, starts_on),
        UNIQUE (id, budget_id)
      )`);
    await db.query(`CREATE INDEX budget_periods_latest_idx ON budget_periods (budget_id, ends_on DESC)`);

    await db.query(`
      CREATE TABLE ledger_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        budget_id uuid NOT NULL REFERENCES personal_budgets (id),
        period_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('COUNCIL_PAYMENT', 'CONTRIBUTION', 'COMMITMENT', 'RELEASE', 'PAYMENT', 'EXPENSE')),
        amount_pence integer NOT NULL,
        occurred_on date NOT NULL,
        payee text NOT NULL,
        description text NOT NULL,
        receipt_reference text,
        booking_id uuid,
        paid_to_close_relative boolean NOT NULL DEFAULT false,
        approval_reference text,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- An entry's period belongs to the entry's budget.
        FOREIGN KEY (period_id, budget_id) REFERENCES budget_periods (id, budget_id),
        CONSTRAINT ledger_entries_sign_check CHECK (
          (kind IN ('COUNCIL_PAYMENT', 'CONTRIBUTION', 'RELEASE') AND amount_pence > 0)
          OR (kind IN ('COMMITMENT', 'PAYMENT', 'EXPENSE') AND amount_pence < 0)
        ),
        CONSTRAINT ledger_entries_booking_check CHECK (
          (kind IN ('COMMITMENT', 'RELEASE', 'PAYMENT')) = (booking_id IS NOT NULL)
        ),
        CONSTRAINT ledger_entries_expense_check CHECK (
          kind <> 'EXPENSE' OR (receipt_reference IS NOT NULL AND length(payee) > 0)
        ),
        CONSTRAINT ledger_entries_close_relative_check CHECK (
          NOT paid_to_close_relative OR (kind = 'EXPENSE' AND approval_reference IS NOT NULL)
        )
      )`);
    await db.query(`CREATE INDEX ledger_entries_period_idx ON ledger_entries (period_id)`);
    await db.query(
      `CREATE INDEX ledger_entries_statement_idx ON ledger_entries (budget_id, occurred_on, seq)`,
    );
    // A booking is committed at most once, and its commitment is closed (released or paid) at most once.
    await db.query(
      `CREATE UNIQUE INDEX ledger_entries_commitment_key ON ledger_entries (booking_id) WHERE kind = 'COMMITMENT'`,
    );
    await db.query(
      `CREATE UNIQUE INDEX ledger_entries_settlement_key ON ledger_entries (booking_id) WHERE kind IN ('RELEASE', 'PAYMENT')`,
    );
    // Each period is credited once, however many processes roll it at the same moment.
    await db.query(
      `CREATE UNIQUE INDEX ledger_entries_credit_key ON ledger_entries (period_id, kind) WHERE kind IN ('COUNCIL_PAYMENT', 'CONTRIBUTION')`,
    );

    // Append-only. The one exception is the hook for account closure (PRODUCT.md §3.9): a transaction that
    // runs `SET LOCAL small_places.anonymise_ledger = 'on'` may blank the personal text of an entry (payee,
    // description, receipt and approval references, creator) but never its money, kind, dates or links.
    await db.query(`
      CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('small_places.anonymise_ledger', true) = 'on'
           AND NEW.id = OLD.id AND NEW.seq = OLD.seq AND NEW.budget_id = OLD.budget_id
           AND NEW.period_id = OLD.period_id AND NEW.kind = OLD.kind AND NEW.amount_pence = OLD.amount_pence
           AND NEW.occurred_on = OLD.occurred_on AND NEW.booking_id IS NOT DISTINCT FROM OLD.booking_id
           AND NEW.paid_to_close_relative = OLD.paid_to_close_relative AND NEW.created_at = OLD.created_at THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'ledger entries are append-only: % is not allowed', TG_OP
          USING ERRCODE = 'restrict_violation';
      END $$`);
    await db.query(`
      CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
      FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only()`);
    await db.query(`
      CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
      FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS ledger_entries`);
    await db.query(`DROP FUNCTION IF EXISTS ledger_entries_append_only()`);
    await db.query(`DROP TABLE IF EXISTS budget_periods`);
    await db.query(`DROP TABLE IF EXISTS personal_budgets`);
  }
}
