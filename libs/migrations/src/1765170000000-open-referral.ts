import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Capacity on listings, free and "pay what you can" prices, and the indexes the Open Referral UK feed pages
 * by (docs/openreferral.md).
 */
export class OpenReferral1765170000000 implements MigrationInterface {
  name = 'OpenReferral1765170000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE listings
        ADD COLUMN capacity text NOT NULL DEFAULT 'TAKING_NEW_PEOPLE'
          CHECK (capacity IN ('TAKING_NEW_PEOPLE', 'WAITING_LIST', 'FULL'))`);
    // Free (0 pence for an hour, session or day) and "pay what you can" (always 0 pence) are allowed now.
    await db.query(`ALTER TABLE listings DROP CONSTRAINT listings_price_pence_check`);
    await db.query(`ALTER TABLE listings DROP CONSTRAINT listings_price_unit_check`);
    await db.query(`
      ALTER TABLE listings
        ADD CONSTRAINT listings_price_pence_check CHECK (price_pence >= 0),
        ADD CONSTRAINT listings_price_unit_check
          CHECK (price_unit IN ('HOUR', 'SESSION', 'DAY', 'PAY_WHAT_YOU_CAN')),
        ADD CONSTRAINT listings_pay_what_you_can_check CHECK (price_unit <> 'PAY_WHAT_YOU_CAN' OR price_pence = 0)`);
    // The feed's pages, in id order, over exactly the listings it shows.
    await db.query(`CREATE INDEX listings_feed_idx ON listings (id) WHERE status = 'PUBLISHED' AND verified`);
    // modified_after: every listing that was ever published, by when it last changed (left the feed too).
    await db.query(
      `CREATE INDEX listings_changed_idx ON listings (updated_at) WHERE published_at IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX listings_changed_idx`);
    await db.query(`DROP INDEX listings_feed_idx`);
    await db.query(`ALTER TABLE listings DROP CONSTRAINT listings_pay_what_you_can_check`);
    await db.query(`ALTER TABLE listings DROP CONSTRAINT listings_price_unit_check`);
    await db.query(`ALTER TABLE listings DROP CONSTRAINT listings_price_pence_check`);
    await db.query(`
      ALTER TABLE listings
        ADD CONSTRAINT listings_price_pence_check CHECK (price_pence > 0),
        ADD CONSTRAINT listings_price_unit_check CHECK (price_unit IN ('HOUR', 'SESSION', 'DAY'))`);
    await db.query(`ALTER TABLE listings DROP COLUMN capacity`);
  }
}
