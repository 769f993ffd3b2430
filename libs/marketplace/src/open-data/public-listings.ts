import { Injectable } from '@nestjs/common';
import { Activity, LegalStructure } from '@small-places/compliance';
import { Database } from '@small-places/platform';
import { ListingRepository, SlotValues } from '../listings/listing.repository';
import { ListingCapacity } from '../listings/listing-vocabulary';
import { boxLiteral, chordOf, cubeLiteral, earthPoint } from '../search/earth-geometry';
import { METRES_PER_MILE, tsQuery } from '../search/listing-search-sql';

/** What the open-data feed asks for. Absent parts do not filter. */
export interface PublicListingFilter {
  /** Words in title or description (English stemming), as search takes them. */
  text?: string | null;
  /** Only these categories; an empty list matches nothing. */
  categories?: readonly Activity[] | null;
  /**
   * Changed on or after this instant. Then listings that have left the feed (hidden, or no longer verified)
   * since are returned too, with `in_feed` false, so harvesters see them go (docs/openreferral.md).
   */
  modifiedAfter?: Date | null;
  /** Based within `metres` of a point, nearest first. */
  near?: { latitude: number; longitude: number; metres: number } | null;
  /** Only listings of this enterprise. */
  enterpriseId?: string | null;
  /** Only these capacities. */
  capacities?: readonly ListingCapacity[] | null;
}

/** A listing as open data may show it: no full postcode, no exact point, no person. */
export interface PublicListingRow {
  id: string;
  enterprise_id: string;
  enterprise_name: string;
  legal_structure: LegalStructure;
  enterprise_district: string;
  activities: Activity[];
  title: string;
  description: string;
  category: Activity;
  price_pence: number;
  price_unit: string;
  capacity: string;
  verified: boolean;
  district: string;
  /** The postcode district's centroid; null when only unit postcodes are loaded for it. */
  district_latitude: number | null;
  district_longitude: number | null;
  travel_miles: number;
  last_modified: Date;
  /** Published and verified now; false only for a listing that left the feed (modified_after). */
  in_feed: boolean;
}

const COLUMNS = `l.id, l.enterprise_id, e.name AS enterprise_name, e.legal_structure,
       e.district AS enterprise_district, e.activities, l.title, l.description, l.category, l.price_pence,
       l.price_unit, l.capacity, l.verified, l.district, d.latitude AS district_latitude,
       d.longitude AS district_longitude, l.travel_miles,
       GREATEST(l.updated_at, e.updated_at) AS last_modified, (l.status = 'PUBLISHED' AND l.verified) AS in_feed`;

/** What a feed row shows of the listing's enterprise and of its district. */
const ENTERPRISE_AND_DISTRICT = `JOIN crm_enterprise_directory e ON e.id = l.enterprise_id
  LEFT JOIN postcode_centroids d ON d.postcode = l.district`;

/**
 * The marketplace's public, read-only view of listings for open data (the Open Referral UK feed) and the
 * public enterprise page. Like search, it joins the CRM's published read `crm_enterprise_directory`: one
 * statement per page keeps the feed fast (docs/openreferral.md).
 */
@Injectable()
export class PublicListings {
  constructor(
    private readonly db: Database,
    private readonly listings: ListingRepository,
  ) {}

  /** One page, in id order (nearest first for `near`). One statement. */
  page(filter: PublicListingFilter, page: { offset: number; limit: number }): Promise<PublicListingRow[]> {
    const { text, values } = publicListingPageSql(filter, page);
    return this.db.manager.query(text, values);
  }

  async count(filter: PublicListingFilter): Promise<number> {
    const { text, values } = publicListingCountSql(filter);
    const [row] = (await this.db.manager.query(text, values)) as { count: number }[];
    return row.count;
  }

  /** One listing that is in the feed now; null for any other (draft, hidden, unverified, unknown). */
  async one(id: string): Promise<PublicListingRow | null> {
    const [row] = (await this.db.manager.query(
      `SELECT ${COLUMNS} FROM listings l ${ENTERPRISE_AND_DISTRICT} WHERE l.id = $1 AND l.status = 'PUBLISHED' AND l.verified`,
      [id],
    )) as PublicListingRow[];
    return row ?? null;
  }

  /** Weekly slots of many listings, one statement. */
  availabilityOf(ids: readonly string[]): Promise<Map<string, SlotValues[]>> {
    return this.listings.availabilityOf(ids);
  }

  /**
   * An enterprise's public face, or null while no listing of it is in the feed: an enterprise that has only
   * enquired is nobody's business yet. `unlisted` skips that test, for a preview its own people may see.
   */
  async enterprise(id: string, options: { unlisted?: boolean } = {}): Promise<PublicEnterpriseRow | null> {
    const [row] = (await this.db.manager.query(
      `SELECT e.id, e.name, e.legal_structure, e.district, e.activities,
              d.latitude AS district_latitude, d.longitude AS district_longitude
         FROM crm_enterprise_directory e
         LEFT JOIN postcode_centroids d ON d.postcode = e.district
        WHERE e.id = $1
          AND ($2 OR EXISTS (SELECT 1 FROM listings l WHERE l.enterprise_id = e.id AND l.status = 'PUBLISHED' AND l.verified))`,
      [id, options.unlisted === true],
    )) as PublicEnterpriseRow[];
    return row ?? null;
  }

  /** The centroids of some postcode districts (for map markers), one statement. */
  async districtCentres(districts: readonly string[]): Promise<DistrictCentre[]> {
    if (districts.length === 0) return [];
    return this.db.manager.query(
      `SELECT postcode AS district, latitude, longitude FROM postcode_centroids
        WHERE kind = 'DISTRICT' AND postcode = ANY($1::text[]) ORDER BY postcode`,
      [[...new Set(districts)]],
    );
  }
}

export interface PublicEnterpriseRow {
  id: string;
  name: string;
  legal_structure: LegalStructure;
  district: string;
  activities: Activity[];
  district_latitude: number | null;
  district_longitude: number | null;
}

export interface DistrictCentre {
  district: string;
  latitude: number;
  longitude: number;
}

/**
 * One page of the feed, as the service and the benchmark's raw-SQL side both run it. The page's listings are
 * chosen first, from the listings alone, and only those are joined to their enterprise and district: joined
 * before the cut, a page near a city centre read every one of its ~19,000 matches' enterprises (docs/openreferral.md).
 */
export function publicListingPageSql(
  filter: PublicListingFilter,
  page: { offset: number; limit: number },
): { text: string; values: unknown[] } {
  const { where, values, orderKeys } = conditionsOf(filter);
  if (!Number.isSafeInteger(page.limit) || page.limit < 1) throw new Error(`Not a page size: ${page.limit}`);
  values.push(page.offset);
  // The page size is written into the statement, not passed as a value: the API's plans are generic, and for a
  // LIMIT it cannot see the planner assumes a tenth of the table and joins all of it (220 ms, not 2.5).
  return {
    text: `SELECT ${COLUMNS}
  FROM (SELECT l.id, ${orderKeys.map((key, index) => `${key} AS key${index}`).join(', ')}
          FROM ${listingsFrom(filter)}
         WHERE ${where}
         ORDER BY ${orderKeys.join(', ')}
         LIMIT ${page.limit} OFFSET $${values.length}) page
  JOIN listings l ON l.id = page.id
  ${ENTERPRISE_AND_DISTRICT}
 ORDER BY ${orderKeys.map((_, index) => `page.key${index}`).join(', ')}`,
    values,
  };
}

export function publicListingCountSql(filter: PublicListingFilter): { text: string; values: unknown[] } {
  const { where, values } = conditionsOf(filter);
  return { text: `SELECT count(*)::int AS count FROM ${listingsFrom(filter)} WHERE ${where}`, values };
}

/**
 * What a page or count reads to choose listings. Only modified_after looks at the enterprise; otherwise every
 * listing has one (a foreign key), so the listings alone give the same rows without the join.
 */
function listingsFrom(filter: PublicListingFilter): string {
  return filter.modifiedAfter
    ? 'listings l JOIN crm_enterprise_directory e ON e.id = l.enterprise_id'
    : 'listings l';
}

/** The WHERE clause, its values and the order's keys; `l.status = 'PUBLISHED'` stays a literal for the partial indexes. */
function conditionsOf(filter: PublicListingFilter): {
  where: string;
  values: unknown[];
  orderKeys: string[];
} {
  const values: unknown[] = [];
  const add = (value: unknown, cast: string) => {
    values.push(value);
    return `$${values.length}::${cast}`;
  };
  const where: string[] = [];
  if (filter.modifiedAfter) {
    const after = add(filter.modifiedAfter, 'timestamptz');
    where.push('l.published_at IS NOT NULL', `(l.updated_at >= ${after} OR e.updated_at >= ${after})`);
  } else {
    where.push(`l.status = 'PUBLISHED'`, 'l.verified');
  }
  if (filter.enterpriseId) where.push(`l.enterprise_id = ${add(filter.enterpriseId, 'uuid')}`);
  if (filter.text) where.push(`l.search @@ ${tsQuery(add(filter.text, 'text'))}`);
  if (filter.categories) where.push(`l.category = ANY(${add(filter.categories, 'text[]')})`);
  if (filter.capacities) where.push(`l.capacity = ANY(${add(filter.capacities, 'text[]')})`);
  let orderKeys = ['l.id'];
  if (filter.near) {
    // The origin, radius and box worked out here, as search does: earthdistance's SQL functions on parameters
    // would run for every row of a cached plan.
    const point = earthPoint(filter.near.latitude, filter.near.longitude);
    const chord = chordOf(filter.near.metres);
    const origin = add(cubeLiteral(point), 'cube');
    where.push(
      `${add(boxLiteral(point, chord), 'cube')} @> l.place`,
      `l.place <-> ${origin} <= ${add(chord, 'float8')}`,
    );
    orderKeys = [`l.place <-> ${origin}`, 'l.id'];
  }
  return { where: where.join(' AND '), values, orderKeys };
}

/** Miles a listing travels, in metres (the service area's radius). */
export function travelMetres(miles: number): number {
  return Math.round(miles * METRES_PER_MILE);
}
