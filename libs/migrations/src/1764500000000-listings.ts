import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marketplace listings and their weekly availability (PRODUCT.md §3.5). Search is served by partial indexes
 * over published listings only (docs/marketplace.md): a GiST index on the listing's place on the earth
 * (a stored earthdistance point, for nearest-first), a GiST index on place + words + title trigrams (text
 * near a place), and GIN indexes on the English full-text vector and on title trigrams (typos in names).
 */
export class Listings1764500000000 implements MigrationInterface {
  name = 'Listings1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE listings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id uuid NOT NULL REFERENCES enterprises (id) ON DELETE CASCADE,
        area_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
        category text NOT NULL CHECK (category IN ('PERSONAL_CARE', 'HOME_HELP', 'COMPANIONSHIP',
          'DAY_ACTIVITIES', 'MEALS', 'TRANSPORT', 'SHARED_LIVES', 'OTHER')),
        price_pence integer NOT NULL CHECK (price_pence > 0),
        price_unit text NOT NULL CHECK (price_unit IN ('HOUR', 'SESSION', 'DAY')),
        postcode text NOT NULL,
        district text NOT NULL,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        travel_miles double precision NOT NULL CHECK (travel_miles >= 0 AND travel_miles <= 100),
        available_days smallint NOT NULL DEFAULT 0 CHECK (available_days BETWEEN 0 AND 127),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'HIDDEN')),
        hidden_reason text,
        verified boolean NOT NULL DEFAULT false,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        place earth GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', description), 'B')
        ) STORED,
        CHECK (status <> 'HIDDEN' OR hidden_reason IS NOT NULL)
      )`);
    await db.query(
      `COMMENT ON COLUMN listings.postcode IS 'normalised; never shown publicly (district only)'`,
    );
    await db.query(
      `COMMENT ON COLUMN listings.available_days IS 'bit per day with availability, MONDAY = 1 … SUNDAY = 64; kept with listing_availability'`,
    );
    await db.query(`CREATE INDEX listings_enterprise_idx ON listings (enterprise_id, status)`);
    await db.query(`CREATE INDEX listings_area_idx ON listings (area_id, status)`);
    // Nearest-first: `place <-> centre` walks this index in distance order (KNN); `earth_box @>` searches it.
    // A stored column rather than an index on ll_to_earth(): distances are then computed in C per row, not
    // through the SQL functions of earthdistance 1.1 (PostgreSQL 15), which cost ~15 µs a call.
    await db.query(
      `CREATE INDEX listings_place_gist ON listings USING gist (place) WHERE status = 'PUBLISHED'`,
    );
    // Text near a place: one GiST index answers "in the box AND these words" (or "AND a title like this
    // name") inside the index, so a common word in a busy city does not fetch every listing in the box.
    await db.query(
      `CREATE INDEX listings_text_gist ON listings USING gist (place, search, title gist_trgm_ops)
         WHERE status = 'PUBLISHED'`,
    );
    // Text anywhere (and the planner's statistics on words and trigrams).
    await db.query(
      `CREATE INDEX listings_search_gin ON listings USING gin (search) WHERE status = 'PUBLISHED'`,
    );
    await db.query(
      `CREATE INDEX listings_title_trgm ON listings USING gin (title gin_trgm_ops) WHERE status = 'PUBLISHED'`,
    );

    await db.query(`
      CREATE TABLE listing_availability (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        listing_id uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
        day_of_week text NOT NULL CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY',
          'FRIDAY', 'SATURDAY', 'SUNDAY')),
        start_time time NOT NULL,
        end_time time NOT NULL,
        CHECK (start_time < end_time)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX listing_availability_key ON listing_availability (listing_id, day_of_week, start_time)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS listing_availability`);
    await db.query(`DROP TABLE IF EXISTS listings`);
  }
}
