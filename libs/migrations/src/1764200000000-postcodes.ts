import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Postcode and postcode-district centroids for geocoding (PRODUCT.md §3.5), filled by
 * `npm run import:postcodes`. Keyed by the normalised code so a lookup is one index probe; a full
 * postcode that is missing falls back to its district's row.
 */
export class Postcodes1764200000000 implements MigrationInterface {
  name = 'Postcodes1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE postcode_centroids (
        postcode text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('UNIT', 'DISTRICT')),
        district text NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `COMMENT ON COLUMN postcode_centroids.postcode IS 'normalised: TA1 1AA for a unit, TA1 for a district'`,
    );
    await db.query(`CREATE INDEX postcode_centroids_district_idx ON postcode_centroids (district)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS postcode_centroids`);
  }
}
