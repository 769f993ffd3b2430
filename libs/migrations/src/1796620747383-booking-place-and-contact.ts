import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a booking happens and how to reach the person booking (docs/bookings.md, "Where and who"). All optional:
 * bookings made before, and requests through the contract's operations that leave them out, have none.
 */
export class BookingPlaceAndContact1796620747383 implements MigrationInterface {
  name = 'BookingPlaceAndContact1796620747383';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE bookings
        ADD COLUMN place_kind text CHECK (place_kind IN ('HOLDER_HOME', 'ELSEWHERE')),
        ADD COLUMN place_address text CHECK (char_length(place_address) <= 500),
        ADD COLUMN contact_phone text CHECK (char_length(contact_phone) <= 40),
        ADD COLUMN contact_email text CHECK (char_length(contact_email) <= 320)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE bookings
        DROP COLUMN place_kind, DROP COLUMN place_address, DROP COLUMN contact_phone, DROP COLUMN contact_email`);
  }
}
