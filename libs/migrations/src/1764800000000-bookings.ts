import { MigrationInterface, QueryRunner } from 'typeorm';

export class Bookings1764800000000 implements MigrationInterface {
  name = 'Bookings1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE booking_series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        listing_id uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
        holder_id uuid REFERENCES users (id) ON DELETE SET NULL,
        weeks integer NOT NULL CHECK (weeks BETWEEN 2 AND 52),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        listing_id uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
        enterprise_id uuid NOT NULL REFERENCES enterprises (id) ON DELETE CASCADE,
        series_id uuid REFERENCES booking_series (id) ON DELETE SET NULL,
        holder_id uuid REFERENCES users (id) ON DELETE SET NULL,
        requested_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        budget_id uuid,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'REQUESTED',
        cost_pence integer NOT NULL CHECK (cost_pence >= 0),
        note text,
        answer_reason text,
        cancelled_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        responded_at timestamptz,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'COMPLETED', 'EXPIRED'))
      )`);
    // The invariant that protects a carer from being in two homes at once lives here, not only in code.
    await db.query(`
      ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap
        EXCLUDE USING gist (listing_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
        WHERE (status IN ('ACCEPTED', 'COMPLETED'))`);
    await db.query(`CREATE INDEX bookings_holder_idx ON bookings (holder_id, starts_at)`);
    await db.query(`CREATE INDEX bookings_enterprise_idx ON bookings (enterprise_id, starts_at)`);
    await db.query(`CREATE INDEX bookings_budget_idx ON bookings (budget_id) WHERE budget_id IS NOT NULL`);
    await db.query(
      `CREATE INDEX bookings_requested_expiry_idx ON bookings (expires_at) WHERE status = 'REQUESTED'`,
    );
    await db.query(`CREATE INDEX bookings_series_idx ON bookings (series_id) WHERE series_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE booking_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX booking_messages_booking_idx ON booking_messages (booking_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['booking_messages', 'bookings', 'booking_series']) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
